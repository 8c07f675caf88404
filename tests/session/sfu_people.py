"""People in a media-server room, for end-to-end tests and the bench: real consultations (the app's
own session code, synthetic media kept small: 240×180 at 5 fps, a tone of each person's own) in one
process, signed in to a real service that has a real Janus (``tests/support/janus.py``).

``meeting(service, room_type, people)`` signs in a host and ``people - 1`` patients, lets everyone in
and waits until each one's call is up; ``tone_level(samples, hz)`` says how loud a tone is in what a
person heard (the room's one mixed voice).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from app.core.call_state import CallState
from app.core.room_types import RoomType
from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.sfu_call import ROOM_VOICE, SfuCallSession
from tests.support.recorder import EventRecorder

SIZE, FPS = (240, 180), 5.0
RATE = 48_000
WAIT_S = 60.0


def small_sources(hz: float) -> Callable[[FrameSlot], MediaSources]:
    return lambda preview: MediaSources.synthetic(size=SIZE, fps=FPS, tone_hz=hz, preview=preview)


@dataclass
class Person:
    name: str
    hz: float
    consultation: ClinicianConsultation | PatientConsultation
    events: EventRecorder = field(default_factory=EventRecorder)

    @property
    def call(self) -> SfuCallSession:
        call = self.consultation.call
        assert isinstance(call, SfuCallSession), f"{self.name} has no media-server call"
        return call

    @property
    def pid(self) -> str:
        assert self.consultation.participant_id is not None
        return self.consultation.participant_id

    def heard(self) -> npt.NDArray[np.float32]:
        """The last second of the room's mix as this person received it."""
        drain = self.call.drain(ROOM_VOICE, "audio")
        return drain.recent_audio() if drain is not None else np.zeros(0, dtype=np.float32)

    def pictures(self) -> dict[str, int]:
        """Frames received so far from each picture this person receives."""
        return {pid: slot.count for pid, slot in self.call.remote_slots.items()}


def tone_level(samples: npt.NDArray[np.float32], hz: float) -> float:
    """The amplitude of the ``hz`` component (0 for silence, about 0.1 for the synthetic tone)."""
    if samples.size < RATE // 4:
        return 0.0
    window = np.hanning(samples.size)
    probe = np.exp(-2j * np.pi * hz * np.arange(samples.size) / RATE)
    return float(2 * abs(np.sum(samples * window * probe)) / np.sum(window))


async def until(
    condition: Callable[[], bool],
    what: str,
    timeout: float = WAIT_S,
    detail: Callable[[], object] = lambda: "",
    poll: float = 0.1,
) -> float:
    """Wait until ``condition()``; seconds it took. Fails saying ``what`` (and ``detail()``)."""
    started = time.monotonic()
    try:
        async with asyncio.timeout(timeout):
            while not condition():
                await asyncio.sleep(poll)
    except TimeoutError:
        raise AssertionError(f"not within {timeout:.0f} s: {what} {detail()}") from None
    return time.monotonic() - started


def person(service_url: str, name: str, hz: float, *, host: bool = False) -> Person:
    events = EventRecorder()
    config = SessionConfig(service_url, loopback_only=True, video_size=SIZE)
    kind = ClinicianConsultation if host else PatientConsultation
    consultation = kind(config, events, sources_factory=small_sources(hz))
    return Person(name, hz, consultation, events)


async def meeting(
    service_url: str, room_type: RoomType, people: int, *, shown: int = 4, hz: Callable[[int], float]
) -> list[Person]:
    """A host and ``people - 1`` patients in one call of a new room of ``room_type``."""
    host = person(service_url, "Host", hz(0), host=True)
    guests = [person(service_url, f"Guest {i}", hz(i)) for i in range(1, people)]
    everyone = [host, *guests]
    for each in everyone:
        each.consultation.set_view(shown)
    await asyncio.gather(*(p.consultation.login_test(p.name) for p in everyone))
    assert isinstance(host.consultation, ClinicianConsultation)
    room = await host.consultation.create_room("Meeting", room_type)
    for guest in guests:
        assert isinstance(guest.consultation, PatientConsultation)
        await guest.consultation.open_room(room.code)
        await guest.consultation.knock()
    await host.consultation.admit_all()
    await until(
        lambda: all(p.consultation.state is CallState.IN_CALL for p in everyone), "everyone in the call"
    )
    return everyone


async def leave_all(people: list[Person]) -> None:
    await asyncio.gather(*(p.consultation.close() for p in people), return_exceptions=True)

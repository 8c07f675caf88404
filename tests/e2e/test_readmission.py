"""End to end with the real service: coming back to a room always goes through the lobby.

A patient admitted earlier in the day who reopens the link while the therapist is with the next
patient waits in the lobby and learns nothing of that call; a patient whose app died mid-call and
who opens it again lands in the lobby too, and the therapist sees the old participant leave and the
patient waiting (then admits them, and the call works again).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import pytest

from app.core.call_state import CallState
from app.core.protocol import Admitted, LeftReason, ParticipantJoined, ServerMessage, SignalFrom
from app.core.protocol.moderation import RoomState
from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.events import CallEnded, EndReason, ParticipantGone, QueueChanged
from tests.support.recorder import EventRecorder, eventually
from tests.support.service import ServiceProcess

pytestmark = pytest.mark.e2e


def _sources(preview: FrameSlot) -> MediaSources:
    return MediaSources.synthetic(size=(320, 240), fps=15, preview=preview)


def tap(consultation: PatientConsultation | ClinicianConsultation) -> list[ServerMessage]:
    """Every protocol message the service sends ``consultation`` from now on, kept in the list returned
    (its service link hands each message on before the consultation routes it)."""
    heard: list[ServerMessage] = []
    route = consultation._link._on_message

    def keep(message: ServerMessage) -> None:
        heard.append(message)
        route(message)

    consultation._link._on_message = keep
    return heard


class TappedPatient(PatientConsultation):
    """A patient session that also keeps every protocol message the service sent it."""

    def __init__(self, service: ServiceProcess, events: EventRecorder) -> None:
        super().__init__(SessionConfig(service.url, loopback_only=True), events, sources_factory=_sources)
        self.heard: list[ServerMessage] = tap(self)

    async def die(self) -> None:
        """The process is gone: its WebSocket and peer connections drop, no ``leave`` is sent."""
        signaling, self._link.client = self._link.client, None
        assert signaling is not None
        await signaling.close()
        call, self._calls.current = self._calls.current, None
        if call is not None:
            await call.close()


class TappedClinician(ClinicianConsultation):
    def __init__(self, service: ServiceProcess, events: EventRecorder) -> None:
        super().__init__(SessionConfig(service.url, loopback_only=True), events, sources_factory=_sources)
        self.heard: list[ServerMessage] = tap(self)


@pytest.fixture(scope="module")
def service() -> Iterator[ServiceProcess]:
    with ServiceProcess() as svc:  # the default 20 s reconnect grace: the return below is within it
        yield svc


@pytest.fixture
async def closing() -> AsyncIterator[list[PatientConsultation | ClinicianConsultation]]:
    sessions: list[PatientConsultation | ClinicianConsultation] = []
    yield sessions
    for session in reversed(sessions):
        await session.close()


def _joined_names(heard: list[ServerMessage]) -> list[str]:
    return [m.participant.name for m in heard if isinstance(m, ParticipantJoined)]


def _call_messages(heard: list[ServerMessage]) -> list[ServerMessage]:
    return [m for m in heard if isinstance(m, Admitted | SignalFrom | RoomState | ParticipantJoined)]


async def _admit_next(clinician: TappedClinician, events: EventRecorder, name: str) -> None:
    await events.wait_for(QueueChanged, lambda e: [x.name for x in e.entries] == [name])
    latest = events.of(QueueChanged)[-1]  # the queue as it is now, not an earlier wait of theirs
    await clinician.admit(latest.entries[0].participant_id)


async def _room_settles(clinician: TappedClinician, room_id: str, lobby: int, call: int) -> None:
    for _ in range(100):
        state = await clinician.api.get_json(f"/dev/rooms/{room_id}/state")
        if (state["lobby"], state["call"]) == (lobby, call):
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"room state stayed {state}")


async def test_a_patient_admitted_earlier_knocks_into_the_lobby_never_into_the_next_call(
    service: ServiceProcess, closing: list[PatientConsultation | ClinicianConsultation]
) -> None:
    c_events, a_events, b_events, a2_events = (EventRecorder() for _ in range(4))
    clinician = TappedClinician(service, c_events)
    anna, bo, anna_again = (TappedPatient(service, e) for e in (a_events, b_events, a2_events))
    closing += [clinician, anna, bo, anna_again]
    await clinician.login_test("Dr. Dahl")
    room = await clinician.create_room("Standing clinic")

    await anna.login_test("Anna Aas")
    await anna.open_room(room.code)
    await anna.knock()
    await _admit_next(clinician, c_events, "Anna Aas")
    await eventually(lambda: anna.state is CallState.IN_CALL, what="Anna in the call")
    await anna.hang_up()
    await c_events.wait_for(CallEnded)

    await bo.login_test("Bo Berg")
    await bo.open_room(room.code)
    await bo.knock()
    await _admit_next(clinician, c_events, "Bo Berg")
    await eventually(lambda: bo.state is CallState.IN_CALL, what="Bo in the call")
    await eventually(lambda: clinician.state is CallState.IN_CALL, what="the clinician with Bo")
    clinician_before, bo_before = len(clinician.heard), len(bo.heard)

    await anna_again.login_test("Anna Aas")  # the same person opens the link again
    await anna_again.open_room(room.code)
    await anna_again.knock()

    waiting = await c_events.wait_for(QueueChanged, lambda e: [x.name for x in e.entries] == ["Anna Aas"])
    assert anna_again.state is CallState.WAITING
    await asyncio.sleep(0.5)  # anything wrongly sent after the knock has arrived by now
    assert _call_messages(anna_again.heard) == []
    assert anna_again.participants == [] and anna_again.call is None
    assert "Anna Aas" not in _joined_names(clinician.heard[clinician_before:])
    assert "Anna Aas" not in _joined_names(bo.heard[bo_before:])
    assert [p.name for p in clinician.participants] == ["Bo Berg"]
    assert [p.name for p in bo.participants] == ["Dr. Dahl"]
    assert waiting.entries[0].participant_id not in [p.participant_id for p in clinician.participants]
    state = await clinician.api.get_json(f"/dev/rooms/{room.room_id}/state")
    assert (state["lobby"], state["call"]) == (1, 2)


async def test_a_patient_whose_app_died_mid_call_returns_to_the_lobby_and_the_therapist_sees_it(
    service: ServiceProcess, closing: list[PatientConsultation | ClinicianConsultation]
) -> None:
    c_events, k_events, k2_events = EventRecorder(), EventRecorder(), EventRecorder()
    clinician = TappedClinician(service, c_events)
    kari, kari_again = TappedPatient(service, k_events), TappedPatient(service, k2_events)
    closing += [clinician, kari, kari_again]
    await clinician.login_test("Dr. Holm")
    room = await clinician.create_room("Tuesday")
    await kari.login_test("Kari Nordmann")
    await kari.open_room(room.code)
    await kari.knock()
    await _admit_next(clinician, c_events, "Kari Nordmann")
    await eventually(lambda: kari.state is CallState.IN_CALL, what="Kari in the call")
    await eventually(lambda: clinician.state is CallState.IN_CALL, what="the clinician in the call")

    await kari.die()  # closed by accident: no leave
    await kari_again.login_test("Kari Nordmann")  # opened again, well within the grace time
    await kari_again.open_room(room.code)
    await kari_again.knock()

    gone = await c_events.wait_for(ParticipantGone, timeout=5)
    assert (gone.participant.name, gone.reason) == ("Kari Nordmann", LeftReason.LEFT)
    ended = await c_events.wait_for(CallEnded, timeout=5)
    assert ended.reason is EndReason.REMOTE_LEFT
    await c_events.wait_for(QueueChanged, lambda e: [x.name for x in e.entries] == ["Kari Nordmann"])
    assert kari_again.state is CallState.WAITING
    assert _call_messages(kari_again.heard) == []

    # Admitted again, the fresh session's call really works: video arrives on both sides (once the
    # clinician's own leave of the ended call has reached the service).
    await _room_settles(clinician, room.room_id, lobby=1, call=0)
    await _admit_next(clinician, c_events, "Kari Nordmann")
    await eventually(lambda: kari_again.state is CallState.IN_CALL, what="Kari back in the call")
    await eventually(
        lambda: kari_again.remote_video.count > 5 and clinician.remote_video.count > 5,
        what="video both ways after the return",
    )

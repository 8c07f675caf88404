"""End to end with the real service: a clinician's rooms outlive the clinician's app.

The therapist opens their standing personal room at the address they chose; a patient knocks by
that address; the therapist's app restarts, lists the rooms from the service (the patient is still
waiting), reopens the room and admits the patient. Closing another room tells the patient waiting
in it that it was closed, and they cannot knock into it again.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator

import pytest

from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.errors import SessionError
from app.session.events import CallEnded, EndReason, QueueChanged, RoomWasClosed
from tests.support.recorder import EventRecorder, eventually
from tests.support.service import ServiceProcess

pytestmark = pytest.mark.e2e


def _sources(preview: FrameSlot) -> MediaSources:
    return MediaSources.synthetic(size=(320, 240), fps=15, preview=preview)


@pytest.fixture(scope="module")
def service() -> Iterator[ServiceProcess]:
    with ServiceProcess() as svc:
        yield svc


class Sessions:
    def __init__(self, service: ServiceProcess) -> None:
        self._config = SessionConfig(service.url, loopback_only=True)
        self.open: list[PatientConsultation | ClinicianConsultation] = []

    def clinician(self, events: EventRecorder) -> ClinicianConsultation:
        session = ClinicianConsultation(self._config, events, sources_factory=_sources)
        self.open.append(session)
        return session

    def patient(self, events: EventRecorder) -> PatientConsultation:
        session = PatientConsultation(self._config, events, sources_factory=_sources)
        self.open.append(session)
        return session


@pytest.fixture
async def sessions(service: ServiceProcess) -> AsyncIterator[Sessions]:
    made = Sessions(service)
    yield made
    for session in reversed(made.open):
        await session.close()


async def test_the_standing_room_survives_the_app_and_the_patient_still_waiting_is_admitted(
    sessions: Sessions,
) -> None:
    address = "dr-" + uuid.uuid4().hex[:8]
    first_events = EventRecorder()
    first = sessions.clinician(first_events)
    await first.login_test("Dr. Standing")
    room = await first.keep_standing_room(address, "Dr Standing's room")
    assert room.address == address.replace("-", "") and room.link.endswith(room.address)

    p_events = EventRecorder()
    patient = sessions.patient(p_events)
    await patient.login_test("Per Venter")
    opened = await patient.open_room(address.upper())  # typed as people type it
    assert opened.room_id == room.room_id
    await patient.knock()
    await first_events.wait_for(QueueChanged, lambda e: len(e.entries) == 1)
    await first.close()  # the clinician's app is closed (or crashes)

    again_events = EventRecorder()
    again = sessions.clinician(again_events)
    await again.login_test("Dr. Standing")
    rooms = await again.rooms()
    assert [(r.room.room_id, r.standing, r.waiting) for r in rooms][:1] == [(room.room_id, True, 1)]
    await again.reopen_room(rooms[0].room)
    queued = await again_events.wait_for(
        QueueChanged, lambda e: [x.name for x in e.entries] == ["Per Venter"]
    )
    await again.admit(queued.entries[0].participant_id)
    await eventually(lambda: patient.state is CallState.IN_CALL, what="the patient in the call")
    await eventually(lambda: again.state is CallState.IN_CALL, what="the clinician in the call")


async def test_closing_a_room_tells_the_waiting_patient_and_shuts_it(sessions: Sessions) -> None:
    c_events, p_events = EventRecorder(), EventRecorder()
    clinician, patient = sessions.clinician(c_events), sessions.patient(p_events)
    await clinician.login_test("Dr. Closer")
    room = await clinician.create_room("Friday")
    await patient.login_test("Pia Venter")
    await patient.open_room(room.code)
    await patient.knock()
    await c_events.wait_for(QueueChanged, lambda e: len(e.entries) == 1)

    await clinician.close_room(room.room_id)

    ended = await p_events.wait_for(CallEnded)
    assert ended.reason is EndReason.ROOM_CLOSED
    assert p_events.of(RoomWasClosed) == [RoomWasClosed(room.room_id)]
    assert patient.state is CallState.ENDED
    with pytest.raises(SessionError) as knock:
        await patient.knock()
    assert knock.value.code is ErrorCode.ROOM_CLOSED
    with pytest.raises(SessionError) as reopen:
        await patient.open_room(room.code)
    assert reopen.value.code is ErrorCode.ROOM_CLOSED
    assert room.room_id not in [r.room.room_id for r in await clinician.rooms()]
    assert clinician.room_id is None and clinician.state is CallState.IDLE


async def test_after_switching_rooms_only_the_open_rooms_news_reaches_the_clinician(
    sessions: Sessions,
) -> None:
    c_events, p_events = EventRecorder(), EventRecorder()
    clinician, patient = sessions.clinician(c_events), sessions.patient(p_events)
    await clinician.login_test("Dr. Switcher")
    first = await clinician.create_room("Morning")
    second = await clinician.create_room("Afternoon")  # the first stays open (and watched) at the service
    assert clinician.room_id == second.room_id
    await patient.login_test("Siv Venter")
    await patient.open_room(first.code)
    await patient.knock()
    rooms = {r.room.room_id: r for r in await clinician.rooms()}
    assert rooms[first.room_id].waiting == 1
    await clinician.close_room(first.room_id)  # closing the other room does not end this one
    await p_events.wait_for(CallEnded)
    assert all(not e.entries for e in c_events.of(QueueChanged))  # Siv waited in the other room
    assert c_events.of(RoomWasClosed) == [] and clinician.room_id == second.room_id
    assert clinician.moderation.participants == {}

"""A clinician who switched rooms still watches the earlier one at the service: its news (queue, room
state, nearby patients, a close) must not reach the open room's session."""

from __future__ import annotations

from app.core.protocol import PrecallSummary, QueueEntry, QueueUpdate, Role, Verification
from app.core.protocol.moderation import (
    NearbyPatient,
    NearbyPatients,
    ParticipantState,
    RoomClosed,
    RoomState,
)
from app.core.room_types import RoomType
from app.media.sources import synthetic_factory
from app.session.consultation import ClinicianConsultation, SessionConfig
from app.session.events import QueueChanged, RoomWasClosed
from tests.support.recorder import EventRecorder

DOC = ParticipantState("p_1", "Dr Other", Role.CLINICIAN, True, True, True)
WAITING = QueueEntry("p_2", "Siv", Verification.TEST, 1.0, PrecallSummary())


async def test_messages_about_another_room_are_ignored() -> None:
    events = EventRecorder()
    clinician = ClinicianConsultation(
        SessionConfig("http://127.0.0.1:9"), events, sources_factory=synthetic_factory()
    )
    clinician.room_id = "r_open"
    try:
        for message in (
            RoomState("r_before", RoomType.SENSITIVE, True, [DOC]),
            QueueUpdate("r_before", [WAITING]),
            NearbyPatients("r_before", [NearbyPatient("u_2", "Siv")]),
            RoomClosed("r_before"),
        ):
            clinician._handle(message)
        assert clinician.moderation.participants == {} and not clinician.moderation.locked
        assert clinician.moderation.nearby == []
        assert events.of(QueueChanged) == [] and events.of(RoomWasClosed) == []
        assert clinician.room_id == "r_open"
        clinician._handle(RoomState("r_open", RoomType.SENSITIVE, True, [DOC]))
        clinician._handle(QueueUpdate("r_open", [WAITING]))
        assert clinician.moderation.locked and list(clinician.moderation.participants) == ["p_1"]
        assert events.of(QueueChanged) == [QueueChanged([WAITING])]
    finally:
        await clinician.close()

"""CallMembers: the lobby, admission, joins and leaves as the service tells them, and the last leave."""

from __future__ import annotations

from typing import Any

from app.core.call_state import CallEvent, CallState
from app.core.protocol import (
    Admitted,
    LeftReason,
    LobbyUpdate,
    Participant,
    ParticipantJoined,
    ParticipantLeft,
    PrecallSummary,
    QueueEntry,
    QueueUpdate,
    Role,
    Verification,
)
from app.core.protocol.moderation import ParticipantState, RoomState
from app.core.room_types import RoomType
from app.session.call_keeper import CallKeeper
from app.session.call_lifecycle import CallLifecycle
from app.session.call_members import CallMembers
from app.session.events import (
    CallStateChanged,
    EndReason,
    LobbyPositionChanged,
    ParticipantGone,
    ParticipantsChanged,
    QueueChanged,
)
from app.session.moderation import RoomModeration
from app.session.moderation_events import RoomStateChanged
from app.session.tasks import TaskOwner
from tests.session.fake_call import FakeCalls
from tests.session.fake_service import FakeSignaling
from tests.support.recorder import EventRecorder

ROOM, ME = "room-1", "p-1"
DOC = Participant("c-1", "Dr. Berg", Role.CLINICIAN)
NURSE = Participant("c-2", "Nurse Lund", Role.CLINICIAN)


class Rig:
    def __init__(self) -> None:
        self.events = EventRecorder()
        self.tasks = TaskOwner("test")
        self.lifecycle = CallLifecycle(self.events)
        self.calls = FakeCalls()
        self.keeper = CallKeeper(self.calls, self.tasks, self.lifecycle.link_changed)
        self.moderation = RoomModeration(
            FakeSignaling().request,
            self.events,
            lambda a, v: None,
            lambda: ROOM,
            lambda: self.members.participant_id,
        )
        self.ended: list[EndReason] = []
        self.media_told = 0
        self.members = CallMembers(
            self.lifecycle,
            self.keeper,
            self.moderation,
            self.events,
            end=self.ended.append,
            admitted_media=self.told,
        )

    def told(self) -> None:
        self.media_told += 1

    def feed(self, *messages: Any) -> None:
        routes = self.members.routes()
        for message in messages:
            routes[type(message)](message)

    async def close(self) -> None:
        await self.tasks.close()


async def test_a_patient_waits_is_admitted_and_sees_who_comes_and_goes() -> None:
    rig = Rig()
    rig.lifecycle.fire(CallEvent.KNOCK)
    rig.events.events.clear()
    rig.feed(
        LobbyUpdate(ROOM, ME, 2),
        LobbyUpdate(ROOM, ME, 1),
        Admitted(ROOM, ME, [], [DOC]),
        ParticipantJoined(ROOM, NURSE),
        ParticipantLeft(ROOM, NURSE.participant_id),
    )
    assert rig.events.events[:3] == [
        LobbyPositionChanged(2),
        LobbyPositionChanged(1),
        CallStateChanged(CallState.WAITING, CallState.CONNECTING),
    ]
    assert rig.events.of(ParticipantsChanged) == [
        ParticipantsChanged([DOC]),
        ParticipantsChanged([DOC, NURSE]),
        ParticipantsChanged([DOC]),
    ]
    assert rig.events.of(ParticipantGone) == [ParticipantGone(NURSE, LeftReason.LEFT, 1)]
    assert rig.members.participant_id == ME and rig.members.participants == [DOC]
    assert rig.calls.made[0].asked == [("admitted", ME), ("participant_left", NURSE.participant_id)]
    assert rig.media_told == 1 and rig.ended == []
    await rig.close()


async def test_the_queue_is_passed_on_whole() -> None:
    rig = Rig()
    entry = QueueEntry("p-9", "Ann", Verification.TEST, 12.0, PrecallSummary())
    rig.feed(QueueUpdate(ROOM, [entry]))
    assert rig.events.events == [QueueChanged([entry])]
    await rig.close()


async def test_an_admission_the_lifecycle_refuses_changes_nothing() -> None:
    rig = Rig()
    rig.lifecycle.fire(CallEvent.START_PREFLIGHT)  # neither waiting nor able to join
    rig.feed(Admitted(ROOM, ME, [], [DOC]))
    assert rig.members.participants == [] and rig.calls.made == [] and rig.media_told == 0
    await rig.close()


async def test_an_admission_after_an_ended_call_starts_a_new_lifecycle() -> None:
    rig = Rig()
    rig.lifecycle.fire(CallEvent.JOIN)
    rig.lifecycle.fire(CallEvent.HANG_UP)
    rig.feed(Admitted(ROOM, DOC.participant_id, [], []))
    assert rig.lifecycle.history == [
        CallState.IDLE,
        CallState.CONNECTING,
        CallState.ENDED,
        CallState.IDLE,
        CallState.CONNECTING,
    ]
    await rig.close()


async def test_the_room_state_is_told_again_when_the_own_id_becomes_known() -> None:
    rig = Rig()
    me = ParticipantState(ME, "Ann", Role.PATIENT, False, True, True)
    rig.moderation.handle(RoomState(ROOM, RoomType.PERSONAL, False, [me]))
    rig.lifecycle.fire(CallEvent.KNOCK)
    rig.feed(Admitted(ROOM, ME, [], [DOC]))
    assert [e.self_id for e in rig.events.of(RoomStateChanged)] == [None, ME]
    await rig.close()


async def test_the_last_one_to_leave_ends_the_call_saying_why() -> None:
    for reason, ending in [
        (LeftReason.LEFT, EndReason.REMOTE_LEFT),
        (LeftReason.CONNECTION_LOST, EndReason.REMOTE_LOST),
        (LeftReason.REMOVED, EndReason.REMOTE_LEFT),
    ]:
        rig = Rig()
        rig.lifecycle.fire(CallEvent.JOIN)
        rig.feed(Admitted(ROOM, DOC.participant_id, [], [Participant(ME, "Ann", Role.PATIENT)]))
        rig.feed(ParticipantLeft(ROOM, ME, reason))
        assert (rig.lifecycle.state, rig.ended) == (CallState.ENDED, [ending])
        await rig.close()


async def test_a_host_who_sent_the_last_one_away_stays_in_the_call() -> None:
    rig = Rig()
    rig.lifecycle.fire(CallEvent.JOIN)
    rig.feed(Admitted(ROOM, DOC.participant_id, [], [Participant(ME, "Ann", Role.PATIENT)]))
    rig.moderation.departing.add(ME)
    rig.feed(ParticipantLeft(ROOM, ME, LeftReason.MOVED_TO_LOBBY))
    assert rig.lifecycle.state is CallState.CONNECTING and rig.ended == []
    assert rig.moderation.departing == set()
    await rig.close()


async def test_forget_leaves_no_id_and_nobody() -> None:
    rig = Rig()
    rig.feed(LobbyUpdate(ROOM, ME, 1), ParticipantJoined(ROOM, DOC))
    rig.members.forget()
    assert (rig.members.participant_id, rig.members.participants) == (None, [])
    await rig.close()

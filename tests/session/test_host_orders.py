"""HostOrders: the host's and the service's decisions end this user's call with the right reason."""

from __future__ import annotations

from typing import Any

from app.core.call_state import CallEvent, CallState
from app.core.errors import ErrorCode
from app.core.protocol import Denied, Error, Role
from app.core.protocol.moderation import (
    CallEndedForAll,
    Kicked,
    MediaControl,
    ParticipantState,
    RoomClosed,
    RoomState,
    SentToLobby,
)
from app.core.room_types import RoomType
from app.session.call_lifecycle import CallLifecycle
from app.session.events import CallStateChanged, EndReason, RoomWasClosed, SessionFailed
from app.session.host_orders import HostOrders
from app.session.moderation import RoomModeration
from app.session.moderation_events import HostAction, HostActionApplied
from tests.session.fake_service import FakeSignaling
from tests.support.recorder import EventRecorder

ROOM, ME = "room-1", "p-1"


def person(pid: str, **changes: Any) -> ParticipantState:
    role = Role.CLINICIAN if pid.startswith("c") else Role.PATIENT
    base: dict[str, Any] = {"is_host": False, "audio_on": True, "video_on": True}
    return ParticipantState(pid, pid, role, **{**base, **changes})


class Rig:
    def __init__(self, role: Role = Role.PATIENT, me: str = ME) -> None:
        self.events = EventRecorder()
        self.lifecycle = CallLifecycle(self.events)
        self.moderation = RoomModeration(
            FakeSignaling().request, self.events, lambda a, v: None, lambda: ROOM, lambda: me
        )
        self.did: list[Any] = []
        self.orders = HostOrders(
            self.lifecycle,
            self.moderation,
            self.events,
            role=role,
            self_id=lambda: me,
            end=lambda reason: self.did.append(reason),
            to_lobby=lambda: self.did.append("to_lobby"),
            forget_room=lambda: self.did.append("forget_room"),
        )

    def in_call(self) -> Rig:
        self.lifecycle.fire(CallEvent.JOIN)
        self.lifecycle.fire(CallEvent.MEDIA_UP)
        self.events.events.clear()
        return self

    def feed(self, message: Any) -> None:
        self.orders.routes()[type(message)](message)

    def told(self) -> list[Any]:
        return [e for e in self.events.events if not isinstance(e, CallStateChanged)]


def test_kicked_says_so_then_ends_the_call() -> None:
    rig = Rig().in_call()
    rig.feed(Kicked(ROOM, banned=True))
    assert rig.told() == [HostActionApplied(HostAction.KICKED)]
    assert (rig.lifecycle.state, rig.did) == (CallState.ENDED, [EndReason.KICKED])


def test_ended_for_all_is_news_for_the_others_and_a_hang_up_for_the_host_who_did_it() -> None:
    guest = Rig().in_call()
    guest.feed(CallEndedForAll(ROOM))
    assert guest.told() == [HostActionApplied(HostAction.ENDED_FOR_ALL)]
    assert guest.did == [EndReason.ENDED_BY_HOST]

    host = Rig(Role.CLINICIAN, "c-1").in_call()
    host.moderation.handle(RoomState(ROOM, RoomType.PERSONAL, False, [person("c-1", is_host=True)]))
    host.events.events.clear()
    host.feed(CallEndedForAll(ROOM))
    assert host.told() == [] and host.did == [EndReason.HUNG_UP]

    over = Rig().in_call()
    over.lifecycle.fire(CallEvent.HANG_UP)
    over.feed(CallEndedForAll(ROOM))  # already over: not told, nothing to end
    assert over.told() == [] and over.did == []


def test_denied_ends_a_wait_only() -> None:
    rig = Rig()
    rig.lifecycle.fire(CallEvent.KNOCK)
    rig.feed(Denied(ROOM))
    rig.feed(Denied(ROOM))  # a second one finds nothing to end
    assert rig.did == [EndReason.DENIED] and rig.lifecycle.state is CallState.ENDED


def test_an_error_is_told_and_fails_the_call() -> None:
    rig = Rig().in_call()
    rig.feed(Error(ErrorCode.INTERNAL))
    assert rig.told() == [SessionFailed(ErrorCode.INTERNAL)]
    assert rig.did == [EndReason.FAILED]


def test_sent_to_lobby_is_handed_on() -> None:
    rig = Rig().in_call()
    rig.feed(SentToLobby(ROOM))
    assert rig.did == ["to_lobby"] and rig.lifecycle.state is CallState.IN_CALL  # the ending moves it


def test_a_closed_room_ends_a_patients_wait_and_a_clinicians_call_and_makes_a_clinician_forget_it() -> None:
    patient = Rig()
    patient.lifecycle.fire(CallEvent.KNOCK)
    patient.feed(RoomClosed(ROOM))
    assert patient.did == [EndReason.ROOM_CLOSED]

    watching = Rig(Role.CLINICIAN, "c-1")  # watching the queue, not in a call: nothing ends
    watching.feed(RoomClosed(ROOM))
    assert watching.told() == [RoomWasClosed(ROOM)] and watching.did == ["forget_room"]

    talking = Rig(Role.CLINICIAN, "c-1").in_call()
    talking.feed(RoomClosed(ROOM))
    assert talking.did == [EndReason.ROOM_CLOSED, "forget_room"]


def test_who_may_speak_and_who_is_always_seen_come_from_the_room_state() -> None:
    rig = Rig(Role.PATIENT, ME)
    assert rig.orders.may_speak()  # no room state yet
    people = [
        person(ME, audio_control=MediaControl.HARD_MUTE),
        person("c-1", is_host=True),
        person("p-2", presenting=True),
    ]
    rig.moderation.handle(RoomState(ROOM, RoomType.AUDITORIUM_SMALL, False, people))
    assert not rig.orders.may_speak()
    assert rig.orders.hosts_and_presenter() == ({"c-1"}, "p-2")

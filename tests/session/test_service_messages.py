"""ServiceMessages: each service message goes to the one part it is for, in the documented order."""

from __future__ import annotations

from typing import Any

from app.core.errors import ErrorCode
from app.core.protocol import Denied, Error, LobbyUpdate, Pong, SignalFrom, SignalPayload
from app.core.protocol.moderation import ChatMessage, RoomState
from app.core.protocol.sfu import SfuTalking
from app.core.room_types import MediaRoute, RoomType
from app.session.call_keeper import CallKeeper
from app.session.moderation import RoomModeration
from app.session.moderation_events import ChatReceived, RoomStateChanged
from app.session.service_messages import ServiceMessages
from app.session.tasks import TaskOwner
from tests.session.fake_call import FakeCalls
from tests.session.fake_service import FakeSignaling
from tests.support.recorder import EventRecorder

ROOM = "room-1"


class Rig:
    def __init__(self) -> None:
        self.room: str | None = ROOM
        self.events = EventRecorder()
        self.tasks = TaskOwner("test")
        self.calls = FakeCalls()
        self.keeper = CallKeeper(self.calls, self.tasks, lambda change, down: None)
        self.moderation = RoomModeration(
            FakeSignaling().request, self.events, lambda a, v: None, lambda: self.room, lambda: "p-1"
        )
        self.routed: list[Any] = []
        routes = {
            LobbyUpdate: self.routed.append,
            Denied: self.routed.append,
            SignalFrom: lambda m: self.keeper.signal(m.sender, m.payload),
            Error: self.routed.append,
        }
        self.messages = ServiceMessages(lambda: self.room, self.moderation, self.keeper, routes)


async def test_messages_go_by_type_to_their_handler_and_the_unknown_are_ignored() -> None:
    rig = Rig()
    lobby, denied, error = LobbyUpdate(ROOM, "p-1", 1), Denied(ROOM), Error(ErrorCode.INTERNAL)
    for message in (lobby, Pong(ref="1"), denied, error):
        rig.messages(message)
    assert rig.routed == [lobby, denied, error]
    assert rig.events.events == []
    await rig.tasks.close()


async def test_news_of_another_room_is_ignored_and_a_message_of_no_room_is_not() -> None:
    rig = Rig()
    rig.messages(Denied("room-old"))
    rig.messages(ChatMessage("room-old", "p-2", "Ann", "hello", 1.0))
    rig.room = None
    rig.messages(Denied(ROOM))  # no room open: every room's news is another's
    rig.messages(Error(ErrorCode.INTERNAL))  # an error belongs to no room
    assert rig.routed == [Error(ErrorCode.INTERNAL)] and rig.events.events == []
    await rig.tasks.close()


async def test_moderation_takes_its_own_and_a_room_state_is_news_for_a_media_server_call() -> None:
    rig = Rig()
    rig.keeper.ensure(MediaRoute.SFU)
    rig.messages(ChatMessage(ROOM, "p-2", "Ann", "hello", 1.0))
    rig.messages(RoomState(ROOM, RoomType.PERSONAL, False, [], MediaRoute.SFU))
    assert [type(e) for e in rig.events.events] == [ChatReceived, RoomStateChanged]
    assert rig.calls.made[0].asked == [("set_view", 9, None), ("room_changed",)]
    assert rig.routed == []
    await rig.tasks.close()


async def test_media_server_news_and_peer_signals_reach_the_call() -> None:
    rig = Rig()
    rig.messages(SfuTalking(ROOM, "p-2", True))  # no call yet: dropped
    rig.keeper.ensure(MediaRoute.SFU)
    rig.messages(SfuTalking(ROOM, "p-2", True))
    rig.messages(SignalFrom(ROOM, "p-2", SignalPayload(kind="restart")))
    assert rig.calls.made[0].asked == [
        ("set_view", 9, None),
        ("handle", "sfu_talking"),
        ("signal", "p-2", "restart"),
    ]
    await rig.tasks.close()

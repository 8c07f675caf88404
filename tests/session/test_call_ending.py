"""CallEnding: why a call ended is told in order, and its media closes in a task the owner awaits."""

from __future__ import annotations

import asyncio
from typing import Any, cast

import numpy as np

from app.core.call_state import CallEvent, CallState
from app.core.protocol import Admitted, Leave, Participant, Role
from app.core.room_types import MediaRoute
from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources, synthetic_factory
from app.session.call_ending import CallEnding
from app.session.call_keeper import CallKeeper
from app.session.call_lifecycle import CallLifecycle
from app.session.call_members import CallMembers
from app.session.events import CallEnded, CallStateChanged, EndReason, ParticipantsChanged
from app.session.moderation import RoomModeration
from app.session.moderation_events import HostAction, HostActionApplied, SentBackToLobby
from app.session.own_media import OwnMedia
from app.session.presenting import Presenter
from app.session.service_link import ServiceLink
from app.session.tasks import TaskOwner
from tests.session.fake_call import FakeCalls
from tests.session.fake_service import FakeSignaling
from tests.support.recorder import EventRecorder

ROOM, ME = "room-1", "p-1"
DOC = Participant("c-1", "Dr. Berg", Role.CLINICIAN)


class Rig:
    def __init__(self) -> None:
        self.events = EventRecorder()
        self.tasks = TaskOwner("test")
        self.signaling = FakeSignaling()
        self.link = ServiceLink(cast(Any, None), cast(Any, None), lambda m: None, lambda c: None)
        self.link.client = cast(Any, self.signaling)
        self.lifecycle = CallLifecycle(self.events)
        self.calls = FakeCalls()
        self.keeper = CallKeeper(self.calls, self.tasks, self.lifecycle.link_changed)
        self.moderation = RoomModeration(
            self.link.request,
            self.events,
            lambda a, v: None,
            lambda: ROOM,
            lambda: self.members.participant_id,
        )
        self.made: list[MediaSources] = []
        self.media = OwnMedia(
            self.make,
            FrameSlot(),
            self.events,
            self.moderation,
            self.tasks,
            may_report=lambda: False,
            kept=False,
        )
        self.presenter = Presenter(lambda: self.media.video, self.link.request, lambda: ROOM)
        self.members = CallMembers(
            self.lifecycle, self.keeper, self.moderation, self.events, end=lambda r: None
        )
        self.remote_video = FrameSlot()
        self.ending = CallEnding(
            self.lifecycle,
            self.keeper,
            self.members,
            self.moderation,
            self.presenter,
            self.media,
            self.link,
            self.remote_video,
            self.events,
            self.tasks,
            room_id=lambda: ROOM,
        )

    def make(self, preview: FrameSlot) -> MediaSources:
        self.made.append(synthetic_factory((320, 240))(preview))
        return self.made[-1]

    def in_call(self) -> Rig:
        self.media.start()
        self.lifecycle.fire(CallEvent.KNOCK)
        self.members.admitted(Admitted(ROOM, ME, [], [DOC]))
        self.lifecycle.fire(CallEvent.MEDIA_UP)
        self.remote_video.put(np.zeros((240, 320, 3), dtype=np.uint8))
        self.events.events.clear()
        return self

    def told(self) -> list[Any]:
        return [e for e in self.events.events if not isinstance(e, CallStateChanged)]

    async def settled(self) -> None:
        await self.tasks.close()  # the teardown task is awaited, as the consultation's close() does
        await self.media.close()


async def test_an_ended_call_leaves_closes_its_call_and_releases_media_in_an_owned_task() -> None:
    rig = Rig().in_call()
    assert rig.lifecycle.fire(CallEvent.REMOTE_ENDED)
    rig.ending.ended(EndReason.REMOTE_LEFT, leave=True)
    assert rig.told() == [CallEnded(EndReason.REMOTE_LEFT)] and rig.ending.end_reason is EndReason.REMOTE_LEFT
    assert rig.members.participants == [] and rig.keeper.current is None
    (call,) = rig.calls.made
    assert rig.keeper.retiring == [call]  # closing in the background
    await asyncio.sleep(0.05)
    assert rig.signaling.sent == [Leave(id="", room_id=ROOM)]
    assert call.closed == 1 and rig.keeper.retiring == []
    assert rig.remote_video.peek() is None and not rig.media.active and rig.made[0].closed
    await rig.settled()


async def test_hang_up_leaves_first_then_ends_and_closes_before_returning() -> None:
    rig = Rig().in_call()
    await rig.ending.hang_up()
    assert rig.signaling.types() == ["leave"]
    assert rig.lifecycle.state is CallState.ENDED and rig.told() == [CallEnded(EndReason.HUNG_UP)]
    assert rig.calls.made[0].closed == 1 and not rig.media.active
    await rig.ending.hang_up()  # over: nothing more is sent
    assert rig.signaling.types() == ["leave"]
    await rig.settled()


async def test_sent_to_lobby_waits_again_keeping_the_camera_and_says_so_in_order() -> None:
    rig = Rig().in_call()
    rig.ending.sent_to_lobby()
    assert rig.lifecycle.state is CallState.WAITING and rig.ending.end_reason is None
    assert rig.told() == [
        ParticipantsChanged([]),
        HostActionApplied(HostAction.SENT_TO_LOBBY),
        SentBackToLobby(),
    ]
    await asyncio.sleep(0.05)
    assert rig.calls.made[0].closed == 1 and rig.signaling.sent == []  # the knock stays: no leave
    assert rig.media.active  # waiting again is not idle
    await rig.settled()


async def test_sent_to_lobby_means_nothing_outside_a_call() -> None:
    rig = Rig()
    rig.ending.sent_to_lobby()
    assert rig.told() == [] and rig.lifecycle.state is CallState.IDLE
    await rig.settled()


async def test_an_ending_turns_off_a_camera_that_was_only_on_for_presenting() -> None:
    rig = Rig().in_call()
    rig.media.switch_camera(False)
    await rig.media.present(lambda: rig.presenter.start(FrameSlot()))
    assert rig.media.camera_enabled
    rig.lifecycle.fire(CallEvent.FAILED)
    rig.ending.ended(EndReason.FAILED)
    assert not rig.media.camera_enabled and not rig.presenter.presenting
    await rig.settled()


async def test_a_media_server_call_ends_the_same_way() -> None:
    rig = Rig()
    rig.media.start()
    rig.lifecycle.fire(CallEvent.JOIN)
    rig.keeper.admitted(Admitted(ROOM, DOC.participant_id, [], [], MediaRoute.SFU))
    rig.lifecycle.fire(CallEvent.REMOTE_ENDED)
    rig.ending.ended(EndReason.ENDED_BY_HOST)
    await asyncio.sleep(0.05)
    assert rig.calls.made[0].closed == 1 and rig.signaling.sent == []
    await rig.settled()

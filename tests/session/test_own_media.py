"""OwnMedia: the camera and microphone open, switch, obey the host and tell the room, with real
synthetic sources and the room's requests recorded by the fake signaling."""

from __future__ import annotations

import asyncio

import pytest

from app.core.errors import ErrorCode
from app.core.protocol.moderation import MediaControl, Moderated, SetMedia
from app.media.absent import AbsentTrack
from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources, synthetic_factory
from app.session.errors import SessionError
from app.session.events import DevicesMissing
from app.session.moderation import RoomModeration
from app.session.moderation_events import HostAction, HostActionApplied
from app.session.own_media import OwnMedia
from app.session.tasks import TaskOwner
from tests.session.fake_service import FakeSignaling
from tests.support.recorder import EventRecorder

ROOM = "room-1"


class Rig:
    def __init__(self, *, kept: bool = False, live: bool = True) -> None:
        self.events = EventRecorder()
        self.signaling = FakeSignaling()
        self.tasks = TaskOwner("test")
        self.live = live
        self.made: list[MediaSources] = []
        self.moderation = RoomModeration(
            self.signaling.request,
            self.events,
            lambda a, v: self.media.force_off(a, v),
            lambda: ROOM,
            lambda: "p-1",
        )
        self.media = OwnMedia(
            self.make,
            FrameSlot(),
            self.events,
            self.moderation,
            self.tasks,
            may_report=lambda: self.live,
            kept=kept,
        )

    def make(self, preview: FrameSlot) -> MediaSources:
        sources = synthetic_factory((320, 240))(preview)
        self.made.append(sources)
        return sources

    async def reports(self) -> list[tuple[bool, bool]]:
        await asyncio.sleep(0)  # the owned request tasks run
        return [(m.audio_on, m.video_on) for m in self.signaling.sent if isinstance(m, SetMedia)]

    async def close(self) -> None:
        await asyncio.sleep(0)  # reports started are let run (a task cancelled unstarted leaves its request)
        await self.tasks.close()
        await self.media.close()
        await self.media.close()  # twice: nothing more to do


async def test_switches_before_media_are_kept_and_sent_once_it_opens() -> None:
    rig = Rig()
    rig.media.switch_microphone(False)
    rig.media.switch_camera(False)
    assert not rig.media.active and rig.media.level() is None
    sources = rig.media.start()
    assert rig.media.start() is sources and rig.made == [sources]  # opened once
    assert not sources.audio.enabled and not sources.video.enabled
    assert await rig.reports() == [(False, True), (False, False)]
    await rig.close()


async def test_nothing_is_told_while_there_is_no_live_call() -> None:
    rig = Rig(live=False)
    rig.media.start()
    rig.media.switch_microphone(False)
    assert await rig.reports() == [] and rig.media.microphone_enabled is False
    await rig.close()


async def test_the_hosts_hard_mute_turns_media_off_and_refuses_turning_it_on() -> None:
    rig = Rig()
    sources = rig.media.start()
    rig.moderation.handle(Moderated(ROOM, audio=MediaControl.HARD_MUTE, video=MediaControl.MUTE))
    assert not sources.audio.enabled and not sources.video.enabled
    assert rig.events.of(HostActionApplied) == [
        HostActionApplied(HostAction.HARD_MUTED),
        HostActionApplied(HostAction.VIDEO_STOPPED),
    ]
    with pytest.raises(SessionError) as refused:
        rig.media.switch_microphone(True)
    assert refused.value.code is ErrorCode.HARD_MUTED
    rig.media.switch_camera(True)  # only a soft stop: allowed
    assert await rig.reports() == [(False, False), (False, True)]
    await rig.close()


async def test_presenting_turns_a_camera_that_was_off_on_and_off_again() -> None:
    rig = Rig()
    rig.media.start()
    rig.media.switch_camera(False)
    started: list[bool] = []

    async def start() -> None:
        started.append(rig.media.camera_enabled)

    await rig.media.present(start)
    assert started == [False] and rig.media.camera_enabled
    rig.media.restore_camera()
    rig.media.restore_camera()  # once only
    assert not rig.media.camera_enabled
    assert await rig.reports() == [(True, False), (True, True), (True, False)]
    await rig.close()


async def test_presenting_is_refused_before_it_starts_while_the_host_forbids_video() -> None:
    rig = Rig()
    rig.media.start()
    rig.moderation.handle(Moderated(ROOM, video=MediaControl.HARD_MUTE))
    started: list[bool] = []

    async def start() -> None:
        started.append(True)

    with pytest.raises(SessionError):
        await rig.media.present(start)
    assert started == [] and not rig.media.camera_enabled
    await rig.close()


async def test_a_missing_camera_is_told_and_the_room_shows_it_off() -> None:
    rig = Rig()
    sources = rig.media.start()
    sources.video.replace_source(AbsentTrack("video"))
    assert rig.events.of(DevicesMissing) == [DevicesMissing(True, False)]
    assert rig.media.sending() == (True, False)
    rig.media.report_if_missing()
    assert await rig.reports() == [(True, False), (True, False)]
    await rig.close()


async def test_release_closes_media_between_calls_unless_it_is_kept() -> None:
    rig = Rig()
    first = rig.media.start()
    await rig.media.release()
    assert not rig.media.active and first.closed
    second = rig.media.start()
    assert second is not first and rig.media.active
    await rig.close()

    kept = Rig(kept=True)
    sources = kept.media.start()
    await kept.media.release()
    assert kept.media.active and not sources.closed
    await kept.media.release(always=True)  # signing out
    assert not kept.media.active and sources.closed
    await kept.close()

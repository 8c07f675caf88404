"""The newest-frame feed and the camera track: no queue, increasing pts, filler after an unplug."""

from __future__ import annotations

import asyncio
import fractions

import av
import numpy as np
import pytest
from aiortc.mediastreams import MediaStreamError

from app.media.camera.feed import CameraFeed, CameraStatus
from app.media.camera.track import CameraTrack
from app.media.frame_slot import FrameSlot
from app.media.switchable import SwitchableTrack


def i420(level: int, width: int = 64, height: int = 48) -> np.ndarray:
    data = np.full((height * 3 // 2, width), 128, np.uint8)
    data[:height] = level
    return data


async def test_feed_keeps_only_the_newest_frame_and_fills_the_preview() -> None:
    preview = FrameSlot()
    feed = CameraFeed("test", preview=preview)
    statuses: list[CameraStatus] = []
    feed.listen(statuses.append)
    for level in (16, 126, 235):  # video range: black, middle grey, white
        feed.put(i420(level), "yuv420p", 64, 48)
    frame = await feed.next_frame(after=0)
    assert frame is not None and frame.seq == 3 and int(frame.luma()[0, 0]) == 255
    assert preview.count == 3
    rgb = preview.peek()
    assert rgb is not None and rgb.rgb.shape == (48, 64, 3) and int(rgb.rgb[0, 0, 0]) >= 253
    assert await feed.next_frame(after=3, wait_s=0.05) is None  # nothing newer yet
    feed.fail(CameraStatus.REMOVED)
    feed.put(i420(40), "yuv420p", 64, 48)  # ignored after the end
    assert feed.count == 3 and await feed.next_frame(after=0) is None
    assert statuses == [CameraStatus.RUNNING, CameraStatus.REMOVED]
    assert feed.open_time_s is not None and feed.open_time_s >= 0


def test_luma_is_on_a_full_scale_whatever_the_range() -> None:
    feed = CameraFeed("test")
    feed.put(i420(126), "yuv420p", 64, 48)
    newest = feed.newest()
    assert newest is not None and int(newest.luma()[0, 0]) == 128
    feed.put(i420(126), "nv12", 64, 48, full_range=True)
    newest = feed.newest()
    assert newest is not None and int(newest.luma()[0, 0]) == 126
    feed.put(np.full((48, 64, 3), 77, np.uint8), "rgb24", 64, 48)
    newest = feed.newest()
    assert newest is not None and int(newest.luma()[0, 0]) == 77


async def test_a_waiting_reader_wakes_on_put_and_on_failure() -> None:
    feed = CameraFeed("test")
    reader = asyncio.ensure_future(feed.next_frame(after=0, wait_s=2))
    await asyncio.sleep(0.01)
    feed.put(i420(50), "yuv420p", 64, 48)
    frame = await reader
    assert frame is not None and frame.seq == 1
    reader = asyncio.ensure_future(feed.next_frame(after=1, wait_s=2))
    await asyncio.sleep(0.01)
    feed.fail(CameraStatus.IN_USE)
    assert await reader is None and feed.status is CameraStatus.IN_USE


def test_feed_refuses_unknown_formats_and_running_as_an_end() -> None:
    feed = CameraFeed("test")
    with pytest.raises(ValueError, match="pixel format"):
        feed.put(i420(1), "bgr24", 64, 48)
    with pytest.raises(ValueError, match="ended state"):
        feed.fail(CameraStatus.RUNNING)


async def test_put_from_another_thread_hops_onto_the_loop() -> None:
    feed = CameraFeed("test")
    feed.bind(asyncio.get_running_loop())
    await asyncio.to_thread(feed.put, i420(70), "yuv420p", 64, 48)
    frame = await feed.next_frame(after=0, wait_s=1)
    assert frame is not None and int(frame.data[0, 0]) == 70


async def test_track_hands_out_the_newest_frame_never_a_backlog() -> None:
    feed = CameraFeed("test")
    track = CameraTrack(feed)
    for level in range(10):
        feed.put(i420(level), "yuv420p", 64, 48)
    first = await track.recv()
    assert first.format.name == "yuv420p" and (first.width, first.height) == (64, 48)
    assert int(first.to_ndarray()[0, 0]) == 9  # the newest; the nine before it were never queued
    assert first.time_base == fractions.Fraction(1, 90000) and first.pts == 0
    await asyncio.sleep(0.02)
    feed.put(i420(99), "yuv420p", 64, 48)
    second = await track.recv()
    assert int(second.to_ndarray()[0, 0]) == 99
    assert second.pts is not None and second.pts >= 0.015 * 90000  # capture clock, 90 kHz
    assert track.frames_sent == 2 and track.size == (64, 48)


async def test_track_sends_nv12_and_rgb_as_they_came() -> None:
    feed = CameraFeed("test")
    track = CameraTrack(feed)
    feed.put(i420(60), "nv12", 64, 48)
    assert (await track.recv()).format.name == "nv12"
    feed.put(np.zeros((48, 64, 3), np.uint8), "rgb24", 64, 48)
    assert (await track.recv()).format.name == "rgb24"


async def test_unplugged_camera_ends_the_track_and_the_switchable_sends_black() -> None:
    feed = CameraFeed("test")
    camera_track = CameraTrack(feed, size=(64, 48))
    outgoing = SwitchableTrack(camera_track, fps=50)
    feed.put(i420(200), "yuv420p", 64, 48)
    live = await outgoing.recv()
    assert isinstance(live, av.VideoFrame)
    assert int(live.to_ndarray()[0, 0]) == 200
    feed.fail(CameraStatus.REMOVED)
    filler = await asyncio.wait_for(outgoing.recv(), 1)
    assert isinstance(filler, av.VideoFrame)
    assert outgoing.source_ended and camera_track.readyState == "ended"
    assert (filler.width, filler.height) == (64, 48) and int(filler.to_ndarray()[0, 0]) == 16  # black
    assert filler.pts is not None and live.pts is not None and filler.pts > live.pts
    with pytest.raises(MediaStreamError):
        await camera_track.recv()
    outgoing.stop()

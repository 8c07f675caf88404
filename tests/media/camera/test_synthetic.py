"""The synthetic camera: a still photo or the moving pattern at a known brightness and rate."""

from __future__ import annotations

import asyncio
import time

import numpy as np
import pytest

from app.media.camera.feed import CameraFeed, CameraStatus
from app.media.camera.synthetic import SyntheticCamera, fit
from app.media.camera.track import CameraTrack
from app.media.frame_slot import FrameSlot
from tests.media.camera.pictures import grey_frame


async def test_still_picture_at_known_brightness_and_rate() -> None:
    feed = CameraFeed("still")
    camera = SyntheticCamera(feed, size=(320, 240), fps=20, image=grey_frame(200, (320, 240)), brightness=0.5)
    camera.start()
    first = await feed.next_frame(after=0, wait_s=1)
    assert first is not None
    await asyncio.sleep(0.5)
    last = feed.newest()
    assert last is not None
    rate = (last.seq - first.seq) / (last.captured_at - first.captured_at)
    assert 16 <= rate <= 22
    assert (last.width, last.height, last.pixel_format) == (320, 240, "yuv420p")
    assert float(last.luma().mean()) == pytest.approx(100, abs=2)
    camera.brightness = 1.0
    newer = await feed.next_frame(after=last.seq, wait_s=1)
    assert newer is not None and float(newer.luma().mean()) == pytest.approx(200, abs=2)
    await camera.aclose()
    assert feed.status is CameraStatus.CLOSED
    await camera.aclose()  # twice is fine


async def test_pattern_moves_and_feeds_preview_and_track() -> None:
    preview = FrameSlot()
    camera = SyntheticCamera.stand_in((320, 240), 30, preview)
    assert camera.feed.stand_in and camera.name == "synthetic"
    track = CameraTrack(camera.feed)
    camera.start()
    frames = [await track.recv() for _ in range(3)]
    pictures = [f.to_ndarray(format="rgb24") for f in frames]
    assert not np.array_equal(pictures[0], pictures[2])  # it moves
    pts = [int(f.pts or 0) for f in frames]
    assert pts == sorted(set(pts)) and frames[0].pts == 0
    assert preview.count >= 3
    await camera.aclose()


async def test_frozen_camera_stops_producing_and_unplug_ends_the_feed() -> None:
    feed = CameraFeed("still")
    camera = SyntheticCamera(feed, size=(64, 48), fps=50, image=grey_frame(100, (64, 48)))
    camera.start()
    assert await feed.next_frame(after=0, wait_s=1) is not None
    camera.freeze()
    await asyncio.sleep(0.05)
    count = feed.count
    await asyncio.sleep(0.1)
    assert feed.count == count
    camera.unplug()
    assert feed.status is CameraStatus.REMOVED
    await camera.aclose()
    assert feed.status is CameraStatus.REMOVED  # closing later keeps the first reason


def test_fit_covers_and_crops() -> None:
    image = np.zeros((100, 200, 3), np.uint8)
    image[:, 90:110] = 255
    fitted = fit(image, (64, 48))
    assert fitted.shape == (48, 64, 3) and fitted[24, 32, 0] == 255 and fitted[24, 0, 0] == 0


def test_odd_sizes_are_refused() -> None:
    with pytest.raises(ValueError, match="even"):
        SyntheticCamera(CameraFeed("x"), size=(63, 48))


async def test_start_time_is_short() -> None:
    started = time.monotonic()
    camera = SyntheticCamera.stand_in((640, 480), 30, None)
    camera.start()
    assert await camera.feed.next_frame(after=0, wait_s=1) is not None
    assert time.monotonic() - started < 0.5
    await camera.aclose()

"""The camera handle: one device for call and self view, unplug → black and an event, plug-in → switch."""

from __future__ import annotations

import asyncio

import av
import pytest

from app.media.camera.feed import CameraFeed, CameraStatus
from app.media.camera.handle import Camera, CameraEvent, CameraEventKind, CameraHandle
from app.media.camera.synthetic import SyntheticCamera
from app.media.frame_slot import FrameSlot
from tests.media.camera.pictures import grey_frame

SIZE = (64, 48)


class Devices:
    """A fake OS: which cameras exist; opening one gives a synthetic camera with its own brightness."""

    def __init__(self, cameras: dict[str, int], preview: FrameSlot) -> None:
        self.cameras = cameras
        self.preview = preview
        self.opened: list[str] = []

    def open(self, name: str | None) -> Camera:
        chosen = name if name in self.cameras else next(iter(self.cameras), None)
        if chosen is None:
            self.opened.append("stand-in")
            return SyntheticCamera.stand_in(SIZE, 50, self.preview)
        self.opened.append(chosen)
        feed = CameraFeed(chosen, preview=self.preview)
        return SyntheticCamera(feed, size=SIZE, fps=50, image=grey_frame(self.cameras[chosen], SIZE))


async def luma_of_next(handle: CameraHandle) -> int:
    frame = await asyncio.wait_for(handle.track.recv(), 1)
    assert isinstance(frame, av.VideoFrame)
    return int(frame.to_ndarray()[0, 0])


@pytest.fixture
def preview() -> FrameSlot:
    return FrameSlot()


async def test_one_device_feeds_the_call_and_the_self_view(preview: FrameSlot) -> None:
    devices = Devices({"Front": 200}, preview)
    handle = CameraHandle(devices.open, None, size=SIZE, fps=50, preview=preview)
    assert abs(await luma_of_next(handle) - 188) <= 2 and preview.count >= 1
    assert handle.name == "Front" and not handle.is_stand_in and devices.opened == ["Front"]
    handle.close()
    handle.close()
    assert handle.feed.status is CameraStatus.CLOSED


async def test_unplug_sends_black_and_tells_then_a_new_camera_is_switched_in(preview: FrameSlot) -> None:
    devices = Devices({"Front": 200}, preview)
    handle = CameraHandle(devices.open, "Front", size=SIZE, fps=50, preview=preview)
    events: list[CameraEvent] = []
    handle.listen(events.append)
    await luma_of_next(handle)
    del devices.cameras["Front"]
    handle.devices_changed([], ["Front"])
    assert await luma_of_next(handle) == 16  # black filler, same size, call goes on
    assert handle.track.source_ended
    devices.cameras["USB"] = 100
    handle.devices_changed(["USB"], [])
    assert abs(await luma_of_next(handle) - 102) <= 2
    assert [(e.kind, e.name, e.status) for e in events] == [
        (CameraEventKind.STATUS, "Front", CameraStatus.RUNNING),
        (CameraEventKind.STATUS, "Front", CameraStatus.REMOVED),
        (CameraEventKind.REMOVED, "Front", CameraStatus.REMOVED),
        (CameraEventKind.ADDED, "USB", None),
        (CameraEventKind.SWITCHED, "USB", None),
        (CameraEventKind.STATUS, "USB", CameraStatus.RUNNING),  # once it delivered its first picture
    ]
    assert devices.opened == ["Front", "USB"]
    handle.close()


async def test_stand_in_until_a_camera_is_plugged_in(preview: FrameSlot) -> None:
    devices = Devices({}, preview)
    handle = CameraHandle(devices.open, None, size=SIZE, fps=50, preview=preview)
    await luma_of_next(handle)
    assert handle.is_stand_in
    devices.cameras["USB"] = 60
    handle.devices_changed(["USB"], [])
    await asyncio.sleep(0.05)
    assert not handle.is_stand_in and abs(await luma_of_next(handle) - 67) <= 2
    handle.close()


async def test_switch_mid_call_keeps_the_track_and_its_timeline(preview: FrameSlot) -> None:
    devices = Devices({"A": 50, "B": 150}, preview)
    handle = CameraHandle(devices.open, "A", size=SIZE, fps=50, preview=preview)
    track = handle.track
    first = await track.recv()
    handle.switch("B")
    second = await track.recv()
    assert handle.track is track and handle.name == "B"
    assert second.pts is not None and first.pts is not None and second.pts > first.pts
    handle.close()
    handle.switch("A")  # after close: nothing
    assert devices.opened == ["A", "B"]

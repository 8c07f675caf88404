"""Presenting: the track letterboxes, paces and hands out the newest picture; a real call swaps to it
and back without renegotiation."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import av
import numpy as np
import pytest
from aiortc import RTCConfiguration, RTCPeerConnection

from app.media.frame_slot import FrameSlot
from app.media.presentation import PresentationTrack, fit_size, letterbox
from app.media.sink import TrackDrain
from app.media.sources import MediaSources
from app.media.stamp import read_stamp_frame

RED = (220, 30, 30)


def solid(width: int, height: int, colour: tuple[int, int, int]) -> np.ndarray:
    rgb = np.empty((height, width, 3), dtype=np.uint8)
    rgb[:] = colour
    return rgb


def test_fit_size_keeps_the_aspect_ratio_and_even_sides() -> None:
    assert fit_size(1920, 1080, (1280, 720)) == (1280, 720)
    assert fit_size(800, 1000, (1280, 720)) == (576, 720)  # portrait page: bars left and right
    assert fit_size(3000, 500, (1280, 720)) == (1280, 212)  # very wide: bars above and below
    w, h = fit_size(333, 777, (1280, 720))
    assert w % 2 == 0 and h % 2 == 0 and h == 720


def test_letterbox_centres_the_picture_on_black() -> None:
    portrait = solid(400, 500, RED)
    out = letterbox(portrait, (1280, 720))
    assert out.shape == (720, 1280, 3)
    # 576 px wide picture in the middle, 352 px black bars either side.
    assert out[:, :340].max() == 0 and out[:, -340:].max() == 0
    assert np.abs(out[360, 640].astype(int) - RED).max() <= 2
    assert np.abs(out[10, 370].astype(int) - RED).max() <= 2


async def test_track_sends_the_newest_picture_letterboxed_at_its_pace() -> None:
    slot = FrameSlot()
    preview = FrameSlot()
    track = PresentationTrack(slot, size=(640, 360), fps=10, preview=preview)
    first = await track.recv()
    assert (first.width, first.height) == (640, 360)
    assert first.to_ndarray(format="rgb24").max() == 0  # nothing captured yet: black
    slot.put(solid(200, 200, (0, 0, 255)))
    slot.put(solid(300, 100, (0, 255, 0)))  # replaces the blue one before anyone asked: newest only
    started = time.monotonic()
    frames = [await track.recv() for _ in range(5)]
    elapsed = time.monotonic() - started
    assert 0.35 < elapsed < 0.9, elapsed  # 10 fps
    assert [f.pts for f in frames] == [9000 * i for i in range(1, 6)]
    assert all(str(f.time_base) == "1/90000" for f in frames)
    rgb = frames[-1].to_ndarray(format="rgb24")
    assert rgb[180, 320, 1] > 200 and rgb[180, 320, 2] < 30  # green, in the middle
    assert rgb[10, 320].max() < 20  # 640×214 picture: black band above
    # The self view got the letterboxed green picture once, not once per frame sent.
    assert preview.count == 1 and preview.peek() is not None
    assert preview.peek().rgb.shape == (360, 640, 3)  # type: ignore[union-attr]
    track.stop()


@dataclass
class Seen:
    stamped: int = 0
    red: int = 0
    sizes: set[tuple[int, int]] = field(default_factory=set)

    def frame(self, frame: av.frame.Frame) -> None:
        assert isinstance(frame, av.VideoFrame)
        self.sizes.add((frame.width, frame.height))
        if read_stamp_frame(frame) is not None:
            self.stamped += 1
            return
        rgb = frame.to_ndarray(format="rgb24")
        centre = rgb[
            frame.height // 2 - 20 : frame.height // 2 + 20, frame.width // 2 - 20 : frame.width // 2 + 20
        ]
        mean = centre.reshape(-1, 3).mean(axis=0)
        if mean[0] > 170 and mean[1] < 80 and mean[2] < 80:
            self.red += 1


@pytest.fixture
async def pair() -> AsyncIterator[tuple[RTCPeerConnection, RTCPeerConnection, MediaSources, Seen, dict]]:
    sender = RTCPeerConnection(RTCConfiguration(iceServers=[]))
    receiver = RTCPeerConnection(RTCConfiguration(iceServers=[]))
    sources = MediaSources.synthetic(size=(640, 480), fps=30)
    seen = Seen()
    drains: dict[str, TrackDrain] = {}

    @receiver.on("track")
    def on_track(track: object) -> None:
        assert hasattr(track, "kind")
        drains[track.kind] = TrackDrain(track, on_frame=seen.frame if track.kind == "video" else None)

    sender.addTrack(sources.audio)
    sender.addTrack(sources.video)
    await sender.setLocalDescription(await sender.createOffer())
    await receiver.setRemoteDescription(sender.localDescription)
    await receiver.setLocalDescription(await receiver.createAnswer())
    await sender.setRemoteDescription(receiver.localDescription)
    try:
        yield sender, receiver, sources, seen, drains
    finally:
        for drain in drains.values():
            await drain.close()
        sources.close()
        await sender.close()
        await receiver.close()


async def until(condition: object, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        await asyncio.sleep(0.05)


async def test_a_call_swaps_to_the_presentation_and_back_without_renegotiation(pair) -> None:
    sender, receiver, sources, seen, _drains = pair
    sdp = sender.localDescription.sdp
    await until(lambda: seen.stamped >= 10)
    camera = sources.video.source
    slot = FrameSlot()
    slot.put(solid(1000, 800, RED))
    presentation = PresentationTrack(slot, fps=15)
    assert sources.video.replace_source(presentation, stop_old=False) is camera
    await until(lambda: seen.red >= 5)
    assert (1280, 720) in seen.sizes
    stamped_while_presenting = seen.stamped
    # Back to the camera, which was never stopped.
    assert camera.readyState == "live"
    sources.video.replace_source(camera, stop_old=False)
    presentation.stop()
    await until(lambda: seen.stamped >= stamped_while_presenting + 10)
    assert (640, 480) in seen.sizes
    # One offer/answer for the whole call: no new negotiation happened.
    assert sender.signalingState == "stable" and receiver.signalingState == "stable"
    assert sender.localDescription.sdp == sdp
    assert len(sender.getTransceivers()) == 2

"""FrameSlot tells its watchers about every put and clear, and a failing watcher never stops a producer."""

from __future__ import annotations

import av
import numpy as np

from app.media.frame_slot import FrameSlot


def frame() -> np.ndarray:
    return np.zeros((2, 2, 3), dtype=np.uint8)


def test_watchers_hear_every_put_and_clear_until_they_stop() -> None:
    slot = FrameSlot()
    heard: list[str] = []
    stop = slot.watch(lambda: heard.append("a" if slot.peek() is not None else "empty"))
    slot.put(frame())
    slot.clear()
    stop()
    stop()  # twice is harmless
    slot.put(frame())
    assert heard == ["a", "empty"]


def test_a_watcher_that_raises_is_dropped_and_the_others_still_hear() -> None:
    slot = FrameSlot()
    heard: list[int] = []

    def gone() -> None:
        raise RuntimeError("Internal C++ object already deleted")

    slot.watch(gone)
    slot.watch(lambda: heard.append(slot.count))
    slot.put(frame())
    slot.put(frame())
    assert heard == [1, 2]
    assert slot.peek() is not None


def test_a_decoded_frame_becomes_rgb_only_when_asked_and_once() -> None:
    rgb = np.zeros((48, 64, 3), dtype=np.uint8)
    rgb[:, :, 0] = 200
    video = av.VideoFrame.from_ndarray(rgb, format="rgb24").reformat(format="yuv420p")
    slot = FrameSlot()
    slot.put_video(video)
    frame = slot.peek()
    assert frame is not None and frame.size == (64, 48)
    first = frame.rgb
    assert first is frame.rgb  # converted once
    assert abs(int(first[:, :, 0].mean()) - 200) < 6
    bgra = frame.bgra(32, 24)
    assert bgra is not None and bgra.shape[0] == 24 and bgra.shape[1] >= 32
    assert abs(int(bgra[:, :32, 2].mean()) - 200) < 6  # R is the third byte of BGRA


def test_forward_passes_the_same_picture_without_converting() -> None:
    video = av.VideoFrame(64, 48, "yuv420p")
    source, focus = FrameSlot(), FrameSlot()
    source.put_video(video)
    source.put_video(video)
    taken = source.peek()
    assert taken is not None
    focus.forward(taken)
    forwarded = focus.peek()
    assert forwarded is not None and forwarded.video is video and forwarded.seq == 1
    assert FrameSlot().peek() is None
    rgb_slot = FrameSlot()
    rgb_slot.put(frame())
    assert rgb_slot.peek() is not None and rgb_slot.peek().bgra(2, 2) is None  # an RGB source

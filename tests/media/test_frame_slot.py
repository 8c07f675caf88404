"""FrameSlot tells its watchers about every put and clear, and a failing watcher never stops a producer."""

from __future__ import annotations

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

"""A one-frame mailbox: producers put the newest decoded picture, consumers take it when they draw.

This is how video crosses from aiortc to the screen without a growing queue: a slow consumer
simply sees fewer frames, never older ones. A view is told when something changed (``watch``: a put
or a clear) and draws the newest frame then, instead of polling.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

RGBFrame = npt.NDArray[np.uint8]  # shape (height, width, 3), RGB, C-contiguous


@dataclass(frozen=True, slots=True)
class SlotFrame:
    """One picture with its sequence number in this slot (increments on every put)."""

    rgb: RGBFrame
    seq: int


class FrameSlot:
    """Holds only the newest RGB frame; ``take_new`` returns it once, ``peek`` any number of times."""

    def __init__(self) -> None:
        self._frame: SlotFrame | None = None
        self._taken_seq = 0
        self._seq = 0
        self._listeners: list[Callable[[SlotFrame], None]] = []
        self._watchers: list[Callable[[], None]] = []

    @property
    def count(self) -> int:
        """How many frames were put so far."""
        return self._seq

    def put(self, rgb: RGBFrame) -> None:
        self._seq += 1
        self._frame = SlotFrame(rgb, self._seq)
        for listener in list(self._listeners):
            listener(self._frame)
        self._notify()

    def peek(self) -> SlotFrame | None:
        return self._frame

    def take_new(self) -> SlotFrame | None:
        """The newest frame if it was not taken before, else None."""
        frame = self._frame
        if frame is None or frame.seq == self._taken_seq:
            return None
        self._taken_seq = frame.seq
        return frame

    def clear(self) -> None:
        self._frame = None
        self._notify()

    def listen(self, callback: Callable[[SlotFrame], None]) -> Callable[[], None]:
        """Call ``callback`` on every put; returns a function that stops it."""
        self._listeners.append(callback)
        return lambda: self._listeners.remove(callback) if callback in self._listeners else None

    def watch(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call ``callback()`` after every put and clear; returns a function that stops it.

        An exception in a watcher is the watcher's problem: it is dropped, the producer goes on.
        """
        self._watchers.append(callback)
        return lambda: self._watchers.remove(callback) if callback in self._watchers else None

    def _notify(self) -> None:
        for watcher in list(self._watchers):
            try:
                watcher()
            except Exception as exc:  # a view that is gone must not stop a drain or a camera
                log.debug("frame slot watcher dropped: %s", type(exc).__name__)
                if watcher in self._watchers:
                    self._watchers.remove(watcher)

"""A one-frame mailbox: producers put the newest decoded picture, consumers take it when they draw.

This is how video crosses from aiortc to the screen without a growing queue: a slow consumer
simply sees fewer frames, never older ones. A view is told when something changed (``watch``: a put
or a clear) and draws the newest frame then, instead of polling.

A decoded frame goes in as it came out of the decoder (``put_video``, YUV): it is converted only
when and at the size someone draws it (``SlotFrame.bgra``, one swscale pass from YUV to the display
size), or to full-size RGB once if someone asks for ``rgb``. A slot nobody draws converts nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

if (
    TYPE_CHECKING
):  # PyAV loads with the first call, never before the first window (tests/main/test_lazy_start.py)
    import av

log = logging.getLogger(__name__)

RGBFrame = npt.NDArray[np.uint8]  # shape (height, width, 3), RGB, C-contiguous


# shape (height, row pixels ≥ width, 4), B, G, R, A bytes (Qt's Format_RGB32), C-contiguous; rows may
# be padded past the picture's width (FFmpeg aligns them): the row length in bytes is strides[0].
BGRAFrame = npt.NDArray[np.uint8]


class SlotFrame:
    """One picture with its sequence number in this slot (increments on every put).

    Holds an RGB array, or a decoded ``av.VideoFrame`` whose RGB form is made on first use of ``rgb``
    (once, then kept). Read on the thread that puts (the event loop).
    """

    __slots__ = ("_rgb", "seq", "video")

    def __init__(self, rgb: RGBFrame | None, seq: int, video: av.VideoFrame | None = None) -> None:
        if rgb is None and video is None:
            raise ValueError("a slot frame needs an RGB array or a video frame")
        self._rgb = rgb
        self.seq = seq
        self.video = video  # the decoded frame (YUV) when it came from a decoder, else None

    @property
    def rgb(self) -> RGBFrame:
        if self._rgb is None:
            assert self.video is not None
            self._rgb = np.asarray(self.video.to_ndarray(format="rgb24"), dtype=np.uint8)
        return self._rgb

    @property
    def size(self) -> tuple[int, int]:
        """(width, height) of the picture."""
        if self.video is not None:
            return self.video.width, self.video.height
        return self.rgb.shape[1], self.rgb.shape[0]

    def bgra(self, width: int, height: int) -> BGRAFrame | None:
        """The decoded frame converted and scaled in one pass to ``width`` × ``height`` BGRA (bilinear).

        None for a frame that has no decoded YUV (an RGB source): draw its ``rgb`` instead.
        """
        if self.video is None:
            return None
        scaled = self.video.reformat(width=width, height=height, format="bgra", interpolation="BILINEAR")
        plane = scaled.planes[0]  # the array keeps the plane (and so the frame) alive
        rows: BGRAFrame = np.frombuffer(plane, dtype=np.uint8).reshape(height, plane.line_size // 4, 4)
        return rows


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
        self._store(SlotFrame(rgb, self._seq + 1))

    def put_video(self, frame: av.VideoFrame) -> None:
        """Put a decoded frame as it is (YUV); converted only when someone draws or reads it."""
        self._store(SlotFrame(None, self._seq + 1, frame))

    def forward(self, frame: SlotFrame) -> None:
        """Put the picture of another slot's frame (no conversion, no copy)."""
        self._store(SlotFrame(frame._rgb, self._seq + 1, frame.video))

    def _store(self, frame: SlotFrame) -> None:
        self._seq = frame.seq
        self._frame = frame
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

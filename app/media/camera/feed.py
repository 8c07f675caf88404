"""The newest camera picture and the device's state, shared by the call track, self view and check.

A capture backend (Qt Multimedia or the synthetic camera) ``put``s each picture as a numpy array in
the format it arrived in (``yuv420p`` or ``nv12`` planes packed into one ``(h*3/2, w)`` array, or
``rgb24``); only the newest one is kept, so a slow reader sees fewer frames, never older ones.
Readers ``await next_frame(after=seq)``. ``fail`` records why the device stopped (unplugged, in use,
permission denied) and wakes every reader.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

import av
import cv2
import numpy as np
import numpy.typing as npt

from app.media.frame_slot import FrameSlot, RGBFrame

PixelData = npt.NDArray[np.uint8]
FORMATS = ("yuv420p", "nv12", "rgb24")


class CameraStatus(StrEnum):
    STARTING = "starting"
    RUNNING = "running"
    NONE = "none"  # no camera at all
    IN_USE = "in_use"  # another application holds it
    PERMISSION_DENIED = "permission_denied"
    REMOVED = "removed"  # unplugged while open
    CLOSED = "closed"


ENDED = frozenset({CameraStatus.NONE, CameraStatus.IN_USE, CameraStatus.PERMISSION_DENIED,
                   CameraStatus.REMOVED, CameraStatus.CLOSED})  # fmt: skip


@dataclass(frozen=True, slots=True)
class CameraFrame:
    """One picture: ``data`` in ``pixel_format`` (never modified after ``put``), its number and time.

    YUV data is video range (Y 16–235, as OpenCV and most encoders make it) unless ``full_range``.
    """

    data: PixelData
    pixel_format: str
    width: int
    height: int
    seq: int
    captured_at: float  # time.monotonic()
    full_range: bool = False

    def luma(self) -> PixelData:
        """The grey picture on a 0–255 scale: the Y plane (expanded if video range), or RGB converted."""
        if self.pixel_format == "rgb24":
            return np.asarray(cv2.cvtColor(self.data, cv2.COLOR_RGB2GRAY), dtype=np.uint8)
        y_plane = self.data[: self.height]
        if self.full_range:
            return y_plane
        return np.asarray(cv2.LUT(y_plane, _VIDEO_TO_FULL), dtype=np.uint8)

    def rgb(self) -> RGBFrame:
        """The picture as RGB (a new array for YUV formats)."""
        if self.pixel_format == "rgb24":
            return self.data
        code = cv2.COLOR_YUV2RGB_I420 if self.pixel_format == "yuv420p" else cv2.COLOR_YUV2RGB_NV12
        return np.asarray(cv2.cvtColor(self.data, code), dtype=np.uint8)


_VIDEO_TO_FULL = np.clip((np.arange(256) - 16) * 255 / 219 + 0.5, 0, 255).astype(np.uint8)


class CameraFeed:
    """Newest-frame mailbox plus status; ``preview`` (the self view) gets every picture, YUV as captured.

    ``put`` and ``fail`` may be called from any thread: off the event loop's thread they hop onto it.
    ``stand_in`` marks a synthetic camera shown because no real one exists (the check says CAMERA_NONE).
    """

    def __init__(self, name: str, *, preview: FrameSlot | None = None, stand_in: bool = False) -> None:
        self.name = name
        self.preview = preview
        self.stand_in = stand_in
        self._status = CameraStatus.STARTING
        self._frame: CameraFrame | None = None
        self._seq = 0
        self._started_at = time.monotonic()
        self._first_frame_at: float | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread = threading.get_ident()
        self._changed: asyncio.Event | None = None
        self._listeners: list[Callable[[CameraStatus], None]] = []

    @property
    def status(self) -> CameraStatus:
        return self._status

    @property
    def count(self) -> int:
        """How many pictures were put so far."""
        return self._seq

    @property
    def open_time_s(self) -> float | None:
        """Seconds from creating the feed (opening the device) to its first picture."""
        return None if self._first_frame_at is None else self._first_frame_at - self._started_at

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Deliver on ``loop``; call from its thread (the first ``next_frame`` does it for you)."""
        self._loop = loop
        self._thread = threading.get_ident()

    def newest(self) -> CameraFrame | None:
        return self._frame

    def put(
        self, data: PixelData, pixel_format: str, width: int, height: int, full_range: bool = False
    ) -> None:
        """Store the newest picture (ignored once the feed has ended)."""
        if self._hop(self.put, data, pixel_format, width, height, full_range) or self._status in ENDED:
            return
        if pixel_format not in FORMATS:
            raise ValueError(f"unsupported pixel format {pixel_format!r}")
        now = time.monotonic()
        self._seq += 1
        self._frame = CameraFrame(data, pixel_format, width, height, self._seq, now, full_range)
        if self._first_frame_at is None:
            self._first_frame_at = now
        if self._status is not CameraStatus.RUNNING:
            self._set_status(CameraStatus.RUNNING)
        if self.preview is not None:
            if pixel_format == "rgb24":
                self.preview.put(data)
            else:  # YUV as captured: the self view converts it at its own (small) size, only when shown
                self.preview.put_video(av.VideoFrame.from_ndarray(data, format=pixel_format))
        self._wake()

    def fail(self, status: CameraStatus) -> None:
        """The device stopped for ``status`` (an ended state); readers wake and see it."""
        if status not in ENDED:
            raise ValueError(f"{status} is not an ended state")
        if self._hop(self.fail, status) or self._status in ENDED:
            return
        self._set_status(status)
        self._wake()

    def listen(self, callback: Callable[[CameraStatus], None]) -> Callable[[], None]:
        """Call ``callback(status)`` on every status change; returns a function that stops it."""
        self._listeners.append(callback)
        return lambda: self._listeners.remove(callback) if callback in self._listeners else None

    async def next_frame(self, after: int = 0, wait_s: float | None = None) -> CameraFrame | None:
        """The newest picture with ``seq > after``; None if the feed ended or ``wait_s`` passed first."""
        if self._loop is None:
            self.bind(asyncio.get_running_loop())
        deadline = None if wait_s is None else time.monotonic() + wait_s
        while True:
            frame = self._frame
            if frame is not None and frame.seq > after and self._status is CameraStatus.RUNNING:
                return frame
            if self._status in ENDED:
                return None
            if self._changed is None:
                self._changed = asyncio.Event()
            event = self._changed
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                return None
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except TimeoutError:
                return None

    def _set_status(self, status: CameraStatus) -> None:
        self._status = status
        for listener in list(self._listeners):
            listener(status)

    def _wake(self) -> None:
        event, self._changed = self._changed, None
        if event is not None:
            event.set()

    def _hop(self, method: Callable[..., None], *args: object) -> bool:
        """Re-schedule ``method`` on the loop's thread if called from another one; True if it did."""
        loop = self._loop
        if loop is None or threading.get_ident() == self._thread or loop.is_closed():
            return False
        loop.call_soon_threadsafe(method, *args)
        return True

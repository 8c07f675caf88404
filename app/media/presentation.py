"""What is sent while presenting a screen, a window or a PDF page: a slowly paced, letterboxed video track.

Whoever captures (the UI: a screen grab, a window grab, a rendered PDF page) puts RGB pictures into a
``FrameSlot``; ``PresentationTrack`` hands out the newest one at its own pace (default 10 fps), scaled
to fit ``size`` with its aspect ratio kept and black bars around it. There is never a queue: a picture
replaced before the encoder asked for it is simply never sent, and a still picture (a PDF page) is
sent again at every tick so the receiver's decoder keeps going. The track is meant to be swapped in as
the source of the call's sent ``SwitchableTrack`` (no renegotiation). No Qt.
"""

from __future__ import annotations

from fractions import Fraction

import av
import numpy as np
from aiortc.mediastreams import VIDEO_CLOCK_RATE, MediaStreamError, VideoStreamTrack

from app.media.frame_slot import FrameSlot, RGBFrame
from app.media.pacing import Pacer
from app.media.present_size import PRESENT_FPS, PRESENT_SIZE, fit_size

VIDEO_TIME_BASE = Fraction(1, VIDEO_CLOCK_RATE)


def letterbox(rgb: RGBFrame, size: tuple[int, int]) -> RGBFrame:
    """``rgb`` scaled to fit ``size`` (width, height) keeping its aspect ratio, centred on black."""
    out_w, out_h = size
    height, width = rgb.shape[:2]
    fit_w, fit_h = fit_size(width, height, size)
    if (fit_w, fit_h) == (width, height):
        scaled = np.ascontiguousarray(rgb)
    else:
        frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(rgb), format="rgb24")
        small = frame.reformat(width=fit_w, height=fit_h, format="rgb24", interpolation="AREA")
        scaled = np.asarray(small.to_ndarray(), dtype=np.uint8)
    canvas = np.zeros((out_h, out_w, 3), dtype=np.uint8)
    top, left = (out_h - fit_h) // 2, (out_w - fit_w) // 2
    canvas[top : top + fit_h, left : left + fit_w] = scaled
    return canvas


class PresentationTrack(VideoStreamTrack):
    """Sends the newest picture of ``slot`` at ``fps``, letterboxed to ``size``.

    Before the first picture arrives it sends black. ``preview`` (if given) gets each new letterboxed
    picture once, for the presenter's self view. pts are 90 kHz slots of the pacer: slots a slow
    consumer missed are skipped, never sent late.
    """

    def __init__(
        self,
        slot: FrameSlot,
        *,
        size: tuple[int, int] = PRESENT_SIZE,
        fps: float = PRESENT_FPS,
        preview: FrameSlot | None = None,
    ) -> None:
        super().__init__()
        width, height = size
        if width % 2 or height % 2:
            raise ValueError("width and height must be even (yuv420p)")
        self.slot = slot
        self.size = (width, height)  # announced, so a SwitchableTrack's filler has this shape
        self.fps = fps
        self.preview = preview
        self._pacer = Pacer(fps, VIDEO_CLOCK_RATE)
        self._seq = -1  # slot sequence of the cached picture
        self._canvas: RGBFrame = np.zeros((height, width, 3), dtype=np.uint8)
        self._sent = 0

    @property
    def frames_sent(self) -> int:
        return self._sent

    def current(self) -> RGBFrame:
        """The letterboxed newest picture (converted once per new picture)."""
        newest = self.slot.peek()
        if newest is not None and newest.seq != self._seq:
            self._seq = newest.seq
            self._canvas = letterbox(newest.rgb, self.size)
            if self.preview is not None:
                self.preview.put(self._canvas)
        return self._canvas

    async def recv(self) -> av.VideoFrame:
        if self.readyState != "live":
            raise MediaStreamError
        pts = await self._pacer.next()
        if self.readyState != "live":
            raise MediaStreamError
        frame = av.VideoFrame.from_ndarray(self.current(), format="rgb24")
        frame.pts = pts
        frame.time_base = VIDEO_TIME_BASE
        self._sent += 1
        return frame


__all__ = ["PRESENT_FPS", "PRESENT_SIZE", "PresentationTrack", "fit_size", "letterbox"]

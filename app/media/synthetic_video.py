"""A synthetic camera: a moving colour test pattern, stamped with frame counter and send time."""

from __future__ import annotations

import math
from fractions import Fraction

import av
import numpy as np
import numpy.typing as npt
from aiortc.mediastreams import VIDEO_CLOCK_RATE, MediaStreamError, VideoStreamTrack

from app.media.frame_slot import FrameSlot, RGBFrame
from app.media.pacing import Pacer
from app.media.stamp import plane_view, stamp_video_frame, wall_clock_ms

VIDEO_TIME_BASE = Fraction(1, VIDEO_CLOCK_RATE)
_STEP = (2, 4)  # pixels per frame the pattern moves down and right


def make_pattern(width: int, height: int) -> RGBFrame:
    """A colourful picture that tiles seamlessly, so rolling it gives smooth motion without edges."""
    x = np.arange(width, dtype=np.float32)[None, :] / width
    y = np.arange(height, dtype=np.float32)[:, None] / height
    tau = 2 * math.pi
    shape = (height, width)
    red = np.broadcast_to(0.5 + 0.5 * np.sin(tau * x), shape)
    green = 0.5 + 0.5 * np.sin(tau * (x + y + 1 / 3))
    blue = np.broadcast_to(0.5 + 0.5 * np.sin(tau * (2 * y + 2 / 3)), shape)
    rgb = np.stack([red, green, blue], axis=2)
    # Squares whose size divides both dimensions give the encoder edges and texture to work on.
    side = _checker_side(width, height)
    checker = ((np.arange(height)[:, None] // side + np.arange(width)[None, :] // side) % 2).astype(
        np.float32
    )
    rgb *= (0.65 + 0.35 * checker)[:, :, None]
    return np.ascontiguousarray((rgb * 255).clip(0, 255).astype(np.uint8))


def to_yuv420p_planes(rgb: RGBFrame) -> tuple[npt.NDArray[np.uint8], ...]:
    """The Y, U and V planes (copies) of an RGB picture, converted by swscale as an encoder's input is."""
    height, width = rgb.shape[:2]
    frame = av.VideoFrame.from_ndarray(rgb, format="rgb24").reformat(format="yuv420p")
    sizes = ((width, height), (width // 2, height // 2), (width // 2, height // 2))
    return tuple(plane_view(frame, i, w, h).copy() for i, (w, h) in enumerate(sizes))


def roll_into(dst: npt.NDArray[np.uint8], src: npt.NDArray[np.uint8], down: int, right: int) -> None:
    """``dst[...] = np.roll(src, (down, right), axis=(0, 1))`` without the intermediate array."""
    height, width = src.shape[:2]
    down, right = down % height, right % width
    rows = (
        (slice(down, None), slice(None, height - down)),
        (slice(None, down), slice(height - down, None)),
    )
    cols = (
        (slice(right, None), slice(None, width - right)),
        (slice(None, right), slice(width - right, None)),
    )
    for dst_rows, src_rows in rows:
        for dst_cols, src_cols in cols:
            dst[dst_rows, dst_cols] = src[src_rows, src_cols]


def _checker_side(width: int, height: int) -> int:
    common = math.gcd(width, height)
    sides = [d for d in range(8, 49) if common % d == 0]
    return max(sides) if sides else 40


class PatternVideoTrack(VideoStreamTrack):
    """Moving test pattern at ``size`` and ``fps``; each frame carries a stamp (see app.media.stamp).

    ``recv`` waits for the next frame slot (90 kHz pts, like aiortc's VideoStreamTrack, but slots a
    late consumer missed are skipped), renders the newest picture, stamps it with the running counter
    and the wall-clock time at hand-out, and returns it as ``yuv420p``, as a camera delivers it: the
    pattern is converted to YUV once, each frame is that picture rolled plane by plane straight into
    the frame (the same pixels as ``render`` converted by the encoder, without an RGB frame, a copy
    and a conversion per frame). If ``preview`` is given, the same frame is also put there for the
    self view (it is never modified afterwards; the view converts it when it draws it), so no frame is
    rendered twice. ``render`` gives the same picture in RGB (the call bench's quality score).
    """

    def __init__(
        self,
        size: tuple[int, int] = (640, 480),
        fps: float = 30.0,
        *,
        preview: FrameSlot | None = None,
    ) -> None:
        super().__init__()
        width, height = size
        if width % 2 or height % 2:
            raise ValueError("width and height must be even (yuv420p)")
        self._size = (width, height)
        self._fps = fps
        self._base = make_pattern(width, height)
        self._base_yuv = to_yuv420p_planes(self._base)
        self._pacer = Pacer(fps, VIDEO_CLOCK_RATE)
        self._counter = 0
        self.preview = preview

    @property
    def size(self) -> tuple[int, int]:
        return self._size

    @property
    def fps(self) -> float:
        return self._fps

    @property
    def frames_sent(self) -> int:
        """How many frames ``recv`` handed out (the next frame's stamp counter)."""
        return self._counter

    def render(self, counter: int) -> RGBFrame:
        """The unstamped picture for frame ``counter`` (a fresh array)."""
        height, width = self._base.shape[:2]
        shift = ((counter * _STEP[0]) % height, (counter * _STEP[1]) % width)
        rolled: npt.NDArray[np.uint8] = np.roll(self._base, shift, axis=(0, 1))
        return rolled

    async def recv(self) -> av.VideoFrame:
        if self.readyState != "live":
            raise MediaStreamError
        pts = await self._pacer.next()
        if self.readyState != "live":
            raise MediaStreamError
        counter = self._counter
        self._counter += 1
        frame = self.render_yuv(counter)
        stamp_video_frame(frame, counter, wall_clock_ms())
        frame.pts = pts
        frame.time_base = VIDEO_TIME_BASE
        if self.preview is not None:
            self.preview.put_video(frame)
        return frame

    def render_yuv(self, counter: int) -> av.VideoFrame:
        """The unstamped picture for frame ``counter`` as a new ``yuv420p`` frame."""
        width, height = self._size
        frame = av.VideoFrame(width, height, "yuv420p")
        down, right = counter * _STEP[0], counter * _STEP[1]  # even: chroma moves by half
        for index, base in enumerate(self._base_yuv):
            plane_h, plane_w = base.shape
            scale = 1 if index == 0 else 2
            roll_into(plane_view(frame, index, plane_w, plane_h), base, down // scale, right // scale)
        return frame

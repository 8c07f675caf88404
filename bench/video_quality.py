"""Quality of the received picture against the sent one: Y-PSNR and SSIM, for the call bench.

The synthetic source's picture is a function of its frame counter (``PatternVideoTrack.render``)
plus the stamp (counter and send time), and the stamp is read back from the decoded frame, so the
exact frame that was sent can be rebuilt on the receiving side. Both are compared on their luma
(Y) plane, the sent one converted with FFmpeg's swscale as the encoder's input was. SSIM uses the
usual constants (K1 = 0.01, K2 = 0.03, L = 255) over 8×8 windows (box, not Gaussian).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import av
import numpy as np
import numpy.typing as npt

from app.media.stamp import encode_stamp, read_stamp_frame
from app.media.synthetic_video import PatternVideoTrack

Plane = npt.NDArray[np.uint8]
_WINDOW = 8
_C1 = (0.01 * 255) ** 2
_C2 = (0.03 * 255) ** 2


def luma(frame: av.VideoFrame) -> Plane:
    """The Y plane of a frame as a ``(height, width)`` array (a copy)."""
    yuv = frame if frame.format.name == "yuv420p" else frame.reformat(format="yuv420p")
    plane = yuv.planes[0]
    rows = np.frombuffer(plane, dtype=np.uint8).reshape(yuv.height, plane.line_size)
    return np.array(rows[:, : yuv.width])


def psnr(sent: Plane, received: Plane) -> float:
    """Peak signal-to-noise ratio in dB (``inf`` for identical planes)."""
    mse = float(np.mean((sent.astype(np.float64) - received.astype(np.float64)) ** 2))
    return math.inf if mse == 0 else 10 * math.log10(255.0**2 / mse)


def _box_means(plane: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Means over every ``_WINDOW``×``_WINDOW`` window (valid positions only)."""
    total = np.pad(plane, ((1, 0), (1, 0))).cumsum(axis=0).cumsum(axis=1)
    w = _WINDOW
    sums = total[w:, w:] - total[:-w, w:] - total[w:, :-w] + total[:-w, :-w]
    means: npt.NDArray[np.float64] = sums / (w * w)
    return means


def ssim(sent: Plane, received: Plane) -> float:
    """Mean structural similarity of two planes, 1.0 for identical."""
    x, y = sent.astype(np.float64), received.astype(np.float64)
    mx, my = _box_means(x), _box_means(y)
    vx = _box_means(x * x) - mx * mx
    vy = _box_means(y * y) - my * my
    cov = _box_means(x * y) - mx * my
    index = ((2 * mx * my + _C1) * (2 * cov + _C2)) / ((mx * mx + my * my + _C1) * (vx + vy + _C2))
    return float(index.mean())


@dataclass(frozen=True, slots=True)
class Quality:
    psnr_db: float
    ssim: float


class QualityMeter:
    """Keeps the luma of sampled received frames; ``score()`` compares them with what was sent.

    ``sample(frame)`` is cheap (one plane copy); the comparison runs in ``score()``, after the
    measuring window, so it does not count in the CPU figure.
    """

    def __init__(self, size: tuple[int, int], every: int = 10) -> None:
        self._size = size
        self._every = every
        self._seen = 0
        self._kept: list[tuple[int, int, Plane]] = []

    def sample(self, frame: av.VideoFrame) -> None:
        self._seen += 1
        if self._seen % self._every:
            return
        stamp = read_stamp_frame(frame)
        if stamp is not None and (frame.width, frame.height) == self._size:
            self._kept.append((stamp.counter, stamp.ts_ms, luma(frame)))

    def score(self) -> Quality | None:
        """Mean PSNR and SSIM over the sampled frames, or None if none was sampled."""
        if not self._kept:
            return None
        source = PatternVideoTrack(self._size)
        try:
            results = [compare(sent_luma(source, counter, ts_ms), got) for counter, ts_ms, got in self._kept]
        finally:
            source.stop()
        return Quality(
            psnr_db=float(np.mean([r.psnr_db for r in results])),
            ssim=float(np.mean([r.ssim for r in results])),
        )


def sent_luma(source: PatternVideoTrack, counter: int, ts_ms: int) -> Plane:
    """The luma of the frame the synthetic source sent with this counter and send time."""
    rgb = source.render(counter)
    encode_stamp(rgb, counter, ts_ms)
    return luma(av.VideoFrame.from_ndarray(rgb, format="rgb24"))


# Luma weights (Kr, Kb) of the matrices a WebCodecs ``VideoColorSpace`` may name.
LUMA_WEIGHTS = {"bt709": (0.2126, 0.0722), "bt470bg": (0.299, 0.114), "smpte170m": (0.299, 0.114)}


def sent_luma_as(source: PatternVideoTrack, counter: int, ts_ms: int, matrix: str, full_range: bool) -> Plane:
    """The sent frame's luma in the colour space a receiver declares (Chromium tags its frames)."""
    rgb = source.render(counter)
    encode_stamp(rgb, counter, ts_ms)
    kr, kb = LUMA_WEIGHTS[matrix]
    red, green, blue = (rgb[:, :, i].astype(np.float64) for i in range(3))
    y = kr * red + (1 - kr - kb) * green + kb * blue
    if not full_range:
        y = 16 + y * 219 / 255
    return np.clip(np.rint(y), 0, 255).astype(np.uint8)


def compare(sent: Plane, received: Plane) -> Quality:
    return Quality(psnr_db=psnr(sent, received), ssim=ssim(sent, received))

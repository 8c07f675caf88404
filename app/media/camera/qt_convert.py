"""QVideoFrame → numpy picture for a ``CameraFeed``, keeping YUV as YUV (no RGB round trip).

Planar and semi-planar frames (YUV420P, YV12, NV12, NV21, Y8; YUV422P, halving its chroma rows) are
packed into one ``(h*3/2, w)`` array that ``av.VideoFrame.from_ndarray`` takes as ``yuv420p`` or
``nv12`` — what the encoder wants anyway. Packed 4:2:2 (YUYV, UYVY), 32-bit RGB variants and MJPEG
become ``rgb24``. Other formats (10-bit, GPU textures) return None; the adapter counts them. Row
padding (``bytesPerLine``) is dropped; odd sizes are cropped to even.
"""

from __future__ import annotations

from typing import NamedTuple

import cv2
import numpy as np
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from app.media.camera.feed import PixelData

PF = QVideoFrameFormat.PixelFormat
_RGB32 = {  # byte order in memory → indices of R, G, B
    PF.Format_RGBA8888: (0, 1, 2),
    PF.Format_RGBX8888: (0, 1, 2),
    PF.Format_BGRA8888: (2, 1, 0),
    PF.Format_BGRA8888_Premultiplied: (2, 1, 0),
    PF.Format_BGRX8888: (2, 1, 0),
    PF.Format_ARGB8888: (1, 2, 3),
    PF.Format_ARGB8888_Premultiplied: (1, 2, 3),
    PF.Format_XRGB8888: (1, 2, 3),
    PF.Format_ABGR8888: (3, 2, 1),
    PF.Format_XBGR8888: (3, 2, 1),
}
_PACKED_422 = {PF.Format_YUYV: cv2.COLOR_YUV2RGB_YUYV, PF.Format_UYVY: cv2.COLOR_YUV2RGB_UYVY}
_PLANAR = {
    PF.Format_YUV420P,
    PF.Format_YV12,
    PF.Format_NV12,
    PF.Format_NV21,
    PF.Format_Y8,
    PF.Format_YUV422P,
}
SUPPORTED = frozenset({*_RGB32, *_PACKED_422, *_PLANAR, PF.Format_Jpeg})


class Picture(NamedTuple):
    """A converted frame, ready for ``CameraFeed.put``."""

    data: PixelData
    pixel_format: str
    width: int
    height: int
    full_range: bool


def convert(frame: QVideoFrame) -> Picture | None:
    """The frame's pixels as a ``Picture``, or None if its format is not supported or mapping fails."""
    pixel_format = frame.pixelFormat()
    if pixel_format not in SUPPORTED or not frame.map(QVideoFrame.MapMode.ReadOnly):
        return None
    try:
        width, height = frame.width() & ~1, frame.height() & ~1
        full = frame.surfaceFormat().colorRange() == QVideoFrameFormat.ColorRange.ColorRange_Full
        if pixel_format in _PLANAR:
            return _planar(frame, pixel_format, width, height, full)
        if pixel_format == PF.Format_Jpeg:
            return _jpeg(frame)
        packed = _plane(frame, 0, height, width * (2 if pixel_format in _PACKED_422 else 4))
        if pixel_format in _PACKED_422:
            rgb = cv2.cvtColor(packed.reshape(height, width, 2), _PACKED_422[pixel_format])
        else:
            rgb = packed.reshape(height, width, 4)[:, :, list(_RGB32[pixel_format])]
        return Picture(np.ascontiguousarray(rgb, dtype=np.uint8), "rgb24", width, height, True)
    finally:
        frame.unmap()


def _plane(frame: QVideoFrame, index: int, rows: int, row_bytes: int) -> PixelData:
    """``rows`` rows of ``row_bytes`` bytes of plane ``index``, without the row padding."""
    stride = frame.bytesPerLine(index)
    flat = np.frombuffer(frame.bits(index), dtype=np.uint8)
    return flat[: rows * stride].reshape(rows, stride)[:, :row_bytes]


def _planar(frame: QVideoFrame, pixel_format: PF, width: int, height: int, full: bool) -> Picture:
    out = np.empty((height * 3 // 2, width), np.uint8)
    out[:height] = _plane(frame, 0, height, width)
    chroma = out[height:].reshape(-1)
    quarter = (height // 2) * (width // 2)
    if pixel_format == PF.Format_Y8:
        chroma[:] = 128
        return Picture(out, "yuv420p", width, height, True)
    if pixel_format in (PF.Format_NV12, PF.Format_NV21):
        uv = _plane(frame, 1, height // 2, width)
        if pixel_format == PF.Format_NV21:  # VU pairs → UV pairs
            uv = uv.reshape(height // 2, width // 2, 2)[:, :, ::-1].reshape(height // 2, width)
        chroma[:] = uv.reshape(-1)
        return Picture(out, "nv12", width, height, full)
    if pixel_format == PF.Format_YUV422P:  # chroma on every row: keep every other row (4:2:0)
        first = _plane(frame, 1, height, width // 2)[::2].reshape(-1)
        second = _plane(frame, 2, height, width // 2)[::2].reshape(-1)
    else:
        first = _plane(frame, 1, height // 2, width // 2).reshape(-1)
        second = _plane(frame, 2, height // 2, width // 2).reshape(-1)
    u, v = (second, first) if pixel_format == PF.Format_YV12 else (first, second)
    chroma[:quarter], chroma[quarter:] = u, v
    return Picture(out, "yuv420p", width, height, full)


def _jpeg(frame: QVideoFrame) -> Picture | None:
    encoded = np.frombuffer(frame.bits(0), dtype=np.uint8)[: frame.mappedBytes(0)]
    bgr = cv2.imdecode(encoded, cv2.IMREAD_COLOR)
    if bgr is None:
        return None
    height, width = bgr.shape[0] & ~1, bgr.shape[1] & ~1
    rgb = np.ascontiguousarray(cv2.cvtColor(bgr[:height, :width], cv2.COLOR_BGR2RGB), dtype=np.uint8)
    return Picture(rgb, "rgb24", width, height, True)

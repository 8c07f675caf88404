"""Reads the stamp back from the pixels a ``VideoView`` actually painted: sender-to-paint latency.

After each paint of a new frame (``VideoView.framePainted``) the probe waits for the event loop to
come round once (the window's backing store has then been flushed to the screen), copies the stamp
band out of the top-level window's backing store, maps it back to the frame's own pixel grid and
decodes it with ``app.media.stamp.read_stamp``. Latency = wall clock at read-back − send time in
the stamp. A band that does not read (a frame drawn too small, a stamp damaged) counts as unread.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QPoint, QRectF, QTimer
from PySide6.QtGui import QImage

from app.media.stamp import read_stamp, stamp_geometry, wall_clock_ms
from app.ui.widgets.video_view import VideoView


def band_from_image(
    image: QImage, target: QRectF, frame_w: int, frame_h: int
) -> npt.NDArray[np.uint8] | None:
    """The stamp band of a frame drawn into ``target`` of ``image``, resampled to the frame's grid.

    Returns a ``(band_height, frame_w)`` luma array, or None if the band lies outside the image or the
    frame is too small to carry a stamp.
    """
    try:
        geometry = stamp_geometry(frame_w, frame_h)
    except ValueError:  # a frame scaled down below the stamp's size (a lowered link level)
        return None
    scale_x, scale_y = target.width() / frame_w, target.height() / frame_h
    left, top = target.x(), target.y()
    # Sample each frame pixel of the band at the centre of where it was drawn (nearest neighbour).
    xs = np.floor(left + (np.arange(frame_w) + 0.5) * scale_x).astype(np.intp)
    ys = np.floor(top + (np.arange(geometry.band_height) + 0.5) * scale_y).astype(np.intp)
    # Both are increasing: the first and last entries are their bounds.
    if int(xs[0]) < 0 or int(ys[0]) < 0 or int(xs[-1]) >= image.width() or int(ys[-1]) >= image.height():
        return None
    rows_needed = int(ys[-1]) + 1
    gray = image.copy(0, 0, image.width(), rows_needed).convertToFormat(QImage.Format.Format_Grayscale8)
    buffer = np.frombuffer(gray.constBits(), dtype=np.uint8, count=gray.sizeInBytes())
    pixels = buffer.reshape(rows_needed, gray.bytesPerLine())[:, : gray.width()]
    band: npt.NDArray[np.uint8] = np.ascontiguousarray(pixels[np.ix_(ys, xs)])
    return band


class PaintProbe:
    """Collects the sender-to-paint latency of every frame ``view`` paints while ``measuring``."""

    def __init__(self, view: VideoView) -> None:
        self._view = view
        self.measuring = False
        self.latencies: list[int] = []
        self.painted = 0
        self.unread = 0
        view.framePainted.connect(self._on_painted)

    def _on_painted(self, target: QRectF, frame_w: int, frame_h: int) -> None:
        if not self.measuring:
            return
        self.painted += 1
        # Where the view sits in its window, so the rectangle can be found in the window's buffer.
        offset = self._view.mapTo(self._view.window(), QPoint(0, 0))
        placed = QRectF(target).translated(offset.x(), offset.y())
        QTimer.singleShot(0, lambda: self._read(placed, frame_w, frame_h))

    def _read(self, placed: QRectF, frame_w: int, frame_h: int) -> None:
        store = self._view.window().backingStore()
        device = store.paintDevice() if store is not None else None
        stamp = None
        if isinstance(device, QImage):
            ratio = device.devicePixelRatio()
            scaled = QRectF(
                placed.x() * ratio, placed.y() * ratio, placed.width() * ratio, placed.height() * ratio
            )
            band = band_from_image(device, scaled, frame_w, frame_h)
            stamp = read_stamp(band) if band is not None else None
        if stamp is None:
            self.unread += 1
            return
        self.latencies.append(stamp.latency_ms(wall_clock_ms()))

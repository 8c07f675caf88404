"""A widget that paints the newest RGB frame of a FrameSlot, scaled with its aspect ratio.

It polls ``FrameSlot.peek()`` on a ~30 Hz timer while visible and keeps its own sequence
number, so two views may watch the same slot (``take_new`` would split frames between them).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QHideEvent, QImage, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.media.frame_slot import FrameSlot, RGBFrame

POLL_MS = 33
BACKGROUND = QColor("#1b2430")
PLACEHOLDER_INK = QColor("#c9d1db")


def fit_rect(frame_w: int, frame_h: int, area: QRect) -> QRectF:
    """The largest rectangle of the frame's aspect ratio centred inside ``area``."""
    if frame_w <= 0 or frame_h <= 0 or area.width() <= 0 or area.height() <= 0:
        return QRectF()
    scale = min(area.width() / frame_w, area.height() / frame_h)
    w, h = frame_w * scale, frame_h * scale
    return QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)


class VideoView(QWidget):
    """Draws the newest frame of ``slot``; shows ``placeholder`` text when there is none."""

    def __init__(
        self, slot: FrameSlot | None = None, *, mirrored: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self._slot = slot
        self._mirrored = mirrored
        self._placeholder = ""
        self._rgb: RGBFrame | None = None  # keeps the buffer alive while _image points into it
        self._image: QImage | None = None
        self._seq = 0
        self._painted_seq = 0
        self.frames_drawn = 0  # distinct frames painted so far (tests and the self-test read it)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.refresh)

    def set_slot(self, slot: FrameSlot | None) -> None:
        self._slot = slot
        self.clear()

    def set_mirrored(self, mirrored: bool) -> None:
        self._mirrored = mirrored
        self.update()

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.update()

    def placeholder(self) -> str:
        return self._placeholder

    def has_frame(self) -> bool:
        return self._image is not None

    def clear(self) -> None:
        """Forget the current frame and show the placeholder again."""
        self._rgb = None
        self._image = None
        self._seq = 0
        self.update()

    def refresh(self) -> None:
        """Take the slot's newest frame if it is one this view has not shown yet."""
        frame = self._slot.peek() if self._slot is not None else None
        if frame is None or frame.seq == self._seq:
            return
        self._seq = frame.seq
        rgb = np.ascontiguousarray(frame.rgb)
        height, width = rgb.shape[0], rgb.shape[1]
        self._rgb = rgb
        self._image = QImage(rgb.data, width, height, rgb.strides[0], QImage.Format.Format_RGB888)
        self.update()

    def showEvent(self, event: QShowEvent) -> None:
        self._timer.start()
        self.refresh()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        if self._image is not None:
            target = fit_rect(self._image.width(), self._image.height(), self.rect())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            if self._mirrored:
                painter.translate(target.center().x() * 2, 0)
                painter.scale(-1, 1)
            painter.drawImage(target, self._image)
            if self._painted_seq != self._seq:
                self._painted_seq = self._seq
                self.frames_drawn += 1
        elif self._placeholder:
            painter.setPen(PLACEHOLDER_INK)
            font = QFont(self.font())
            font.setPointSize(max(10, min(16, self.height() // 14)))
            painter.setFont(font)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.rect().adjusted(12, 12, -12, -12), int(flags), self._placeholder)
        painter.end()

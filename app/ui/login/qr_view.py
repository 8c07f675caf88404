"""Draws a QR code (made with segno, pure Python) as crisp black modules on white."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks


class QrView(QWidget):
    """Shows ``data`` as a QR code; ``None`` shows nothing. ``modules`` is the matrix drawn (for tests)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: str | None = None
        self.modules: list[list[bool]] = []
        self.setMinimumSize(QSize(220, 220))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("QR")

    def set_data(self, data: str | None) -> None:
        if data == self.data:
            return
        self.data = data
        self.modules = []
        if data is not None:
            import segno  # with the first BankID code, not at start-up

            self.modules = [[bool(m) for m in row] for row in segno.make(data, error="l").matrix]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.modules:
            return
        painter = QPainter(self)
        count = len(self.modules) + 2 * QUIET_ZONE
        side = min(self.width(), self.height())
        cell = side / count
        painter.fillRect(QRectF(0, 0, side, side), QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self.modules):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF((x + QUIET_ZONE) * cell, (y + QUIET_ZONE) * cell, cell, cell))
        painter.end()

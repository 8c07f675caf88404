"""Draw the two apps' icons (PNG at every size Briefcase asks for) into resources/icons.

Run once after changing the design: ``.venv/bin/python scripts/make_icons.py``. The PNGs are
committed; Briefcase reads ``resources/icons/<app>-<size>.png``. The patient icon is a blue speech
bubble, the clinician's a green one with a white cross, so the two builds are told apart at a glance.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPolygonF

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 32, 64, 128, 256, 512)
APPS = {"samtale_patient": ("#1d5fa8", False), "samtale_clinic": ("#1f7a4d", True)}


def draw(size: int, colour: str, cross: bool) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(4 * s, 6 * s, 56 * s, 40 * s), 12 * s, 12 * s)
    tail = QPolygonF([QPointF(16 * s, 44 * s), QPointF(14 * s, 58 * s), QPointF(30 * s, 44 * s)])
    bubble.addPolygon(tail)
    painter.fillPath(bubble.simplified(), QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffffff"))
    if cross:
        painter.drawRect(QRectF(28 * s, 14 * s, 8 * s, 24 * s))
        painter.drawRect(QRectF(20 * s, 22 * s, 24 * s, 8 * s))
    else:  # two heads: a conversation
        painter.drawEllipse(QPointF(23 * s, 22 * s), 6 * s, 6 * s)
        painter.drawEllipse(QPointF(41 * s, 22 * s), 6 * s, 6 * s)
        painter.drawRoundedRect(QRectF(14 * s, 30 * s, 18 * s, 10 * s), 5 * s, 5 * s)
        painter.drawRoundedRect(QRectF(32 * s, 30 * s, 18 * s, 10 * s), 5 * s, 5 * s)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    for app, (colour, cross) in APPS.items():
        for size in SIZES:
            if not draw(size, colour, cross).save(str(ICONS / f"{app}-{size}.png")):
                print(f"could not write {app}-{size}.png")
                return 1
    print(f"wrote {len(APPS) * len(SIZES)} icons to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

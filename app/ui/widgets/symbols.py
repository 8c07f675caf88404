"""Simple line symbols for the call bar, drawn with QPainter in the button's own text colour.

No icon files and no emoji font are needed, so the symbols look the same on every desktop and take
the theme's colours (high contrast included). Each symbol is drawn into a square ``QRectF``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

Draw = Callable[[QPainter, QRectF], None]


def _pen(painter: QPainter, colour: QColor, box: QRectF) -> None:
    pen = QPen(colour, max(2.0, box.width() / 12))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _slash(p: QPainter, b: QRectF) -> None:
    p.drawLine(
        QPointF(b.left() + b.width() * 0.12, b.top() + b.height() * 0.08),
        QPointF(b.right() - b.width() * 0.12, b.bottom() - b.height() * 0.08),
    )


def _microphone(p: QPainter, b: QRectF) -> None:
    w, h = b.width(), b.height()
    p.drawRoundedRect(QRectF(b.left() + w * 0.36, b.top() + h * 0.05, w * 0.28, h * 0.5), w * 0.14, w * 0.14)
    p.drawArc(QRectF(b.left() + w * 0.22, b.top() + h * 0.2, w * 0.56, h * 0.5), 180 * 16, 180 * 16)
    p.drawLine(QPointF(b.center().x(), b.top() + h * 0.7), QPointF(b.center().x(), b.top() + h * 0.88))
    p.drawLine(
        QPointF(b.left() + w * 0.34, b.top() + h * 0.9), QPointF(b.left() + w * 0.66, b.top() + h * 0.9)
    )


def _camera(p: QPainter, b: QRectF) -> None:
    w, h = b.width(), b.height()
    p.drawRoundedRect(QRectF(b.left() + w * 0.06, b.top() + h * 0.28, w * 0.6, h * 0.44), w * 0.08, w * 0.08)
    path = QPainterPath(QPointF(b.left() + w * 0.66, b.top() + h * 0.45))
    path.lineTo(b.left() + w * 0.94, b.top() + h * 0.3)
    path.lineTo(b.left() + w * 0.94, b.top() + h * 0.7)
    path.lineTo(b.left() + w * 0.66, b.top() + h * 0.55)
    p.drawPath(path)


def _chat(p: QPainter, b: QRectF) -> None:
    w, h = b.width(), b.height()
    path = QPainterPath()
    path.addRoundedRect(
        QRectF(b.left() + w * 0.08, b.top() + h * 0.12, w * 0.84, h * 0.58), w * 0.12, w * 0.12
    )
    p.drawPath(path)
    tail = QPainterPath(QPointF(b.left() + w * 0.3, b.top() + h * 0.7))
    tail.lineTo(b.left() + w * 0.22, b.top() + h * 0.9)
    tail.lineTo(b.left() + w * 0.48, b.top() + h * 0.7)
    p.drawPath(tail)
    for x in (0.32, 0.5, 0.68):
        p.drawPoint(QPointF(b.left() + w * x, b.top() + h * 0.41))


def _people(p: QPainter, b: QRectF) -> None:
    w, h = b.width(), b.height()
    for cx, r in ((0.36, 0.15), (0.7, 0.12)):
        p.drawEllipse(QPointF(b.left() + w * cx, b.top() + h * 0.3), w * r, w * r)
    p.drawArc(QRectF(b.left() + w * 0.08, b.top() + h * 0.52, w * 0.56, h * 0.6), 0, 180 * 16)
    p.drawArc(QRectF(b.left() + w * 0.5, b.top() + h * 0.5, w * 0.44, h * 0.5), 0, 150 * 16)


def _present(p: QPainter, b: QRectF) -> None:
    w, h = b.width(), b.height()
    p.drawRoundedRect(QRectF(b.left() + w * 0.06, b.top() + h * 0.14, w * 0.88, h * 0.58), w * 0.06, w * 0.06)
    p.drawLine(
        QPointF(b.left() + w * 0.34, b.top() + h * 0.88), QPointF(b.left() + w * 0.66, b.top() + h * 0.88)
    )
    c = b.left() + w * 0.5
    p.drawLine(QPointF(c, b.top() + h * 0.58), QPointF(c, b.top() + h * 0.28))
    p.drawLine(QPointF(c - w * 0.12, b.top() + h * 0.4), QPointF(c, b.top() + h * 0.28))
    p.drawLine(QPointF(c + w * 0.12, b.top() + h * 0.4), QPointF(c, b.top() + h * 0.28))


def _layout(p: QPainter, b: QRectF) -> None:
    w, h = b.width(), b.height()
    for x in (0.1, 0.54):
        for y in (0.14, 0.54):
            p.drawRoundedRect(QRectF(b.left() + w * x, b.top() + h * y, w * 0.36, h * 0.32), 2, 2)


def _more(p: QPainter, b: QRectF) -> None:
    pen = p.pen()
    pen.setWidthF(pen.widthF() * 2)
    p.setPen(pen)
    for x in (0.22, 0.5, 0.78):
        p.drawPoint(QPointF(b.left() + b.width() * x, b.center().y()))


def _leave(p: QPainter, b: QRectF) -> None:
    """A telephone handset laid down."""
    w, h = b.width(), b.height()
    path = QPainterPath(QPointF(b.left() + w * 0.1, b.top() + h * 0.62))
    path.cubicTo(
        b.left() + w * 0.1,
        b.top() + h * 0.3,
        b.right() - w * 0.1,
        b.top() + h * 0.3,
        b.right() - w * 0.1,
        b.top() + h * 0.62,
    )
    path.lineTo(b.right() - w * 0.28, b.top() + h * 0.66)
    path.lineTo(b.right() - w * 0.3, b.top() + h * 0.52)
    path.cubicTo(
        b.left() + w * 0.6,
        b.top() + h * 0.46,
        b.left() + w * 0.4,
        b.top() + h * 0.46,
        b.left() + w * 0.3,
        b.top() + h * 0.52,
    )
    path.lineTo(b.left() + w * 0.28, b.top() + h * 0.66)
    path.closeSubpath()
    p.setBrush(p.pen().color())
    p.drawPath(path)


SYMBOLS: dict[str, Draw] = {
    "microphone": _microphone,
    "camera": _camera,
    "chat": _chat,
    "people": _people,
    "present": _present,
    "layout": _layout,
    "more": _more,
    "leave": _leave,
}


def draw_symbol(painter: QPainter, name: str, box: QRectF, colour: QColor, *, crossed: bool = False) -> None:
    """Draw the symbol ``name`` in ``box``; ``crossed`` strikes it through (microphone or camera off)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    _pen(painter, colour, box)
    SYMBOLS[name](painter, box)
    if crossed:
        _pen(painter, colour, box)
        _slash(painter, box)
    painter.restore()

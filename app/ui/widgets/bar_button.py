"""A large call-bar button: a line symbol with its words below (one or two lines), as in the bars of
Jitsi Meet, Zoom, Teams and Google Meet, sized for people with low vision (never under 44 px high).

It stays a ``QPushButton``, so the style sheet draws its background, border, checked state and focus
ring, and ``text()`` and the accessible name stay the words a screen reader says. The symbol and the
words are painted here in the theme's ink for that state; a toggled-off microphone or camera shows its
symbol struck through, so the state is never told by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPaintEvent
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton, QStylePainter, QWidget

from app.ui.theme import current_palette
from app.ui.widgets.symbols import draw_symbol

MIN_HEIGHT = 44  # WCAG 2.5.5's target size; the bar's buttons are larger still
PAD_X, PAD_Y, GAP = 8, 6, 3


def split_words(text: str, fm: QFontMetrics, one_line: int) -> list[str]:
    """``text`` on one line if it is no wider than ``one_line`` pixels, else on two balanced lines."""
    words: list[str] = []
    for word in text.split():  # "(2 new)" stays together
        if words and words[-1].startswith("(") and not words[-1].endswith(")"):
            words[-1] += " " + word
        else:
            words.append(word)
    if len(words) < 2 or fm.horizontalAdvance(text) <= one_line:
        return [text]
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    best = min(splits, key=lambda s: max(fm.horizontalAdvance(s[0]), fm.horizontalAdvance(s[1])))
    return list(best)


class BarButton(QPushButton):
    """``symbol`` (see ``app.ui.widgets.symbols``) above the button's text."""

    def __init__(
        self, symbol: str, parent: QWidget | None = None, *, crossed_when_checked: bool = False
    ) -> None:
        super().__init__(parent)
        self.symbol = symbol
        self.crossed_when_checked = crossed_when_checked
        self.lines_reserved = 1  # the bar evens its buttons out to the tallest one's lines
        self.setProperty("barButton", True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def _symbol_size(self) -> int:
        return max(22, QFontMetrics(self.font()).height() * 5 // 4)

    def lines(self) -> list[str]:
        fm = QFontMetrics(self.font())
        return split_words(self.text(), fm, fm.averageCharWidth() * 11)

    def line_count(self) -> int:
        return len(self.lines())

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        text_w = max(fm.horizontalAdvance(line) for line in self.lines())
        rows = max(self.lines_reserved, self.line_count())
        width = max(self._symbol_size(), text_w) + 2 * PAD_X + 6
        height = 2 * PAD_Y + self._symbol_size() + GAP + rows * fm.lineSpacing()
        return QSize(width, max(MIN_HEIGHT, height))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _ink(self) -> QColor:
        palette = current_palette()
        if self.objectName() == "hangUp":
            return QColor(palette.on_danger)
        if self.isChecked():
            return QColor(palette.on_checked)
        return QColor(palette.ink)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        option.features &= ~QStyleOptionButton.ButtonFeature.HasMenu
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        ink = self._ink()
        if not self.isEnabled():
            ink.setAlphaF(0.45)
        fm = QFontMetrics(self.font())
        lines = self.lines()
        side = self._symbol_size()
        block = side + GAP + len(lines) * fm.lineSpacing()
        top = (self.height() - block) / 2
        box = QRectF((self.width() - side) / 2, top, side, side)
        crossed = self.crossed_when_checked and self.isChecked()
        draw_symbol(painter, self.symbol, box, ink, crossed=crossed)
        painter.setPen(ink)
        painter.setFont(self.font())
        y = top + side + GAP
        for line in lines:
            area = QRectF(0, y, self.width(), fm.lineSpacing())
            painter.drawText(area, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), line)
            y += fm.lineSpacing()
        painter.end()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
        super().changeEvent(event)

"""The name over one gallery picture, so a sighted person can tell who is who.

``TileLabel`` is a small child widget laid over a tile's bottom-left corner (a paint step of its own:
the ``VideoView`` under it draws its frames as before). It says the person's name, "host" after it,
and a crossed-out microphone drawn in front when their microphone is off — a symbol and words, never
colour alone. It is drawn in the call page's ink on the call page's own dark background, opaque, so
its contrast is the call status line's on whatever picture is underneath, in the high-contrast theme
too (``app/ui/palettes.py``, "tile name"). The one speaking now has the colours swapped and a
"speaking" word; the gallery also rings their tile. A long name is cut at the end with "…"; the
whole text stays the label's accessible name and tool tip. On a tile too
small to carry it (below ``MIN_TILE``) it hides rather than cover the face.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from app.ui.theme import current_palette
from app.ui.widgets.symbols import draw_symbol

translate = QCoreApplication.translate
MIN_TILE = QSize(140, 90)  # a tile smaller than this shows no label: the picture comes first
MARGIN = 6  # from the tile's edges
PAD = 6  # inside the label


class TileLabel(QWidget):
    """The name (host, microphone off, speaking) over the bottom-left corner of ``tile``."""

    def __init__(self, tile: QWidget) -> None:
        super().__init__(tile)
        self.setObjectName("tileName")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.name = ""
        self.host = False
        self.muted = False
        self.speaking = False
        self._shown = ""  # the text as drawn (elided)
        self._cache: tuple[tuple[object, ...], QPixmap] | None = None  # what it looks like, drawn
        tile.installEventFilter(self)
        self._place()

    def set_person(
        self, name: str, *, host: bool = False, muted: bool = False, speaking: bool = False
    ) -> None:
        if (name, host, muted, speaking) == (self.name, self.host, self.muted, self.speaking):
            return
        self.name, self.host, self.muted, self.speaking = name, host, muted, speaking
        self._place()

    def text(self) -> str:
        """The whole text, as read out: "Anna Berg, host, microphone off, speaking"."""
        parts = [self.name]
        if self.host:
            parts.append(translate("TileLabel", "host"))
        if self.muted:
            parts.append(translate("TileLabel", "microphone off"))
        if self.speaking:
            parts.append(translate("TileLabel", "speaking"))
        return ", ".join(p for p in parts if p)

    def shown_text(self) -> str:
        """The text drawn (the name elided when the tile is narrow; no microphone word: its symbol)."""
        return self._shown

    # -- layout ----------------------------------------------------------------------------------
    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(9.0, font.pointSizeF() * 0.95))
        font.setBold(self.speaking)
        return font

    def _place(self) -> None:
        tile = self.parentWidget()
        if tile is None:
            return
        fits = tile.width() >= MIN_TILE.width() and tile.height() >= MIN_TILE.height()
        if not self.name or not fits:
            self._shown = ""
            self.hide()
            return
        metrics = QFontMetrics(self._font())
        symbol = metrics.height() if self.muted else 0
        words = [self.name, translate("TileLabel", "host") if self.host else ""]
        if self.speaking:
            words.append(translate("TileLabel", "speaking"))
        suffix = "".join(f" · {w}" for w in words[1:] if w)
        room = tile.width() - 2 * MARGIN - 2 * PAD - (symbol + PAD if symbol else 0)
        name = metrics.elidedText(
            self.name, Qt.TextElideMode.ElideRight, max(0, room - metrics.horizontalAdvance(suffix))
        )
        if not name.strip("…"):  # not even a letter of the name fits beside the words: the name alone
            name, suffix = metrics.elidedText(self.name, Qt.TextElideMode.ElideRight, max(0, room)), ""
        self._shown = name + suffix
        width = metrics.horizontalAdvance(self._shown) + 2 * PAD + (symbol + PAD if symbol else 0)
        height = metrics.height() + PAD
        self.setGeometry(MARGIN, tile.height() - MARGIN - height, width, height)
        self.setAccessibleName(self.text())
        self.setToolTip(self.text())
        self.show()
        self.raise_()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._place()
        super().changeEvent(event)

    # -- paint -----------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        # Repainted with every frame of the picture under it: drawn once into a pixmap, then copied.
        palette = current_palette()
        ratio = self.devicePixelRatioF()
        key = (self._shown, self.muted, self.speaking, self.width(), self.height(), palette.name, ratio)
        if self._cache is None or self._cache[0] != key:
            self._cache = (key, self._render(QColor(palette.call_ink), QColor(palette.call_bg), ratio))
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._cache[1])
        painter.end()

    def _render(self, ink: QColor, ground: QColor, ratio: float) -> QPixmap:
        if self.speaking:
            ink, ground = ground, ink
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ground)
        painter.drawRoundedRect(QRectF(self.rect()), 4, 4)
        font = self._font()
        painter.setFont(font)
        metrics = QFontMetrics(font)
        x = PAD
        if self.muted:
            side = metrics.height()
            box = QRectF(x, (self.height() - side) / 2, side, side)
            draw_symbol(painter, "microphone", box, ink, crossed=True)
            x += side + PAD
        painter.setPen(ink)
        text_box = QRectF(x, 0, self.width() - x - PAD, self.height())
        painter.drawText(
            text_box, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), self._shown
        )
        painter.end()
        return pixmap


__all__ = ["MIN_TILE", "TileLabel"]

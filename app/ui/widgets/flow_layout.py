"""A row of controls that wraps onto the next line when the window is too narrow for it.

Used for the rows of buttons whose words differ in length between nb, sv and en and grow with the
system text size (the call bar, the host's room buttons, the pre-call check's buttons): a QHBoxLayout
would squeeze a button below its text and cut the words off, or force the window wider than the
screen. Items keep their size hint; a stretch item (``add_stretch``) pushes what follows to the
right end of its line.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    # QLayout's item protocol -------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._live())

    def itemAt(self, index: int) -> QLayoutItem | None:
        items = self._live()
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        items = self._live()
        return items.pop(index) if 0 <= index < len(items) else None

    def _live(self) -> list[QLayoutItem]:
        # Qt deletes a widget's layout item when the widget is destroyed without always asking
        # takeAt() first; such items are dropped here before anyone touches them.
        self._items = [i for i in self._items if shiboken6.isValid(i)]
        return self._items

    def add_stretch(self) -> None:
        """What comes after goes to the right end of its line."""
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    def insert_widget(self, index: int, widget: QWidget) -> None:
        """``widget`` at ``index`` (QLayout has no insert; ``addWidget`` appends, then it moves)."""
        self.addWidget(widget)
        self._items.insert(index, self._items.pop())

    # Geometry ------------------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.sizeHint())
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._live() if not _hidden(i.widget())]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        stretch: QLayoutItem | None = None  # goes with the item after it, onto that item's line
        for item in self._visible():
            if item.spacerItem() is not None:
                stretch = item
                continue
            need = item.sizeHint().width()
            if used > 0 and used + self._spacing + need > width:
                lines.append([])
                used = 0
            if stretch is not None:
                lines[-1].append(stretch)
                stretch = None
            used += (self._spacing if used else 0) + need
            lines[-1].append(item)
        return lines

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        y = area.y()
        for line in self._lines(area.width()):
            widgets = [i for i in line if i.spacerItem() is None]
            if not widgets:
                continue
            height = max(i.sizeHint().height() for i in widgets)
            natural = sum(i.sizeHint().width() for i in widgets) + self._spacing * (len(widgets) - 1)
            spare = max(0, area.width() - natural)
            x = area.x()
            for item in line:
                if item.spacerItem() is not None:
                    x += spare  # a stretch takes the line's spare room
                    spare = 0
                    continue
                hint = item.sizeHint()
                if apply:
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                x += hint.width() + self._spacing
            y += height + self._spacing
        return max(0, y - self._spacing - area.y()) + margins.top() + margins.bottom()


def _hidden(widget: QWidget | None) -> bool:
    return widget is not None and widget.isHidden()

"""The remote picture filling the call page, with your own picture small in one of its corners.

The self view is a picture-in-picture as in Jitsi Meet, Zoom, Teams and Meet: at most a fifth of the
stage's width and a third of its height (so it never hides much of the other person), in the corner
``corner`` (bottom right first). It can be hidden and shown, moved to the next corner (a button in
the call bar's More menu), or dragged with the mouse: it lands in the corner nearest to where it was
dropped. A double-click anywhere on the stage asks for full screen (``doubleClicked``).
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QMargins, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from app.media.frame_slot import FrameSlot
from app.ui.widgets.video_view import VideoView

MARGIN = 12
WIDTH_SHARE = 5  # the self view is at most 1/5 of the stage's width …
HEIGHT_SHARE = 3  # … and at most 1/3 of its height
MAX_WIDTH = 320
MIN_WIDTH = 80


class Corner(IntEnum):
    BOTTOM_RIGHT = 0
    BOTTOM_LEFT = 1
    TOP_LEFT = 2
    TOP_RIGHT = 3


class SelfView(VideoView):
    """Your own picture; drag it with the mouse to another corner."""

    dropped = Signal(QPoint)  # where its centre was let go, in the stage's coordinates

    def __init__(self, slot: FrameSlot | None, parent: QWidget | None = None) -> None:
        super().__init__(slot, mirrored=True, parent=parent)
        self.setMinimumSize(0, 0)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._grab: QPoint | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)  # a light frame sets it apart from the picture behind it
        painter.setPen(QPen(QColor("#c9d1db"), 2))
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._grab = event.position().toPoint()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._grab is not None:
            self.move(self.mapToParent(event.position().toPoint()) - self._grab)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._grab is not None:
            self._grab = None
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            self.dropped.emit(self.geometry().center())
            event.accept()
            return
        super().mouseReleaseEvent(event)


class RemoteStage(VideoView):
    """The remote picture with the self view in one of its corners."""

    doubleClicked = Signal()

    def __init__(
        self, remote: FrameSlot | None, local: FrameSlot | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(remote, parent=parent)
        self.self_view = SelfView(local, parent=self)
        self.corner = Corner.BOTTOM_RIGHT
        self.self_view_hidden = False
        self.self_view.dropped.connect(self._dropped)

    def self_view_size(self) -> tuple[int, int]:
        """4:3, no wider than a fifth and no taller than a third of the stage."""
        width = min(MAX_WIDTH, self.width() // WIDTH_SHARE, self.height() // HEIGHT_SHARE * 4 // 3)
        width = max(min(MIN_WIDTH, self.width() // WIDTH_SHARE), width)
        return width, width * 3 // 4

    def set_self_view_hidden(self, hidden: bool) -> None:
        self.self_view_hidden = hidden
        self.self_view.setVisible(not hidden)
        self._place()

    def next_corner(self) -> Corner:
        """Move the self view on to the next corner (clockwise from bottom right)."""
        self.set_corner(Corner((self.corner + 1) % len(Corner)))
        return self.corner

    def set_corner(self, corner: Corner) -> None:
        self.corner = corner
        self._place()

    def _dropped(self, centre: QPoint) -> None:
        left = centre.x() < self.width() / 2
        top = centre.y() < self.height() / 2
        corners = {
            (False, False): Corner.BOTTOM_RIGHT,
            (True, False): Corner.BOTTOM_LEFT,
            (True, True): Corner.TOP_LEFT,
            (False, True): Corner.TOP_RIGHT,
        }
        self.set_corner(corners[(left, top)])

    def _place(self) -> None:
        s = self.self_view
        s.setFixedSize(*self.self_view_size())
        right = self.corner in (Corner.BOTTOM_RIGHT, Corner.TOP_RIGHT)
        bottom = self.corner in (Corner.BOTTOM_RIGHT, Corner.BOTTOM_LEFT)
        x = self.width() - s.width() - MARGIN if right else MARGIN
        y = self.height() - s.height() - MARGIN if bottom else MARGIN
        s.move(x, y)
        # The "waiting for the picture" words stay clear of the self view's side of the stage.
        clear = 0 if self.self_view_hidden else s.width() + 2 * MARGIN
        self.keep_placeholder_clear_of(QMargins(0 if right else clear, 0, clear if right else 0, 0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.doubleClicked.emit()
        event.accept()

"""The remote tiles of a call in one of four layouts: speaker, gallery, pinned, and interpreter.

Speaker and pinned show one participant large (the focus, or the one pinned); gallery shows equal
tiles, up to nine, in a square-ish grid (a media-server room receives only the pictures its last-N
rule chose, app/core/last_n.py; a peer-to-peer room has at most four others); interpreter gives two
participants (say the clinician and a sign-language interpreter) equal main tiles side by side with
anyone else small below, as Norsk Helsenett's 4+0 does. Each
remote participant has its own ``FrameSlot``; tiles only draw while visible. Every tile carries the
person's name over the picture (``TileLabel``: name, host, microphone off), and the one speaking now
(when the call knows it: a media-server room's talking events) is ringed and marked "speaking".
"""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGridLayout, QWidget

from app.media.frame_slot import FrameSlot
from app.ui.call.tile_label import TileLabel
from app.ui.theme import current_palette
from app.ui.widgets.video_view import VideoView, initials

MAX_TILES = 4  # a peer-to-peer room: at most four others
SFU_MAX_TILES = 9  # a media-server room: what the last-N rule chose, at most nine
SYNC_MS = 1000  # how often the set of remote slots is re-read while the gallery is visible
RING = 4  # pixels of the ring round the speaker's tile (drawn in the grid's spacing, not on the picture)


class Layout(StrEnum):
    SPEAKER = "speaker"
    GALLERY = "gallery"
    PINNED = "pinned"
    INTERPRETER = "interpreter"


class Gallery(QWidget):
    """Tiles for up to four remote participants (nine in a media-server room), arranged by ``layout``."""

    doubleClicked = Signal()  # on any tile: the call page toggles full screen

    def __init__(
        self,
        slots: Callable[[], dict[str, FrameSlot]],
        parent: QWidget | None = None,
        *,
        speaker: Callable[[], str | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("gallery")
        self._slots = slots
        self._speaker = speaker  # who speaks now, if the call knows (None: not known)
        self.speaking: str | None = None
        self.hosts: set[str] = set()
        self.muted: set[str] = set()
        self.labels: dict[str, TileLabel] = {}
        self.layout_mode = Layout.GALLERY
        self.max_tiles = MAX_TILES
        self.pinned: str | None = None
        self.names: dict[str, str] = {}
        self.video_off: set[str] = set()
        self.paused: set[str] = set()  # whose picture is paused to keep the sound (never a frozen frame)
        self._people_known = False  # a room state said who is in the call: tiles only for them
        self.tiles: dict[str, VideoView] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(8, 8, 8, 8)
        self._grid.setSpacing(8)
        self._sync = QTimer(self, interval=SYNC_MS)
        self._sync.timeout.connect(self.sync)

    def set_layout(self, mode: Layout, pinned: str | None = None) -> None:
        self.layout_mode = mode
        if pinned is not None:
            self.pinned = pinned
        self._arrange()

    def set_people(
        self,
        names: dict[str, str],
        video_off: set[str],
        *,
        hosts: set[str] | None = None,
        muted: set[str] | None = None,
    ) -> None:
        """Who is in the call (from the room state) and whose camera is off: someone who left loses
        their tile now, not when their link has closed; a camera that is off shows their initials.
        ``hosts`` and ``muted`` (microphone off) are marked on the name over their picture."""
        self.names, self.video_off, self._people_known = dict(names), set(video_off), True
        self.hosts, self.muted = set(hosts or ()), set(muted or ())
        self.sync()

    def set_max_tiles(self, count: int) -> None:
        """Four in a peer-to-peer room, nine in a media-server room."""
        if count != self.max_tiles:
            self.max_tiles = count
            self.sync()

    def set_paused(self, paused: set[str]) -> None:
        """Whose picture is paused now: their tile says so instead of showing their last frame."""
        self.paused = set(paused)
        self.sync()

    def sync(self) -> None:
        """Make one tile per remote slot (at most ``max_tiles``), dropping tiles of people who left."""
        present = list(self._slots().items())
        if self._people_known:
            present = [(pid, slot) for pid, slot in present if pid in self.names]
        slots = dict(list(present)[: self.max_tiles])
        changed = set(slots) != set(self.tiles)
        for pid in [p for p in self.tiles if p not in slots]:
            tile = self.tiles.pop(pid)
            self.labels.pop(pid, None)
            self._grid.removeWidget(tile)
            tile.deleteLater()
        speaking = self._speaker()
        if speaking != self.speaking:
            self.speaking = speaking
            self.update()  # the ring moves
        for pid, slot in slots.items():
            if pid not in self.tiles:
                self.tiles[pid] = VideoView(slot, parent=self)
                self.labels[pid] = TileLabel(self.tiles[pid])
            tile, name = self.tiles[pid], self.names.get(pid, "")
            self.labels[pid].set_person(
                name, host=pid in self.hosts, muted=pid in self.muted, speaking=pid == self.speaking
            )
            if pid in self.video_off:
                tile.show_off(initials(name), self.tr("{name} has turned the camera off").format(name=name))
            elif pid in self.paused:
                caption = self.tr("Picture paused. {name} can still be heard.").format(name=name)
                tile.show_off(initials(name), caption)
            else:
                tile.show_video()
                tile.setAccessibleName(name)
                tile.set_placeholder(name)
        if changed:
            self._arrange()

    def arrangement(self) -> list[tuple[str, int, int, int, int]]:
        """(participant, row, column, row span, column span) for each visible tile."""
        ids = list(self.tiles)
        if not ids:
            return []
        if self.layout_mode in (Layout.SPEAKER, Layout.PINNED):
            main = self.pinned if self.layout_mode is Layout.PINNED and self.pinned in self.tiles else ids[0]
            return [(main, 0, 0, 1, 1)]
        if self.layout_mode is Layout.INTERPRETER:
            pinned = self.pinned
            if pinned is not None and pinned in ids:
                ids.remove(pinned)
                ids.insert(0, pinned)
            placed = [(pid, 0, col, 1, 1 if len(ids) > 1 else 2) for col, pid in enumerate(ids[:2])]
            return placed + [(pid, 1, col, 1, 1) for col, pid in enumerate(ids[2:])]
        columns = max(1, math.ceil(math.sqrt(len(ids))))
        return [(pid, i // columns, i % columns, 1, 1) for i, pid in enumerate(ids)]

    def _arrange(self) -> None:
        for tile in self.tiles.values():
            self._grid.removeWidget(tile)
            tile.hide()
        placed = self.arrangement()
        for pid, row, col, rows, cols in placed:
            self._grid.addWidget(self.tiles[pid], row, col, rows, cols)
            self.tiles[pid].show()
        self._grid.setRowStretch(0, 3)
        self._grid.setRowStretch(1, 1 if self.layout_mode is Layout.INTERPRETER else 3)
        self._grid.setRowStretch(2, 3 if any(row == 2 for _pid, row, *_rest in placed) else 0)
        self.update()  # the speaker's ring follows their tile

    def speaker_tile(self) -> VideoView | None:
        """The tile ringed as speaking now (None: nobody, or not known)."""
        tile = self.tiles.get(self.speaking or "")
        return tile if tile is not None and tile.isVisible() and len(self.tiles) > 1 else None

    def paintEvent(self, event: QPaintEvent) -> None:
        tile = self.speaker_tile()
        if tile is None:
            return
        painter = QPainter(self)
        pen = QPen(QColor(current_palette().ink), RING)  # the page's ink on the page between the tiles
        painter.setPen(pen)
        half = RING // 2
        painter.drawRect(tile.geometry().adjusted(-half - 1, -half - 1, half, half))
        painter.end()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.doubleClicked.emit()
        event.accept()

    def showEvent(self, event: object) -> None:
        self._sync.start()
        self.sync()
        super().showEvent(event)  # type: ignore[arg-type]

    def hideEvent(self, event: object) -> None:
        self._sync.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

"""The clinician's open rooms, from the service: each with its code, how many wait, Open and Close.

Shown before a room is open (after sign-in, after a restart of the app, or after "All my rooms"), so
a room and the patients waiting in it are never lost with the app.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.protocol import RoomSummary
from app.ui.widgets.named import named


class RoomRow(QFrame):
    """One open room: its name, code (or address) and who is there, with Open and Close."""

    openRequested = Signal(object)  # RoomInfo
    closeRequested = Signal(str)  # room id

    def __init__(self, summary: RoomSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomRow")
        self.summary = summary
        self.label = named(QLabel(wordWrap=True), "body")
        self.open_button = named(QPushButton(), "roomOpen")
        self.close_button = named(QPushButton(), "roomClose")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.close_button)
        self.open_button.clicked.connect(lambda: self.openRequested.emit(summary.room))
        self.close_button.clicked.connect(lambda: self.closeRequested.emit(summary.room.room_id))
        self.retranslate()

    def name(self) -> str:
        room = self.summary.room
        if self.summary.standing:
            return self.tr("Your personal room")
        return room.title or self.tr("Video consultation")

    def retranslate(self) -> None:
        room, summary = self.summary.room, self.summary
        where = room.address if room.address else room.code
        waiting = self.tr("%n waiting", None, summary.waiting)
        parts = [self.name(), where, waiting]
        if summary.in_call:
            parts.append(self.tr("%n in the call", None, summary.in_call))
        self.label.setText(" · ".join(parts))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open {room}").format(room=self.name()))
        self.close_button.setText(self.tr("Close room"))
        self.close_button.setAccessibleName(self.tr("Close {room}").format(room=self.name()))
        self.close_button.setAccessibleDescription(
            self.tr("Patients waiting in it are told the room was closed")
        )


class RoomListView(QWidget):
    """The list of open rooms with a heading, or a sentence when there are none."""

    openRequested = Signal(object)  # RoomInfo
    closeRequested = Signal(str)  # room id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = named(QLabel(), "subheading")
        self.empty = named(QLabel(wordWrap=True), "hint")
        self.rows: list[RoomRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addLayout(self._rows_layout)
        self.retranslate()

    def set_rooms(self, rooms: list[RoomSummary]) -> None:
        for row in self.rows:
            self._rows_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for summary in rooms:
            row = RoomRow(summary, self)
            row.openRequested.connect(self.openRequested.emit)
            row.closeRequested.connect(self.closeRequested.emit)
            self._rows_layout.addWidget(row)
            self.rows.append(row)
        self.empty.setVisible(not rooms)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your open rooms"))
        self.empty.setText(self.tr("You have no open rooms. Create one, or open your personal room."))
        for row in self.rows:
            row.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

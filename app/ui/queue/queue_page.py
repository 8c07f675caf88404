"""The clinician's room page: their open rooms, the personal room and "Create room"; then the open
room's join code to give out and the waiting patients, with "All my rooms" and "Close room"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.core.protocol import QueueEntry, RoomInfo, RoomSummary
from app.ui.bridge import ClinicianBridge
from app.ui.queue.queue_model import QueueModel
from app.ui.queue.queue_view import QueueView
from app.ui.queue.room_list import RoomListView
from app.ui.queue.room_options import RoomOptions
from app.ui.queue.standing_room import StandingRoomForm
from app.ui.widgets.confirm_bar import ConfirmBar
from app.ui.widgets.copy_button import CopyButton
from app.ui.widgets.named import named
from app.ui.widgets.page import Page

QUEUE_COLUMN_WIDTH = 860


class QueuePage(Page):
    """Before a room exists: one "Create room" button. After: code, link and the queue."""

    def __init__(self, bridge: ClinicianBridge, model: QueueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self.model = model
        self._keyboard_on_create = False
        self.code = named(QLabel(alignment=Qt.AlignmentFlag.AlignCenter), "code")
        # The code and link can be reached by Tab and copied from the keyboard too.
        selectable = (
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code.setTextInteractionFlags(selectable)
        self.code.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.link = named(QLabel(wordWrap=True), "hint")
        self.link.setTextInteractionFlags(selectable)
        self.link.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.queue_heading = named(QLabel(), "subheading")
        self.empty = named(QLabel(wordWrap=True), "hint")
        self.view = QueueView(model)
        self.set_column_width(QUEUE_COLUMN_WIDTH)
        scroll = named(QScrollArea(), "queueScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = named(QWidget(), "queueHolder")
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.view)
        holder_layout.addStretch(1)
        scroll.setWidget(holder)
        scroll.setMinimumHeight(220)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: it follows the focused row
        self.room_part = QWidget()
        room_layout = QVBoxLayout(self.room_part)
        room_layout.setContentsMargins(0, 0, 0, 0)
        room_layout.setSpacing(12)
        self.admit_all = named(QPushButton(), "admitAll")  # issue 5: shown when two or more wait
        self.admit_all.hide()
        self.all_rooms = named(QPushButton(), "allRooms")
        self.close_room = named(QPushButton(), "closeRoom")
        room_actions = QHBoxLayout()
        room_actions.addWidget(self.all_rooms)
        room_actions.addWidget(self.close_room)
        room_actions.addStretch(1)
        self.copy_link = CopyButton(
            lambda: self._bridge.room.link if self._bridge.room is not None else "",
            lambda: self.tr("Copy link"),
            lambda: self.tr("Link copied"),
        )
        self.copy_code = CopyButton(
            lambda: self._bridge.room.code if self._bridge.room is not None else "",
            lambda: self.tr("Copy code"),
            lambda: self.tr("Code copied"),
        )
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_link)
        copy_row.addWidget(self.copy_code)
        copy_row.addStretch(1)
        room_layout.addWidget(self.code)
        room_layout.addWidget(self.link)
        room_layout.addLayout(copy_row)
        for widget in (self.queue_heading, self.empty, self.admit_all, scroll):
            room_layout.addWidget(widget)
        room_layout.addLayout(room_actions)
        self._room_layout = room_layout
        self.content.addWidget(self.room_part)
        self.room_part.hide()

        self.confirm = ConfirmBar()  # "Not now" asks here before the patient is sent away
        room_layout.insertWidget(room_layout.indexOf(self.admit_all), self.confirm)
        # Issue 11: the rooms the service keeps for this clinician, and the standing personal room;
        # then a new room: its type and PINs (issue 5) above "Create room".
        self.my_rooms = RoomListView()
        self.standing = StandingRoomForm()
        self.new_room_heading = named(QLabel(), "subheading")
        self.room_options = RoomOptions()
        for section in self._no_room_widgets():
            self.content.addWidget(section)
        self.my_rooms.openRequested.connect(self._reopen)
        self.my_rooms.closeRequested.connect(self._close)
        self.standing.openRequested.connect(self._open_standing)
        self.all_rooms.clicked.connect(bridge.show_all_rooms)
        self.close_room.clicked.connect(self._close_open_room)
        bridge.roomsListed.connect(self.set_rooms)
        bridge.roomCleared.connect(lambda _room_id: self.clear_room())
        self.primary.clicked.connect(self.create_room)
        self.admit_all.clicked.connect(self._admit_all)
        self.view.admitRequested.connect(self._admit)
        self.view.denyRequested.connect(self._deny)
        bridge.roomCreated.connect(self.set_room)
        bridge.queueChanged.connect(self.set_entries)
        bridge.actionStarted.connect(self._on_started)
        bridge.actionFinished.connect(self._on_finished)
        model.rowsInserted.connect(self._update_empty)
        model.rowsRemoved.connect(self._update_empty)
        model.modelReset.connect(self._update_empty)
        self.retranslate()

    @property
    def default_focus(self) -> QWidget:
        """Keyboard focus lands on "Create room" (not the personal room's address field) before a room."""
        return self.primary

    def create_room(self) -> None:
        if not self.primary.isEnabled():
            return
        self.clear_error()
        self._bridge.create_room(self.tr("Video consultation"), **self.room_options.chosen())

    def set_room(self, room: RoomInfo) -> None:
        keyboard_was_here = self._keyboard_on_create or self.primary.hasFocus()
        self._keyboard_on_create = False
        self.clear_error()
        self.primary.hide()
        for widget in self._no_room_widgets():
            widget.hide()
        self.room_part.show()  # its queue came with the watch (the list was emptied when left)
        self.model.start_ticking()
        self.retranslate()
        if keyboard_was_here:
            self.code.setFocus()  # the keyboard goes on from the new code, not back to the header

    def clear_room(self) -> None:
        """No room open on the page: back to the list of rooms, the personal room and "Create room"."""
        self.room_part.hide()
        self.model.stop_ticking()
        self.model.set_entries([])
        for widget in (self.primary, *self._no_room_widgets()):
            widget.show()
        self.retranslate()

    def _no_room_widgets(self) -> tuple[QWidget, ...]:
        return (self.my_rooms, self.standing, self.new_room_heading, self.room_options)

    def set_rooms(self, rooms: list[RoomSummary]) -> None:
        self.my_rooms.set_rooms(rooms)
        standing = next((r.room.address for r in rooms if r.standing), None)
        self.standing.set_current(standing)

    def set_entries(self, entries: list[QueueEntry]) -> None:
        self.model.set_entries(entries)

    def retranslate(self) -> None:
        room = self._bridge.room
        if room is None:
            self.heading.setText(self.tr("Start a consultation"))
            self.body.setText(
                self.tr("Open one of your rooms, or create a new one with a code for your patient.")
            )
            self.new_room_heading.setText(self.tr("A new room"))
        else:
            self.heading.setText(room.title or self.tr("Your room is open"))
            self.body.setText(self.tr("Give your patient this code, or send them the link:"))
            self.code.setText(room.code)
            self.code.setAccessibleName(self.tr("Join code: {code}").format(code=" ".join(room.code)))
            self.link.setText(room.link)
            self.link.setAccessibleName(self.tr("Join link: {link}").format(link=room.link))
        self.copy_link.retranslate()
        self.copy_code.retranslate()
        self.copy_link.setAccessibleDescription(
            self.tr("Puts the room's link on the clipboard, to paste in a message")
        )
        self.copy_code.setAccessibleDescription(self.tr("Puts the room's code on the clipboard"))
        self.primary.setText(self.tr("Create room"))
        self.primary.setAccessibleDescription(self.tr("You get a code to give to your patient"))
        self.admit_all.setText(self.tr("Admit everyone"))
        self.admit_all.setAccessibleName(self.tr("Admit everyone who is waiting"))
        self.admit_all.setAccessibleDescription(self.tr("Lets every waiting patient into the consultation"))
        self.queue_heading.setText(self.tr("Waiting patients"))
        self.all_rooms.setText(self.tr("All my rooms"))
        self.all_rooms.setAccessibleDescription(self.tr("The room stays open for your patients"))
        self.close_room.setText(self.tr("Close room"))
        self.close_room.setAccessibleDescription(
            self.tr("Patients waiting in it are told the room was closed")
        )
        self.empty.setText(
            self.tr("Nobody is waiting yet. Patients appear here when they press “I'm ready”.")
        )
        self.model.retranslate()
        self._update_empty()

    def add_room_section(self, widget: QWidget) -> None:
        """The window puts more of the room here (the patients who have it open, to ring)."""
        self._room_layout.addWidget(widget)

    def _update_empty(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)
        self.admit_all.setVisible(self.model.rowCount() >= 2)

    def _reopen(self, room: RoomInfo) -> None:
        self.clear_error()
        self._bridge.reopen_room(room)

    def _close(self, room_id: str) -> None:
        self.clear_error()
        self._bridge.close_room(room_id)

    def _close_open_room(self) -> None:
        room = self._bridge.room
        if room is not None:
            self._close(room.room_id)

    def _open_standing(self, address: str) -> None:
        self.clear_error()
        self._bridge.keep_standing_room(address)

    def _admit_all(self) -> None:
        self.clear_error()
        self._bridge.admit_all()

    def _admit(self, participant_id: str) -> None:
        self.clear_error()
        self._bridge.admit(participant_id)

    def _deny(self, participant_id: str) -> None:
        """Sending a patient away cannot be undone: asked in the page first (issue 11, finding 9)."""
        self.clear_error()
        rows = (self.model.entry(row) for row in range(self.model.rowCount()))
        name = next((e.name for e in rows if e.participant_id == participant_id), "")
        self.ask_deny(participant_id, name)

    def ask_deny(self, participant_id: str, name: str) -> None:
        def texts() -> tuple[str, str, str]:
            return (
                self.tr("Send {name} away? They are told you cannot see them this time.").format(name=name),
                self.tr("Send away"),
                self.tr("Keep waiting"),
            )

        self.confirm.ask(texts, lambda: self._bridge.deny(participant_id))

    def _on_started(self, action: str) -> None:
        if action == "create_room":
            self._keyboard_on_create = self.primary.hasFocus()  # disabling moves focus away
            self.primary.setEnabled(False)

    def _on_finished(self, action: str) -> None:
        if action == "create_room":
            self.primary.setEnabled(True)

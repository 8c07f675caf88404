"""The clinician's room page: "Create room", then the join code to give out and the waiting patients."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.core.protocol import QueueEntry, RoomInfo
from app.ui.bridge import ClinicianBridge
from app.ui.queue.queue_model import QueueModel
from app.ui.queue.queue_view import QueueView
from app.ui.queue.room_options import RoomOptions
from app.ui.widgets.confirm_bar import ConfirmBar
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
        for widget in (self.code, self.link, self.queue_heading, self.empty, self.admit_all, scroll):
            room_layout.addWidget(widget)
        self._room_layout = room_layout
        self.content.addWidget(self.room_part)
        self.room_part.hide()

        self.confirm = ConfirmBar()  # "Not now" asks here before the patient is sent away
        room_layout.insertWidget(room_layout.indexOf(self.admit_all), self.confirm)
        self.room_options = RoomOptions()  # issue 5: room type and PINs, before the room exists
        self.content.addWidget(self.room_options)
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

    def create_room(self) -> None:
        if not self.primary.isEnabled():
            return
        self.clear_error()
        self._bridge.create_room(self.tr("Video consultation"), **self.room_options.chosen())

    def set_room(self, room: RoomInfo) -> None:
        keyboard_was_here = self._keyboard_on_create or self.primary.hasFocus()
        self._keyboard_on_create = False
        self.primary.hide()
        self.room_options.hide()
        self.room_part.show()
        self.model.start_ticking()
        self.retranslate()
        if keyboard_was_here:
            self.code.setFocus()  # the keyboard goes on from the new code, not back to the header

    def set_entries(self, entries: list[QueueEntry]) -> None:
        self.model.set_entries(entries)

    def retranslate(self) -> None:
        room = self._bridge.room
        if room is None:
            self.heading.setText(self.tr("Start a consultation"))
            self.body.setText(self.tr("Create a room. You will get a code to give to your patient."))
        else:
            self.heading.setText(room.title or self.tr("Your room is open"))
            self.body.setText(self.tr("Give your patient this code, or send them the link:"))
            self.code.setText(room.code)
            self.code.setAccessibleName(self.tr("Join code: {code}").format(code=" ".join(room.code)))
            self.link.setText(room.link)
            self.link.setAccessibleName(self.tr("Join link: {link}").format(link=room.link))
        self.primary.setText(self.tr("Create room"))
        self.primary.setAccessibleDescription(self.tr("You get a code to give to your patient"))
        self.admit_all.setText(self.tr("Admit everyone"))
        self.admit_all.setAccessibleName(self.tr("Admit everyone who is waiting"))
        self.admit_all.setAccessibleDescription(self.tr("Lets every waiting patient into the consultation"))
        self.queue_heading.setText(self.tr("Waiting patients"))
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

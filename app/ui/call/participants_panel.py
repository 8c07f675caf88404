"""The participant list of the call: each person's audio, video and hand in words, and the host's controls.

Every state is written out (never shown by colour alone). Hosts get per-person buttons (mute, hard
mute / allow, stop video, send to the waiting room, remove, make host) and room buttons (lock, mute
everyone, end for everyone); each button has an accessible name that says whom it affects, and the
tab order follows the list. Participants get "raise hand" and, when hard-muted, "ask to unmute".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.protocol import Verification
from app.core.protocol.moderation import MediaControl, ParticipantState
from app.ui import messages
from app.ui.room_bridge import RoomBridge
from app.ui.widgets.confirm_bar import Texts
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.named import named

# The call page's confirmation bar (``ConfirmBar.ask``); None acts at once.
Ask = Callable[[Texts, Callable[[], object]], None] | None


def _button(text: str, accessible: str, name: str) -> QPushButton:
    button = named(QPushButton(text), name)
    button.setAccessibleName(accessible)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


class ParticipantRow(QFrame):
    """One person: name, state in words, and (for hosts) the buttons that act on them."""

    def __init__(
        self, room: RoomBridge, person: ParticipantState, host_view: bool, me: bool, ask: Ask = None
    ) -> None:
        super().__init__()
        self._ask = ask
        self.setObjectName("participantRow")
        self.person = person
        self.name = named(QLabel(person.name + (self.tr(" (you)") if me else "")), "participantName")
        self.state = named(QLabel(self.state_text(person), wordWrap=True), "participantState")
        self.state.setAccessibleName(
            self.tr("{name}: {state}").format(name=person.name, state=self.state.text())
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.name)
        layout.addWidget(self.state)
        self.buttons: dict[str, QPushButton] = {}
        if host_view and not me:
            self._host_buttons(room, person, layout)

    def state_text(self, p: ParticipantState) -> str:
        parts = []
        if p.is_host:
            parts.append(self.tr("host"))
        if p.verified_by is Verification.EMAIL:
            parts.append(messages.verification_text(p.verified_by))
        if p.audio_control is MediaControl.HARD_MUTE:
            parts.append(self.tr("muted by the host"))
        else:
            parts.append(self.tr("microphone on") if p.audio_on else self.tr("microphone off"))
        parts.append(self.tr("camera on") if p.video_on else self.tr("camera off"))
        if p.hand_raised:
            parts.append(self.tr("hand raised"))
        if p.presenting:
            parts.append(self.tr("presenting"))
        return " · ".join(parts)

    def _host_buttons(self, room: RoomBridge, p: ParticipantState, layout: QVBoxLayout) -> None:
        pid, who = p.participant_id, p.name
        hard = p.audio_control is MediaControl.HARD_MUTE
        specs: list[tuple[str, str, str, object]] = [
            (
                "mute",
                self.tr("Mute"),
                self.tr("Mute {name}"),
                lambda: room.moderate(pid, audio=MediaControl.MUTE),
            ),
            (
                "hard_mute",
                self.tr("Allow to speak") if hard else self.tr("Mute until allowed"),
                (self.tr("Allow {name} to speak") if hard else self.tr("Mute {name} until allowed")),
                lambda: room.moderate(pid, audio=MediaControl.ALLOW if hard else MediaControl.HARD_MUTE),
            ),
            (
                "stop_video",
                self.tr("Stop video"),
                self.tr("Stop {name}'s video"),
                lambda: room.moderate(pid, video=MediaControl.MUTE),
            ),
            (
                "to_lobby",
                self.tr("To lobby"),
                self.tr("Move {name} to the waiting room"),
                lambda: room.send_to_lobby(pid),
            ),
            (
                "kick",
                self.tr("Remove"),
                self.tr("Remove {name} from the call"),
                lambda: self._remove(room, p),
            ),
        ]
        if p.role.value == "clinician" and not p.is_host:
            specs.append(
                (
                    "make_host",
                    self.tr("Make host"),
                    self.tr("Make {name} the host"),
                    lambda: room.transfer_host(pid),
                )
            )
        flow = FlowLayout(spacing=4)  # as many per line as fit the side panel in this language
        for key, text, accessible, act in specs:
            button = _button(text, accessible.format(name=who), f"host_{key}")
            button.clicked.connect(act)
            self.buttons[key] = button
            flow.addWidget(button)
        layout.addLayout(flow)

    def _remove(self, room: RoomBridge, p: ParticipantState) -> None:
        """Removing bans them from the room: that cannot be undone, so it asks first."""
        pid, who = p.participant_id, p.name

        def texts() -> tuple[str, str, str]:
            return (
                self.tr("Remove {name} from the call? {name} cannot come back into this room.").format(
                    name=who
                ),
                self.tr("Remove"),
                self.tr("Keep in the call"),
            )

        asked(self._ask, texts, lambda: room.kick(pid, True))


def asked(ask: Ask, texts: Texts, act: Callable[[], object]) -> None:
    """Ask with ``ask`` (the call page's confirmation bar) before ``act``; at once where none is given."""
    if ask is None:
        act()
    else:
        ask(texts, act)


class ParticipantsPanel(QWidget):
    """The list of people in the call, with the room's controls above it for hosts."""

    def __init__(self, room: RoomBridge, parent: QWidget | None = None, *, ask: Ask = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantsPanel")
        self._room = room
        self._ask = ask
        self.heading = named(QLabel(), "panelHeading")
        self.lock = _button("", "", "lockRoom")
        self.mute_all = _button("", "", "muteAll")
        self.end_all = _button("", "", "endForAll")
        self.raise_hand = _button("", "", "raiseHand")
        self.ask_unmute = _button("", "", "askToUnmute")
        self.requests = named(QLabel(wordWrap=True), "unmuteRequests")  # hosts: who asks to speak
        self.requests.hide()
        self._asking: list[str] = []
        self.claim_pin = named(QLineEdit(), "claimPin")  # a clinician who is not host: claim with the PIN
        self.claim_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.claim_pin.setMaxLength(32)
        self.claim = _button("", "", "claimHost")
        self.claim_row = QWidget()
        claim_layout = QHBoxLayout(self.claim_row)
        claim_layout.setContentsMargins(0, 0, 0, 0)
        claim_layout.addWidget(self.claim_pin, 1)
        claim_layout.addWidget(self.claim)
        self.room_controls = QWidget()
        controls = FlowLayout(self.room_controls, spacing=6)  # sv's words are long: wrap, never cut
        controls.setContentsMargins(0, 0, 0, 0)
        for button in (self.lock, self.mute_all, self.end_all):
            controls.addWidget(button)
        self.rows: list[ParticipantRow] = []
        holder = named(QWidget(), "callSide")  # styled like the side it sits in
        self._list = QVBoxLayout(holder)
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop: it follows the focused button
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.room_controls)
        layout.addWidget(self.requests)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.raise_hand)
        layout.addWidget(self.ask_unmute)
        layout.addWidget(self.claim_row)
        self.lock.clicked.connect(lambda: room.lock(not room.locked))
        self.mute_all.clicked.connect(lambda: room.moderate(None, audio=MediaControl.MUTE))
        self.end_all.clicked.connect(self._end_for_all)
        self.raise_hand.clicked.connect(lambda: room.raise_hand(not room.hand_raised))
        self.ask_unmute.clicked.connect(room.ask_to_unmute)
        self.claim.clicked.connect(self._claim)
        room.unmuteAsked.connect(self._asked)
        room.roomStateChanged.connect(lambda _people: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        room = self._room
        for row in self.rows:
            self._list.removeWidget(row)
            row.hide()  # at once: a screen reader must not find the old rows until they are deleted
            row.deleteLater()
        self.rows = [
            ParticipantRow(room, p, room.is_host, p.participant_id == room.self_id, self._ask)
            for p in room.participants
        ]
        for index, row in enumerate(self.rows):
            self._list.insertWidget(index, row)
            row.setVisible(True)  # at once, not on Qt's deferred show (the tab order must reach it)
        self.room_controls.setVisible(room.is_host)
        mine = next((p for p in room.participants if p.participant_id == room.self_id), None)
        self.raise_hand.setVisible(mine is not None and not room.is_host)
        self.ask_unmute.setVisible(mine is not None and mine.audio_control is MediaControl.HARD_MUTE)
        clinician = mine is not None and mine.role.value == "clinician"
        self.claim_row.setVisible(clinician and not room.is_host)
        still_muted = {
            p.participant_id for p in room.participants if p.audio_control is MediaControl.HARD_MUTE
        }
        self._asking = [pid for pid in self._asking if pid in still_muted]
        self.retranslate()

    def _asked(self, participant_id: str) -> None:
        if participant_id not in self._asking:
            self._asking.append(participant_id)
        self.retranslate()

    def _end_for_all(self) -> None:
        def texts() -> tuple[str, str, str]:
            return (
                self.tr("End the consultation for everyone?"),
                self.tr("End for all"),
                self.tr("Keep the consultation going"),
            )

        asked(self._ask, texts, self._room.end_call)

    def _claim(self) -> None:
        pin = self.claim_pin.text().strip()
        if pin:
            self._room.claim_host(pin)
            self.claim_pin.clear()

    def retranslate(self) -> None:
        room = self._room
        names = {p.participant_id: p.name for p in room.participants}
        asking = [names[pid] for pid in self._asking if pid in names]
        self.requests.setText(self.tr("Asks to speak: {names}").format(names=", ".join(asking)))
        self.requests.setVisible(room.is_host and bool(asking))
        self.claim_pin.setPlaceholderText(self.tr("Host PIN"))
        self.claim_pin.setAccessibleName(self.tr("Host PIN"))
        self.heading.setText(self.tr("%n person(s) in the call", None, len(room.participants)))
        lock_text = self.tr("Unlock room") if room.locked else self.tr("Lock room")
        for button, text in (
            (self.lock, lock_text),
            (self.mute_all, self.tr("Mute everyone")),
            (self.end_all, self.tr("End for all")),
            (self.raise_hand, self.tr("Lower hand") if room.hand_raised else self.tr("Raise hand")),
            (self.ask_unmute, self.tr("Ask to unmute")),
            (self.claim, self.tr("Become host")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        for button, description in (
            (self.lock, self.tr("While the room is locked, nobody new can come in")),
            (self.mute_all, self.tr("Mutes everyone in the call except you")),
            (self.end_all, self.tr("Ends the consultation for everyone in it")),
            (self.raise_hand, self.tr("Shows the host that you want to speak")),
            (self.ask_unmute, self.tr("Asks the host to let you speak")),
            (self.claim, self.tr("Makes you the host when you have typed the host PIN")),
        ):
            button.setAccessibleDescription(description)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

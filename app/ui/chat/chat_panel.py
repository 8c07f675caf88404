"""The call's text chat: the lines of this call only (never stored), a box to write in, and Send.

A line written while the service is away stays at the bottom, marked "not sent yet", until the
session sends it when the connection is back (then it comes back from the service as a normal line).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.protocol.moderation import MAX_CHAT
from app.session.moderation_events import ChatReceived
from app.ui.locale_format import time_text
from app.ui.room_bridge import RoomBridge
from app.ui.widgets.named import named


class ChatPanel(QWidget):
    """Shows ``room.chat`` and sends what is typed; cleared when the call ends."""

    def __init__(self, room: RoomBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatPanel")
        self._room = room
        self._unsent: list[QListWidgetItem] = []  # at the bottom, after every line the service sent
        self.heading = named(QLabel(), "panelHeading")
        self.lines = named(QListWidget(), "chatLines")
        self.lines.setWordWrap(True)
        self.lines.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.entry = named(QLineEdit(), "chatEntry")
        self.entry.setMaxLength(MAX_CHAT)
        self.send = named(QPushButton(), "chatSend")
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.lines, 1)
        layout.addLayout(row)
        self.send.clicked.connect(self._send)
        self.entry.returnPressed.connect(self._send)
        room.chatReceived.connect(self._add)
        room.chatUnsentChanged.connect(lambda _lines: self._show_unsent())
        room.roomStateChanged.connect(lambda people: self._clear() if not people else None)
        room.sentToLobby.connect(self._clear)
        self.retranslate()

    def _send(self) -> None:
        if self._room.send_chat(self.entry.text()) is not None:
            self.entry.clear()

    def _add(self, line: ChatReceived) -> None:
        who = self.tr("You") if line.own else line.name
        stamp = time_text(line.at)  # the UI language's clock, not the system locale's
        self.lines.insertItem(self.lines.count() - len(self._unsent), f"{stamp}  {who}: {line.text}")
        self.lines.scrollToBottom()

    def _show_unsent(self) -> None:
        """The own lines still waiting for the connection, marked in words (and in italics)."""
        for item in self._unsent:
            self.lines.takeItem(self.lines.row(item))
        self._unsent = []
        for text in self._room.unsent:
            item = QListWidgetItem(
                self.tr("{who}: {text} (not sent yet: it is sent when the connection is back)").format(
                    who=self.tr("You"), text=text
                )
            )
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            self.lines.addItem(item)
            self._unsent.append(item)
        self.lines.scrollToBottom()

    def _clear(self) -> None:
        self.lines.clear()
        self._unsent = []

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Chat (not saved)"))
        self.lines.setAccessibleName(self.tr("Chat messages"))
        self.entry.setPlaceholderText(self.tr("Write a message"))
        self.entry.setAccessibleName(self.tr("Write a message"))
        self.send.setText(self.tr("Send"))
        self.send.setAccessibleName(self.tr("Send message"))
        if self._unsent:
            self._show_unsent()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

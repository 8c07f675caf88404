"""Says state changes ("Microphone off", "You have been let in") to screen readers.

Each announcement is posted as a ``QAccessibleAnnouncementEvent`` (Qt 6.8+: Orca, NVDA and VoiceOver
speak it) and is also kept as the text and accessible name of a tiny status label, so platforms
without announcement support can read the latest one, and tests can see the whole ``history``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget

MAX_HISTORY = 50


class Announcer(QLabel):
    """A one-pixel live status line of a window; ``announce(text)`` speaks ``text``."""

    announced = Signal(str, bool)  # text, assertive

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("announcer")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFixedSize(1, 1)  # in the accessible tree, but not in anyone's way on screen
        self.setStyleSheet("color: transparent; background: transparent; border: none;")
        self.history: list[str] = []  # what was announced, oldest first (the last MAX_HISTORY)

    @property
    def last(self) -> str:
        return self.history[-1] if self.history else ""

    def announce(self, text: str, *, assertive: bool = False) -> None:
        """Speak ``text`` now; ``assertive`` interrupts what the screen reader is saying."""
        if not text:
            return
        self.history.append(text)
        del self.history[:-MAX_HISTORY]
        self.setText(text)
        self.setAccessibleName(text)  # a NameChanged event for platforms without announcements
        event = QAccessibleAnnouncementEvent(self, text)
        politeness = QAccessible.AnnouncementPoliteness
        event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
        QAccessible.updateAccessibility(event)
        self.announced.emit(text, assertive)

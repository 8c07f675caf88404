"""Knock notifications for the clinic day: a tray message with a sound for every new waiting patient,
the count of waiting patients on the tray icon, and Admit / Deny for each from the icon's menu.

Tray messages cannot carry buttons on every platform (Qt's ``showMessage`` has none; Windows, macOS
and most Linux desktops show text only), so Admit and Deny live in the tray icon's context menu.
Without a system tray (the offscreen platform, a bare X server) nothing is shown or played; the
notifier still keeps the count and the list of what it announced.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from app.core.protocol import QueueEntry


class Tray(Protocol):
    """What the notifier needs of ``QSystemTrayIcon`` (tests pass a recording fake)."""

    def showMessage(self, title: str, message: str, icon: QIcon, msecs: int) -> None: ...
    def setToolTip(self, tip: str) -> None: ...
    def setContextMenu(self, menu: QMenu) -> None: ...
    def show(self) -> None: ...


class Queue(Protocol):
    """The clinician bridge as seen from here: its queue signal and the two answers."""

    @property
    def queueChanged(self) -> Any: ...

    def admit(self, participant_id: str) -> object: ...
    def deny(self, participant_id: str) -> object: ...


def samtale_icon(count: int = 0) -> QIcon:
    """A plain round icon drawn in code, with the number of waiting patients when there are any."""
    pixmap = QPixmap(64, 64)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#1f6f8b"))
    painter.setPen(QColor("#1f6f8b"))
    painter.drawEllipse(4, 4, 56, 56)
    if count:
        painter.setPen(QColor("white"))
        font = painter.font()
        font.setPixelSize(34)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(pixmap.rect(), 0x84, str(min(count, 99)))  # AlignCenter
    painter.end()
    return QIcon(pixmap)


def system_tray(parent: QObject) -> QSystemTrayIcon | None:
    """The OS tray icon, or None where the platform has no tray."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    return QSystemTrayIcon(samtale_icon(), parent)


class KnockNotifier(QObject):
    """Announces each new knock once; keeps the tray's count and Admit / Deny menu up to date."""

    MESSAGE_MS = 10_000

    def __init__(
        self,
        queue: Queue,
        tray: Tray | None,
        sound: Callable[[], None] | None,
        parent: QObject | None = None,
        *,
        show_window: Callable[[], None] | None = None,
        deny: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._queue = queue
        self._tray = tray
        self._sound = sound
        self._show_window = show_window
        self._deny = deny if deny is not None else queue.deny  # the window may ask first
        self._seen: set[str] = set()
        self.entries: list[QueueEntry] = []
        self.announced: list[str] = []  # participant ids, in the order they were announced
        self.menu = QMenu()
        queue.queueChanged.connect(self.update)
        if tray is not None:
            tray.setContextMenu(self.menu)
            tray.show()
        if isinstance(parent, QWidget):
            parent.installEventFilter(self)  # a plain QObject is not told of language switches
        self._rebuild()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._rebuild()  # the menu and the tooltip in the new language
        return False

    @property
    def count(self) -> int:
        return len(self.entries)

    def update(self, entries: list[QueueEntry]) -> None:
        self.entries = list(entries)
        new = [e for e in entries if e.participant_id not in self._seen]
        self._seen = {e.participant_id for e in entries}
        for entry in new:
            self.announced.append(entry.participant_id)
            if self._tray is not None:
                self._tray.showMessage(
                    self.title(), self.knock_text(entry), samtale_icon(self.count), self.MESSAGE_MS
                )
        if new and self._sound is not None:
            self._sound()
        self._rebuild()

    def title(self) -> str:
        # en: "Samtale: a patient is waiting" / "Samtale: %n patients are waiting" (samtale_en.ts)
        return self.tr("Samtale: %n patient(s) waiting", None, max(1, self.count))

    def knock_text(self, entry: QueueEntry) -> str:
        return self.tr("{name} is ready. Admit or deny from the Samtale icon.").format(name=entry.name)

    def tooltip(self) -> str:
        if not self.count:
            return self.tr("Samtale: nobody is waiting")
        return self.title()

    @staticmethod
    def _answer(act: Callable[[str], object], participant_id: str) -> Callable[[], None]:
        def answer() -> None:
            act(participant_id)

        return answer

    def _rebuild(self) -> None:
        for action in self.menu.actions():  # clear() keeps the submenus alive: one per patient per change
            sub = action.menu()
            if sub is not None:
                sub.deleteLater()
        self.menu.clear()
        for entry in self.entries:
            sub = self.menu.addMenu(entry.name)
            admit = sub.addAction(self.tr("Admit {name}").format(name=entry.name))
            deny = sub.addAction(self.tr("Deny {name}").format(name=entry.name))
            admit.triggered.connect(self._answer(self._queue.admit, entry.participant_id))
            deny.triggered.connect(self._answer(self._deny, entry.participant_id))
        if self.entries:
            self.menu.addSeparator()
        if self._show_window is not None:
            self.menu.addAction(self.tr("Show Samtale"), self._show_window)
        if self._tray is not None:
            self._tray.setToolTip(self.tooltip())
            if isinstance(self._tray, QSystemTrayIcon):
                self._tray.setIcon(samtale_icon(self.count))

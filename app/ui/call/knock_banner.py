"""Who is waiting, seen from inside a call: the queue's count and a banner for the newest knock.

A therapist in a consultation has the call page in front of them, not the waiting list or the system
tray (several Linux desktops have none). So the call page says how many wait, and shows the newest
patient who knocked, with how their pre-call check went, and Admit / Not now. "Not now" sends the
patient away, which cannot be undone: it asks first, in the banner (``ConfirmBar``, never a dialog).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.core.protocol import QueueEntry, Verification
from app.ui import messages
from app.ui.bridge import ClinicianBridge
from app.ui.widgets.confirm_bar import ConfirmBar
from app.ui.widgets.marks import marked
from app.ui.widgets.named import named


class KnockBanner(QFrame):
    """The count of waiting patients and the newest knock, for the clinician's call page."""

    def __init__(self, bridge: ClinicianBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("knockBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._bridge = bridge
        self.entries: list[QueueEntry] = []
        self.count = named(QLabel(), "queueCount")
        self.knock = named(QLabel(wordWrap=True), "knockText")
        self.knock.setTextFormat(Qt.TextFormat.PlainText)
        self.readiness = named(QLabel(), "badge_unknown")
        self.reasons = named(QLabel(wordWrap=True), "knockReasons")  # what the check found, in words
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.admit = named(QPushButton(), "admit")
        self.not_now = named(QPushButton(), "notNow")
        for button in (self.admit, self.not_now):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.confirm = ConfirmBar()
        self.knock_row = QWidget()
        row = QHBoxLayout(self.knock_row)  # one line: the call keeps its room
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.knock, 1)
        row.addWidget(self.readiness, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.admit)
        row.addWidget(self.not_now)
        self.readiness.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 6, 24, 6)
        layout.setSpacing(4)
        layout.addWidget(self.count)
        layout.addWidget(self.knock_row)
        layout.addWidget(self.reasons)
        layout.addWidget(self.confirm)
        self.admit.clicked.connect(self._admit)
        self.not_now.clicked.connect(self._ask_not_now)
        bridge.queueChanged.connect(self.set_entries)
        self.set_entries([])

    @property
    def shown(self) -> QueueEntry | None:
        """The patient the banner is about: the one who knocked last."""
        return self.entries[-1] if self.entries else None

    def set_entries(self, entries: list[QueueEntry]) -> None:
        before = self.shown
        self.entries = list(entries)
        if self.confirm.pending and (before is None or before != self.shown):
            self.confirm.cancel()  # the question was about someone no longer shown
        self.setVisible(bool(self.entries))
        self.retranslate()

    def retranslate(self) -> None:
        entry = self.shown
        n = len(self.entries)
        self.count.setText(self.tr("%n patient(s) waiting", None, n))
        self.count.setAccessibleName(self.count.text())
        self.count.setVisible(n > 1)  # one waiting: the banner below says who
        self.knock_row.setVisible(entry is not None)
        if entry is None:
            return
        knock = self.tr("{name} is waiting to come in").format(name=entry.name)
        if entry.verified_by is Verification.EMAIL:  # the lower level is said wherever they are seen
            knock = f"{knock} · {messages.verification_text(entry.verified_by)}"
        self.knock.setText(knock)
        verdict = entry.precall.verdict
        self.readiness.setObjectName(f"badge_{verdict.value}")
        verdict_words = messages.verdict_text(verdict)
        self.readiness.setText(marked(verdict, verdict_words))  # never the colour alone
        self.readiness.setAccessibleName(self.tr("Pre-call check: {verdict}").format(verdict=verdict_words))
        reasons = "; ".join(messages.precall_reason_text(code) for code in entry.precall.reasons)
        self.reasons.setText(reasons)
        self.reasons.setVisible(bool(reasons))
        self.readiness.setAccessibleDescription(reasons)
        self.readiness.style().unpolish(self.readiness)
        self.readiness.style().polish(self.readiness)
        self.admit.setText(self.tr("Admit"))
        self.admit.setAccessibleName(self.tr("Admit {name}").format(name=entry.name))
        self.admit.setAccessibleDescription(self.tr("{name} joins this consultation").format(name=entry.name))
        self.not_now.setText(self.tr("Not now"))
        self.not_now.setAccessibleName(self.tr("Not now, {name}").format(name=entry.name))
        self.not_now.setAccessibleDescription(
            self.tr("Sends {name} away from the waiting room").format(name=entry.name)
        )

    def _admit(self) -> None:
        entry = self.shown
        if entry is not None:
            self.confirm.cancel()
            self._bridge.admit(entry.participant_id)

    def _ask_not_now(self) -> None:
        entry = self.shown
        if entry is not None:
            self.ask_not_now(entry.participant_id, entry.name)

    def ask_not_now(self, pid: str, name: str) -> None:
        """Ask in the banner before ``pid`` is sent away (the banner's Not now, or the tray's Deny)."""

        def texts() -> tuple[str, str, str]:
            return (
                self.tr("Send {name} away? They are told you cannot see them this time.").format(name=name),
                self.tr("Send away"),
                self.tr("Keep waiting"),
            )

        self.confirm.ask(texts, lambda: self._bridge.deny(pid))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

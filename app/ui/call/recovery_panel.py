"""What the call page offers when the media did not come back in the time the deployment sets.

Never a frozen picture and no dead end: a plain sentence and three choices, as large buttons in the
page (not a dialog): try again, continue with audio only, leave. The repair goes on meanwhile; when
the media comes back by itself the panel goes away. Leaving asks first, as everywhere in the call.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.session_bridge import SessionBridge
from app.ui.widgets.named import named


class RecoveryPanel(QFrame):
    """Shown while ``bridge.media_failed``: the sentence and the three ways out."""

    def __init__(
        self, bridge: SessionBridge, leave: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._bridge = bridge
        self.message = named(QLabel(wordWrap=True), "recoveryMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.try_again = named(QPushButton(), "recoveryRetry")
        self.audio_only = named(QPushButton(), "recoveryAudioOnly")
        self.leave = named(QPushButton(), "recoveryLeave")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        for button in (self.try_again, self.audio_only, self.leave):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 10, 24, 10)
        layout.setSpacing(8)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.try_again.clicked.connect(bridge.retry_media)
        self.audio_only.clicked.connect(bridge.continue_audio_only)
        self.leave.clicked.connect(leave)
        bridge.mediaRecoveryChanged.connect(self._changed)
        self.retranslate()
        self.setVisible(bridge.media_failed)

    def _changed(self, failed: bool) -> None:
        self.setVisible(failed)
        self.retranslate()
        if failed:
            self.try_again.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.message.setText(
            self.tr(
                "We keep trying. You can try again now, continue with audio only, or leave the consultation."
            )
        )
        self.message.setAccessibleName(self.message.text())
        self.try_again.setText(self.tr("Try again"))
        self.audio_only.setText(self.tr("Continue with audio only"))
        self.leave.setText(self.tr("Leave"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

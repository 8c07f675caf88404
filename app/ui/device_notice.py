"""Tells someone without a camera or microphone, in a plain sentence, that nothing is sent in its place.

A missing camera means the others hear but do not see you, a missing microphone that they see but do
not hear you: never a test pattern or a tone instead. The sentence sits in the window's status bar
while a device is missing (hidden otherwise) and is said to screen readers when it changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QMainWindow

from app.ui import messages
from app.ui.session_bridge import SessionBridge
from app.ui.widgets.announcer import Announcer
from app.ui.widgets.named import named


class DevicesNotice(QLabel):
    """The "No camera found: …" sentence, shown in ``window``'s status bar while it applies."""

    def __init__(self, bridge: SessionBridge, window: QMainWindow, announcer: Announcer) -> None:
        super().__init__()
        named(self, "body")
        self.setWordWrap(True)
        self._bridge = bridge
        self._announcer = announcer
        self._bar = window.statusBar()
        self._bar.setSizeGripEnabled(False)
        self._bar.addWidget(self, 1)
        self._bar.hide()
        bridge.devicesMissing.connect(self._changed)

    def _changed(self, camera: bool, microphone: bool) -> None:
        self.setText(messages.devices_missing_text(camera, microphone))
        self._bar.setVisible(bool(self.text()))
        if self.text():
            self._announcer.announce(self.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # the words only: the bar shows as it did
            self.setText(messages.devices_missing_text(*self._bridge.devices_missing))
        super().changeEvent(event)

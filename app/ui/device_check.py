"""The clinician's own devices on the room page: pick camera, microphone and speaker, and check them.

The patient's pre-call check, reused (``PreflightPanel`` with its device chooser): it runs once at
sign-in, before the first call of the day, and again whenever the clinician asks or picks a device.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.preflight.controller import PreflightController
from app.ui.preflight.devices import DeviceControl
from app.ui.preflight.panel import PreflightPanel
from app.ui.widgets.named import named


class DeviceCheck(QWidget):
    """A heading, a line saying what this is, and the check's panel."""

    def __init__(
        self,
        controller: PreflightController,
        devices: DeviceControl,
        level: Callable[[], float | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.heading = named(QLabel(), "subheading")
        self.hint = named(QLabel(wordWrap=True), "hint")
        self.panel = PreflightPanel(controller, level=level, devices=devices)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.panel)
        self.retranslate()

    def first_check(self) -> None:
        """At sign-in: check once (not again at a later sign-in the same day)."""
        if self.controller.report is None and not self.controller.running:
            self.controller.start()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your camera, microphone and speaker"))
        self.hint.setText(
            self.tr(
                "Checked when you sign in, before your first call. Choose another device here at any time."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""The patient picks their camera, microphone and speaker; a pick switches live and re-checks that device."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.preflight import CheckName, CheckResult, PreflightCode, PreflightReport
from app.media.devices import DeviceKind, DeviceOption
from app.ui.preflight.controller import PreflightController
from app.ui.widgets.named import named

CHECK_OF = {
    DeviceKind.CAMERA: CheckName.CAMERA,
    DeviceKind.MICROPHONE: CheckName.MICROPHONE,
    DeviceKind.SPEAKER: CheckName.SPEAKER,
}


class DeviceControl(Protocol):
    """What the chooser needs from the devices (``LocalDevices`` or a test fake)."""

    def options(self, kind: DeviceKind) -> list[DeviceOption]: ...

    def current(self, kind: DeviceKind) -> str | None: ...

    def switch(self, kind: DeviceKind, key: str) -> bool: ...

    def listen(self, callback: Callable[[DeviceKind], None]) -> Callable[[], None]: ...


class DeviceChooser(QWidget):
    """Three labelled lists (camera, microphone, speaker) with the device in use selected.

    It talks to a ``DeviceControl`` (plain Python: ``app.media.devices.LocalDevices`` is one), refreshes
    its lists when told that devices changed (hot-plug, OS default), and offers a one-click "Use “…”"
    when the microphone check found that another microphone hears the patient.
    """

    def __init__(
        self,
        devices: DeviceControl,
        controller: PreflightController | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._devices = devices
        self._controller = controller
        self._suggested: DeviceOption | None = None
        self._rechecks: list[CheckName] = []  # wanted while a run was going: done when it finishes
        self._listed = (
            False  # the lists are first read when shown (asking the OS loads PortAudio, Qt Multimedia)
        )
        self.combos = {kind: QComboBox() for kind in DeviceKind}
        self.labels = {kind: named(QLabel(), "hint") for kind in DeviceKind}
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        for kind, combo in self.combos.items():
            self.labels[kind].setBuddy(combo)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.activated.connect(lambda index, kind=kind: self._picked(kind, index))
            form.addRow(self.labels[kind], combo)
        self.use_suggested = named(QPushButton(), "secondary")
        self.use_suggested.hide()
        self.use_suggested.clicked.connect(self._use_suggested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.use_suggested)
        if controller is not None:
            controller.resultReady.connect(self._result)
            controller.finished.connect(self._finished)
        # Listeners are told on the event loop (the Qt thread under qasync); refresh on the next turn.
        stop = devices.listen(lambda kind: QTimer.singleShot(0, self, lambda: self.refresh(kind)))
        self.destroyed.connect(stop)
        self.retranslate()

    def refresh(self, kind: DeviceKind | None = None) -> None:
        """Re-read the lists (one kind, or all) and select the device in use."""
        kinds = [kind] if kind is not None and self._listed else list(DeviceKind)
        self._listed = True
        for each in kinds:
            self._fill(each)
        if kind in (None, DeviceKind.MICROPHONE) and self._suggested is not None:
            self._show_suggestion(self._suggested.name)

    def _fill(self, kind: DeviceKind) -> None:
        combo = self.combos[kind]
        options = self._devices.options(kind)
        current = self._devices.current(kind)
        combo.blockSignals(True)
        combo.clear()
        for option in options:
            combo.addItem(option.name, option.key)
        if not options:
            combo.addItem(self.tr("None found"), None)
        index = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(max(index, 0))
        combo.setEnabled(bool(options))
        combo.blockSignals(False)
        combo.setAccessibleName(self.labels[kind].text())

    def _picked(self, kind: DeviceKind, index: int) -> None:
        key = self.combos[kind].itemData(index)
        if isinstance(key, str) and key != self._devices.current(kind):
            self.choose(kind, key)

    def choose(self, kind: DeviceKind, key: str) -> None:
        """Switch to device ``key`` now and check it again."""
        self._devices.switch(kind, key)
        if kind is DeviceKind.MICROPHONE:
            self._suggested = None
            self.use_suggested.hide()
        self.refresh(kind)
        self._recheck(CHECK_OF[kind])

    def _recheck(self, check: CheckName) -> None:
        controller = self._controller
        if controller is None or (controller.report is None and not controller.running):
            return  # nothing was checked yet: the first run will check the new device
        if controller.recheck(check) is None and check not in self._rechecks:
            self._rechecks.append(check)

    def _finished(self, _report: PreflightReport) -> None:
        if self._rechecks and self._controller is not None:
            check = self._rechecks.pop(0)
            QTimer.singleShot(0, self, lambda: self._recheck(check))

    def _result(self, result: CheckResult) -> None:
        if result.check is not CheckName.MICROPHONE:
            return
        if PreflightCode.MIC_OTHER_HAS_SIGNAL in result.codes and result.suggestion:
            self._show_suggestion(result.suggestion)
        else:
            self._suggested = None
            self.use_suggested.hide()

    def _show_suggestion(self, name: str) -> None:
        options = self._devices.options(DeviceKind.MICROPHONE)
        found = next((o for o in options if name in (o.name, o.key)), None)
        self._suggested = found
        if found is None or found.key == self._devices.current(DeviceKind.MICROPHONE):
            self.use_suggested.hide()
            return
        self.use_suggested.setText(self.tr("Use “{device}”").format(device=found.name))
        self.use_suggested.show()

    def _use_suggested(self) -> None:
        if self._suggested is not None:
            self.choose(DeviceKind.MICROPHONE, self._suggested.key)

    def retranslate(self) -> None:
        self.labels[DeviceKind.CAMERA].setText(self.tr("Camera"))
        self.labels[DeviceKind.MICROPHONE].setText(self.tr("Microphone"))
        self.labels[DeviceKind.SPEAKER].setText(self.tr("Speakers or headphones"))
        if self._listed or self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._listed:
            self.refresh()  # not at start-up: the window opens before any device is asked for
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""The pre-call check as the patient sees it: one row per check with a mark, a word and one sentence.

State is never shown by colour alone: every row has a mark (✓, !, ✗, …) and a word. The panel
re-translates itself live; buttons offer "check again" and, when the microphone did not pick up the
test sound, "I heard it". Given the devices, it shows the device chooser above the results.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.preflight import CheckName, CheckResult, PreflightCode, PreflightReport
from app.core.protocol import Verdict
from app.ui import messages
from app.ui.preflight.controller import PreflightController
from app.ui.preflight.devices import DeviceChooser, DeviceControl
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.marks import VERDICT_MARKS
from app.ui.widgets.named import named

METER_RANGE_DB = 60  # the meter shows -60 dBFS (empty) to 0 dBFS (full)
METER_INTERVAL_MS = 100
# Each finding under its own heading: how busy the computer is, is not the internet connection's.
ORDER = (CheckName.CAMERA, CheckName.MICROPHONE, CheckName.SPEAKER, CheckName.NETWORK, CheckName.COMPUTER)
MARKS = VERDICT_MARKS


class CheckRow:
    """The widgets of one check: mark, title, status word and advice."""

    def __init__(self, check: CheckName) -> None:
        self.check = check
        self.mark = named(QLabel("…"), "checkMark")
        self.title = named(QLabel(), "checkTitle")
        self.status = named(QLabel(), "hint")
        self.advice = named(QLabel(wordWrap=True), "body")
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.result: CheckResult | None = None
        self.skipped = False

    def show(self, result: CheckResult | None) -> None:
        self.result = result
        self.skipped = False
        self.retranslate()

    def skip(self) -> None:
        """The run ended without this check (no such device check on this system)."""
        self.result = None
        self.skipped = True
        self.retranslate()

    def retranslate(self) -> None:
        result = self.result
        verdict = result.verdict if result is not None else Verdict.UNKNOWN
        self.mark.setText("–" if self.skipped else MARKS[verdict])
        self.mark.setProperty("verdict", verdict.value)
        self.title.setText(messages.check_title_text(self.check))
        self.status.setText(messages.check_status_text(verdict, pending=result is None and not self.skipped))
        if result is None:
            self.advice.setText("")
            self.mark.setAccessibleName(messages.check_title_text(self.check))
            return
        advice = [messages.precall_advice_text(code, result.suggestion) for code in result.codes]
        self.advice.setText(" ".join(dict.fromkeys(advice)))
        self.mark.setAccessibleName(f"{messages.check_title_text(self.check)}: {self.status.text()}")


class PreflightPanel(QWidget):
    """Shows the controller's results as they arrive."""

    def __init__(
        self,
        controller: PreflightController,
        parent: QWidget | None = None,
        *,
        level: Callable[[], float | None] = lambda: None,
        devices: DeviceControl | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._level = level  # the microphone's level in dBFS; None hides the meter
        self.meter = QProgressBar()
        self.meter.setRange(0, METER_RANGE_DB)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(12)
        self.meter.hide()
        self._meter_timer = QTimer(self, interval=METER_INTERVAL_MS)
        self._meter_timer.timeout.connect(self._show_level)
        self._meter_timer.start()
        self.rows = {check: CheckRow(check) for check in ORDER}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        for index, row in enumerate(self.rows.values()):
            grid.addWidget(row.mark, index * 2, 0, Qt.AlignmentFlag.AlignTop)
            line = QHBoxLayout()
            line.setSpacing(10)
            line.addWidget(row.title)
            line.addWidget(row.status)
            line.addStretch(1)
            grid.addLayout(line, index * 2, 1)
            grid.addWidget(row.advice, index * 2 + 1, 1)
        grid.setColumnStretch(1, 1)
        self.speak = named(QLabel(wordWrap=True), "hint")  # the microphone check needs a voice
        self.speak.hide()
        self.play = named(QPushButton(), "secondary")
        self.play.setEnabled(False)
        self.play.clicked.connect(lambda: controller.recheck(CheckName.SPEAKER))
        self.heard = named(QPushButton(), "secondary")
        self.again = named(QPushButton(), "secondary")
        self.heard.hide()
        self.heard.clicked.connect(controller.confirm_speaker)
        self.again.clicked.connect(controller.start)
        buttons = FlowLayout(spacing=8)  # wraps rather than cut words off in a narrow column
        buttons.addWidget(self.play)
        buttons.addWidget(self.heard)
        buttons.addWidget(self.again)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The patient picks camera, microphone and speaker here; a pick re-checks that device.
        self.chooser = DeviceChooser(devices, controller) if devices is not None else None
        if self.chooser is not None:
            layout.addWidget(self.chooser)
        layout.addWidget(self.speak)
        layout.addWidget(self.meter)
        layout.addLayout(grid)
        layout.addLayout(buttons)

        controller.started.connect(self._started)
        controller.resultReady.connect(self._result)
        controller.finished.connect(self._finished)
        self.retranslate()

    def _started(self) -> None:
        for row in self.rows.values():
            row.show(None)
        self.heard.hide()
        self.speak.show()
        self.again.setEnabled(False)
        self.play.setEnabled(False)

    def _result(self, result: CheckResult) -> None:
        row = self.rows.get(result.check)
        if row is not None:
            row.show(result)
        if result.check is CheckName.SPEAKER:
            self.heard.setVisible(PreflightCode.SPEAKER_NOT_HEARD in result.codes)

    def _finished(self, report: PreflightReport) -> None:
        for result in report.results:
            self._result(result)
        done = {result.check for result in report.results}
        for check, row in self.rows.items():
            if check not in done:
                row.skip()
        self.speak.hide()
        self.again.setEnabled(True)
        self.play.setEnabled(True)

    def _show_level(self) -> None:
        level = self._level()
        self.meter.setVisible(level is not None)
        if level is not None:
            self.meter.setValue(max(0, min(METER_RANGE_DB, round(level + METER_RANGE_DB))))

    def retranslate(self) -> None:
        self.meter.setAccessibleName(self.tr("Microphone level"))
        for row in self.rows.values():
            row.retranslate()
        self.speak.setText(self.tr("While we check, please say a few words, so we can hear your microphone."))
        self.play.setText(self.tr("Play the test sound"))
        self.play.setAccessibleDescription(self.tr("Plays a short sound in your speakers or headphones"))
        self.heard.setText(self.tr("I heard it"))
        self.heard.setAccessibleDescription(self.tr("Tells us that you heard the test sound"))
        self.again.setText(self.tr("Check again"))
        self.again.setAccessibleDescription(
            self.tr("Checks your camera, microphone, sound and internet connection again")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

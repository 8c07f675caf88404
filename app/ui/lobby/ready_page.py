"""The patient sees which consultation they are joining and presses "I'm ready" (after ticking the
deployment's consent, where it asks for one).

Beside the pre-call check is the patient's own picture, "This is how you will look"; when the camera
check finds no camera that can be used, there is no picture and no such claim, only a plain sentence.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.core.errors import ErrorCode
from app.core.preflight import CheckName, CheckResult, PreflightCode
from app.core.protocol import RoomInfo, Verdict
from app.ui import messages
from app.ui.bridge import PatientBridge
from app.ui.widgets.named import named
from app.ui.widgets.page import Page
from app.ui.widgets.video_view import VideoView

SELF_VIEW_SIZE = (320, 240)


def no_picture(result: CheckResult) -> PreflightCode | None:
    """Why the camera check found no picture of the patient to show, if it did not."""
    return next((code for code in result.codes if code in messages.NO_PICTURE), None)


COLUMN_WIDTH = 960  # self view and the pre-call check side by side


class ReadyPage(Page):
    """Room title and clinician name, and the one button that tells the clinician you are waiting."""

    def __init__(self, bridge: PatientBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._room: RoomInfo | None = None
        self._checking = False
        self._verdict = Verdict.UNKNOWN
        self._refocus = False
        self._no_picture: PreflightCode | None = None  # why there is no picture, from the camera check
        self.instructions = named(QLabel(wordWrap=True), "body")
        self.hint = named(QLabel(wordWrap=True), "hint")
        self.self_view = VideoView(bridge.local_video, mirrored=True)
        self.self_view.setFixedSize(*SELF_VIEW_SIZE)
        left = QVBoxLayout()
        left.addWidget(self.self_view)
        left.addWidget(self.hint)
        left.addStretch(1)
        self.side = QVBoxLayout()  # the window puts the pre-call check here
        self.side.setSpacing(12)
        self.side.addWidget(self.instructions)
        self.pin_label = named(QLabel(), "fieldLabel")
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(12)
        self.pin_label.setBuddy(self.pin)
        self.pin.returnPressed.connect(self.submit)
        self.side.addWidget(self.pin_label)
        self.side.addWidget(self.pin)
        self.pin_label.hide()
        self.pin.hide()
        # The deployment's consent, where it asks for one: its text in the UI's language and a box to tick.
        self.consent_heading = named(QLabel(), "fieldLabel")
        self.consent_text = named(QLabel(wordWrap=True), "body")
        self.consent_text.setTextFormat(Qt.TextFormat.PlainText)
        self.consent_box = QCheckBox()
        for widget in (self.consent_heading, self.consent_text, self.consent_box):
            self.side.addWidget(widget)
            widget.hide()
        self.side.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(28)
        row.addLayout(left)
        row.addLayout(self.side, 1)
        self.content.addLayout(row)
        self.set_column_width(COLUMN_WIDTH)

        self.primary.clicked.connect(self.submit)
        bridge.roomOpened.connect(self.set_room)
        bridge.actionStarted.connect(self._on_started)
        bridge.actionFinished.connect(self._on_finished)
        self.retranslate()

    def add_section(self, widget: QWidget) -> None:
        """The window puts the pre-call check here, beside the self view."""
        self.side.insertWidget(self.side.count() - 1, widget)

    def set_checking(self, checking: bool, verdict: Verdict = Verdict.UNKNOWN) -> None:
        """While the pre-call check runs the button waits; afterwards it says how ready we are."""
        self._checking = checking
        self._verdict = verdict
        # A keyboard user who was on the button gets it back when the check is done.
        if checking:
            self._refocus = self._refocus or self.primary.hasFocus()
        self.primary.setEnabled(not checking)
        if not checking and self._refocus:
            self._refocus = False
            self.primary.setFocus()
        self.retranslate()

    def camera_checked(self, result: CheckResult) -> None:
        """A pre-call result arrived: without a usable camera, show no picture and make no claim."""
        if result.check is not CheckName.CAMERA:
            return
        self._no_picture = no_picture(result)
        self.self_view.setVisible(self._no_picture is None)
        self.retranslate()

    def set_room(self, room: RoomInfo) -> None:
        self._room = room
        self.pin_label.setVisible(room.guest_pin_required)
        self.pin.setVisible(room.guest_pin_required)
        asked = self._bridge.consent.required
        for widget in (self.consent_heading, self.consent_text, self.consent_box):
            widget.setVisible(asked)
        self.retranslate()

    def consent_text_now(self) -> str:
        """The consent in the UI's language, else English, else any language the deployment gave."""
        texts = self._bridge.consent.texts
        language = self.tr("en")  # the installed translation's language
        return texts.get(language) or texts.get("en") or next(iter(texts.values()), "")

    def submit(self) -> None:
        if not self.primary.isEnabled():
            return
        self.clear_error()
        needs_pin = self._room is not None and self._room.guest_pin_required
        pin = (self.pin.text().strip() or None) if needs_pin else None
        asked = self._bridge.consent.required
        if asked and not self.consent_box.isChecked():
            self.show_error(messages.error_text(ErrorCode.CONSENT_REQUIRED))
            self.consent_box.setFocus()
            return
        self._bridge.knock(pin=pin, consent=asked)

    def retranslate(self) -> None:
        room = self._room
        title = room.title if room is not None and room.title else self.tr("Your video consultation")
        host = room.host_name if room is not None else ""
        self.heading.setText(title)
        self.body.setText(self.tr("With {clinician}").format(clinician=host) if host else "")
        self.instructions.setText(
            self.tr("Find a quiet place with good light. When you are ready, press the button below.")
        )
        if self._no_picture is not None:
            self.hint.setText(messages.no_picture_text(self._no_picture))
        else:
            self.hint.setText(
                self.tr("This is how you will look. Your clinician is told when you are ready.")
            )
        self.hint.setAccessibleName(self.hint.text())
        self.self_view.set_placeholder(self.tr("Your camera is starting…"))
        if self._checking:
            self.primary.setText(self.tr("Checking your equipment…"))
        elif self._verdict in (Verdict.WARNING, Verdict.FAIL):
            self.primary.setText(self.tr("I'm ready anyway"))
        else:
            self.primary.setText(self.tr("I'm ready"))
        self.primary.setAccessibleDescription(self.tr("Tells your clinician that you are waiting"))
        self.pin_label.setText(self.tr("The PIN code from your clinic"))
        self.consent_heading.setText(self.tr("Consent"))
        self.consent_text.setText(self.consent_text_now())
        self.consent_box.setText(self.tr("I have read this and I agree"))
        self.consent_box.setAccessibleDescription(self.consent_text.text())
        self.pin.setAccessibleName(self.tr("The PIN code from your clinic"))

    def _on_started(self, action: str) -> None:
        if action == "knock":
            self.primary.setEnabled(False)

    def _on_finished(self, action: str) -> None:
        if action == "knock":
            self.primary.setEnabled(not self._checking)

"""The help page: how a consultation goes, what to do when something does not work, and that
Samtale is not for emergencies. Opened from the window's header; left with Back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.core.protocol import Role
from app.ui.widgets.named import named
from app.ui.widgets.page import Page


class HelpPage(Page):
    """Plain sections, each a heading and a few sentences; the primary button goes back."""

    def __init__(self, role: Role, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._role = role
        self.sections: list[tuple[QLabel, QLabel]] = []
        for _ in range(4):
            heading = named(QLabel(wordWrap=True), "subheading")
            text = named(QLabel(wordWrap=True), "body")
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.content.addWidget(heading)
            self.content.addWidget(text)
            self.sections.append((heading, text))
        # The report for support (app/ui/diagnostics_save.py); the window connects it.
        self.report_heading = named(QLabel(wordWrap=True), "subheading")
        self.report_text = named(QLabel(wordWrap=True), "body")
        self.content.addWidget(self.report_heading)
        self.report_button = named(QPushButton(), "reportButton")
        self.content.addWidget(self.report_text)
        self.content.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def texts(self) -> list[tuple[str, str]]:
        """Each section's heading and text in the current language."""
        emergency = (
            self.tr("Emergency"),
            self.tr(
                "Samtale is not for emergencies. If life or health is in danger, call 113 in Norway "
                "or 112 in Sweden and other countries."
            ),
        )
        if self._role is Role.CLINICIAN:
            return [
                (
                    self.tr("Your day"),
                    self.tr(
                        "Sign in, open your room or make a new one, and give the patient its link or code. "
                        "Patients who are ready wait in the list with their check results; admit them one "
                        "at a time. After a call you are back at the list, in the same room."
                    ),
                ),
                (
                    self.tr("In the call"),
                    self.tr(
                        "You can turn a patient's microphone or camera off, send them back to the waiting "
                        "room, remove them, lock the room, or end the call for everyone. Nothing is recorded."
                    ),
                ),
                (
                    self.tr("When something does not work"),
                    self.tr(
                        "Choose your camera, microphone and speaker under Settings. If the connection "
                        "drops, Samtale reconnects by itself; the patient keeps their place."
                    ),
                ),
                emergency,
            ]
        return [
            (
                self.tr("How it works"),
                self.tr(
                    "Sign in, open the link or type the code you were given, and let Samtale check your "
                    "camera, microphone, speaker and connection. Press I'm ready: you wait until your "
                    "therapist lets you in. Nothing is recorded."
                ),
            ),
            (
                self.tr("In the call"),
                self.tr(
                    "The buttons at the bottom turn your microphone and camera on and off and end the call. "
                    "If you close Samtale by mistake, open the link again: you come back to the waiting room."
                ),
            ),
            (
                self.tr("When something does not work"),
                self.tr(
                    "If nobody can hear or see you, choose another camera, microphone or speaker under "
                    "Settings. If the connection drops, Samtale reconnects by itself and you keep your place."
                ),
            ),
            emergency,
        ]

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Help"))
        self.body.setText("")
        self.body.hide()
        for (heading, text), (title, words) in zip(self.sections, self.texts(), strict=True):
            heading.setText(title)
            text.setText(words)
        self.report_heading.setText(self.tr("For support"))
        self.report_text.setText(
            self.tr(
                "If support asks for it: a report of how your calls went (no names, no addresses, "
                "nothing said or shown), saved where you choose. Nothing is sent by itself."
            )
        )
        self.report_button.setText(self.tr("Save a report for support…"))
        self.report_button.setAccessibleName(self.tr("Save a report for support"))
        self.primary.setText(self.tr("Back"))
        self.primary.setAccessibleName(self.tr("Back"))
        self.primary.setAccessibleDescription(self.tr("Close the help and go back"))

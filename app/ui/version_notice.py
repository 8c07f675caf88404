"""What the window says about the service's client versions (``app.session.version_check``).

A newer version that is still supported: one quiet line under the header, with Download (the
deployment's link) and Hide. This version below the oldest supported: ``UpdateRequiredPage`` in place
of the sign-in and start pages, saying in plain words what to do, with Download; it never replaces a
call or the waiting room: it waits for their end (``ConsultationWindow.navigate``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.core.client_version import CLIENT_VERSION, VersionStanding
from app.core.protocol import Role
from app.session.version_check import VersionCheck
from app.ui.widgets.named import named
from app.ui.widgets.page import Page


def _open(url: str | None) -> None:
    if url:
        QDesktopServices.openUrl(QUrl(url))


class VersionNotice(QFrame):
    """ "A new version of Samtale (0.4.1) is available." with Download and Hide; hidden otherwise."""

    def __init__(self, role: Role, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "header")
        self._role = role
        self._check = VersionCheck(VersionStanding.UNKNOWN)
        self.text = named(QLabel(wordWrap=True), "body")
        self.download = named(QPushButton(), "headerButton")
        self.dismiss = named(QPushButton(), "headerButton")
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 6, 24, 6)
        row.setSpacing(14)
        row.addWidget(self.text, 1)
        row.addWidget(self.download)
        row.addWidget(self.dismiss)
        self.download.clicked.connect(lambda: _open(self._check.download_url))
        self.dismiss.clicked.connect(self.hide)
        self.hide()
        self.retranslate()

    def show_check(self, check: VersionCheck) -> None:
        self._check = check
        self.retranslate()
        self.setVisible(check.standing is VersionStanding.UPDATE_AVAILABLE)

    def retranslate(self) -> None:
        newest = self._check.newest or ""
        if self._role is Role.CLINICIAN:
            line = self.tr("A new version of Samtale Clinic ({newest}) is available.")
            ask = self.tr("Ask your IT department to install it.")
        else:
            line = self.tr("A new version of Samtale ({newest}) is available.")
            ask = self.tr("Ask your clinic how to install it.")
        line = line.format(newest=newest)
        self.text.setText(line if self._check.download_url else f"{line} {ask}")
        self.download.setText(self.tr("Download"))
        self.download.setAccessibleDescription(self.tr("Opens the page where you download the new version"))
        self.download.setVisible(bool(self._check.download_url))
        self.dismiss.setText(self.tr("Hide"))
        self.dismiss.setAccessibleDescription(self.tr("Hide this message until Samtale starts again"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class UpdateRequiredPage(Page):
    """This version is too old for the service: what to do, and Download where the deployment says."""

    def __init__(self, role: Role, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._role = role
        self._check = VersionCheck(VersionStanding.UNKNOWN)
        self.primary.clicked.connect(lambda: _open(self._check.download_url))
        self.retranslate()

    def show_check(self, check: VersionCheck) -> None:
        self._check = check
        self.retranslate()

    def retranslate(self) -> None:
        current, newest = CLIENT_VERSION, self._check.newest or ""
        link = bool(self._check.download_url)
        if self._role is Role.CLINICIAN:
            self.heading.setText(self.tr("Install the new version of Samtale Clinic"))
            body = (
                self.tr(
                    "This version of Samtale Clinic ({current}) no longer works with your service. Install "
                    "the new version ({newest}) before your next consultation, then open Samtale Clinic "
                    "again."
                )
                if link
                else self.tr(
                    "This version of Samtale Clinic ({current}) no longer works with your service. Ask your "
                    "IT department to install the new version ({newest}) before your next consultation."
                )
            )
        else:
            self.heading.setText(self.tr("Install the new version of Samtale"))
            body = (
                self.tr(
                    "This version of Samtale ({current}) no longer works with your clinic's service. Install "
                    "the new version ({newest}) before your consultation, then open Samtale or your "
                    "consultation link again."
                )
                if link
                else self.tr(
                    "This version of Samtale ({current}) no longer works with your clinic's service. Ask "
                    "your clinic for the new version ({newest}) and install it before your consultation."
                )
            )
        self.body.setText(body.format(current=current, newest=newest))
        self.primary.setText(self.tr("Download the new version"))
        self.primary.setVisible(link)

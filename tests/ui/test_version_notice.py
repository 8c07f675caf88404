"""The version check in the window: a quiet line when a newer version is available; when this one is
no longer supported, a page that says what to do instead of the sign-in page, never in a call."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.core.call_state import CallState
from app.core.client_version import CLIENT_VERSION, VersionStanding
from app.session.version_check import VersionCheck
from app.ui.clinician_window import ClinicianWindow
from app.ui.patient_window import PatientWindow
from app.ui.queue.queue_model import QueueModel
from tests.ui.test_bridge import clinician, patient
from tests.ui.test_clinician_window import FakeClock

DOWNLOAD = "https://samtale.example.org/download"


@pytest.fixture
def window(qtbot, translations):
    bridge, fake = patient()
    win = PatientWindow(bridge, translations)
    qtbot.addWidget(win)
    win.show()
    return win, fake


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(QUrl(url).toString()) or True)
    return urls


def test_a_current_or_unknown_version_shows_nothing(window) -> None:
    win, _ = window
    for check in (
        VersionCheck(VersionStanding.CURRENT, "0.1.0", DOWNLOAD),
        VersionCheck(VersionStanding.UNKNOWN),
    ):
        win.show_version(check)
        assert not win.version_notice.isVisible()
        assert win.current_page() is win.login_page


def test_a_newer_version_is_one_quiet_line_with_the_download_link(window, opened, qtbot) -> None:
    win, _ = window
    win.show_version(VersionCheck(VersionStanding.UPDATE_AVAILABLE, "0.4.1", DOWNLOAD))
    assert win.version_notice.isVisible()
    assert win.version_notice.text.text() == "A new version of Samtale (0.4.1) is available."
    assert win.announcer.last == "A new version of Samtale (0.4.1) is available."  # screen readers
    assert win.current_page() is win.login_page  # nothing stops the patient
    win.version_notice.download.click()
    assert opened == [DOWNLOAD]
    win.version_notice.dismiss.click()
    assert not win.version_notice.isVisible()


def test_without_a_download_link_the_line_says_where_to_ask(window) -> None:
    win, _ = window
    win.show_version(VersionCheck(VersionStanding.UPDATE_AVAILABLE, "0.4.1", None))
    assert not win.version_notice.download.isVisible()
    assert "Ask your clinic" in win.version_notice.text.text()


def test_an_unsupported_version_says_what_to_do_instead_of_signing_in(window, opened) -> None:
    win, _ = window
    win.show_version(VersionCheck(VersionStanding.UNSUPPORTED, "0.4.1", DOWNLOAD))
    page = win.update_page
    assert win.current_page() is page
    assert not win.version_notice.isVisible()  # the page says it; no second line
    assert page.heading.text() == "Install the new version of Samtale"
    assert win.announcer.last == "Install the new version of Samtale"
    assert page.body.text() == (
        f"This version of Samtale ({CLIENT_VERSION}) no longer works with your clinic's service. "
        "Install the new version (0.4.1) before your consultation, then open Samtale or your "
        "consultation link again."
    )
    page.primary.click()
    assert opened == [DOWNLOAD]
    win.help_button.click()  # Help still opens, and Back returns to the same page
    assert win.current_page() is win.help_page
    win.help_page.primary.click()
    assert win.current_page() is page


def test_never_in_a_call_the_page_waits_for_its_end(window) -> None:
    win, fake = window
    fake.move(CallState.WAITING)
    fake.move(CallState.CONNECTING)
    fake.move(CallState.IN_CALL)
    win.show_version(VersionCheck(VersionStanding.UNSUPPORTED, "0.4.1", DOWNLOAD))
    assert win.current_page() is win.call_page
    fake.move(CallState.ENDED)
    assert win.current_page() is win.update_page


def test_the_words_follow_the_language(window, translations, qtbot) -> None:
    win, _ = window
    win.show_version(VersionCheck(VersionStanding.UNSUPPORTED, "0.4.1", DOWNLOAD))
    translations.switch("nb")
    qtbot.waitUntil(lambda: win.update_page.heading.text() == "Installer den nye versjonen av Samtale")
    assert win.update_page.body.text().startswith(f"Denne versjonen av Samtale ({CLIENT_VERSION}) virker")
    win.show_version(VersionCheck(VersionStanding.UPDATE_AVAILABLE, "0.4.1", DOWNLOAD))
    translations.switch("sv")
    qtbot.waitUntil(
        lambda: win.version_notice.text.text() == "En ny version av Samtale (0.4.1) finns att hämta."
    )
    assert win.version_notice.download.text() == "Ladda ned"


def test_the_clinician_window_too(qtbot, translations) -> None:
    bridge, _ = clinician()
    win = ClinicianWindow(bridge, translations, QueueModel(FakeClock()))
    qtbot.addWidget(win)
    win.show()
    win.show_version(VersionCheck(VersionStanding.UNSUPPORTED, "0.4.1", None))
    assert win.current_page() is win.update_page
    assert not win.update_page.primary.isVisible()
    assert "Ask your IT department" in win.update_page.body.text()

"""Settings: each choice takes effect at once and is kept (issue 11, finding 13)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.core.call_state import CallState
from app.core.protocol import PrecallSummary, QueueEntry, Verification
from app.session.events import CallStateChanged, QueueChanged
from app.ui.clinician_window import ClinicianWindow
from app.ui.patient_window import PatientWindow
from app.ui.queue.queue_model import QueueModel
from app.ui.settings.store import DictBackend, Theme, UiSettings
from app.ui.theme import apply_theme
from tests.ui.test_bridge import clinician, patient


def test_the_store_reads_back_what_qsettings_ini_gives_and_ignores_rubbish() -> None:
    backend = DictBackend()
    settings = UiSettings(backend)
    assert (settings.language, settings.theme, settings.notification_sound) == (None, Theme.SYSTEM, True)
    backend.values.update({"ui/language": "sv", "ui/theme": "high_contrast", "notify/sound": "false"})
    assert (settings.language, settings.theme, settings.notification_sound) == (
        "sv",
        Theme.HIGH_CONTRAST,
        False,
    )
    backend.values.update({"ui/language": "xx", "ui/theme": "neon", "notify/sound": "true"})
    assert (settings.language, settings.theme, settings.notification_sound) == (None, Theme.SYSTEM, True)


def test_settings_change_the_look_the_language_and_are_kept(qtbot, translations) -> None:
    bridge, _fake = patient()
    backend = DictBackend()
    win = PatientWindow(bridge, translations, settings=UiSettings(backend))
    qtbot.addWidget(win)
    win.show()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        qtbot.mouseClick(win.settings_button, _left())
        assert win.current_page() is win.settings_page
        page = win.settings_page
        page.theme.setCurrentIndex(page.theme.findData("high_contrast"))
        page.theme.activated.emit(page.theme.currentIndex())
        assert app.property("samtaleTheme") == "high-contrast"
        page.language.setCurrentIndex(page.language.findData("nb"))
        page.language.activated.emit(page.language.currentIndex())
        qtbot.waitUntil(lambda: win.settings_button.text() == "Innstillinger")
        assert backend.values == {"ui/theme": "high_contrast", "ui/language": "nb"}
        qtbot.mouseClick(page.primary, _left())
        assert win.current_page() is win.login_page  # back where the user was
    finally:
        apply_theme(app)


def test_knock_sound_follows_the_setting(qtbot, translations) -> None:
    bridge, fake = clinician()
    sounds: list[int] = []
    settings = UiSettings()
    win = ClinicianWindow(
        bridge, translations, QueueModel(lambda: 0.0), knock_sound=lambda: sounds.append(1), settings=settings
    )
    qtbot.addWidget(win)
    fake.emit(QueueChanged([_waiting("p-1", "Ann")]))
    win.settings_page.sound.setChecked(False)
    fake.emit(QueueChanged([_waiting("p-1", "Ann"), _waiting("p-2", "Bo")]))
    win.settings_page.sound.setChecked(True)
    fake.emit(QueueChanged([_waiting("p-1", "Ann"), _waiting("p-2", "Bo"), _waiting("p-3", "Cy")]))
    assert sounds == [1, 1]  # Ann and Cy rang; Bo knocked while sounds were off
    assert settings.notification_sound is True


def test_a_patient_choosing_a_microphone_while_waiting_is_taken_to_the_call(qtbot, translations) -> None:
    bridge, fake = patient()
    win = PatientWindow(bridge, translations)
    qtbot.addWidget(win)
    fake.emit(CallStateChanged(CallState.IDLE, CallState.WAITING))
    win.open_aside(win.settings_page)
    assert win.current_page() is win.settings_page
    fake.emit(CallStateChanged(CallState.WAITING, CallState.CONNECTING))  # admitted
    assert win.current_page() is win.call_page


def test_help_says_where_to_call_in_an_emergency_in_each_language(qtbot, translations) -> None:
    bridge, _fake = patient()
    win = PatientWindow(bridge, translations)
    qtbot.addWidget(win)
    win.show()
    qtbot.mouseClick(win.help_button, _left())
    assert win.current_page() is win.help_page
    for language, words in (("en", "call 113"), ("nb", "ring 113"), ("sv", "ring 113")):
        translations.switch(language)
        qtbot.waitUntil(lambda words=words: words in _help_text(win))
        assert "112" in _help_text(win)


def _help_text(win: PatientWindow) -> str:
    return " ".join(text.text() for _heading, text in win.help_page.sections)


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def _waiting(pid: str, name: str) -> QueueEntry:
    return QueueEntry(pid, name, Verification.TEST, 0.0, PrecallSummary())

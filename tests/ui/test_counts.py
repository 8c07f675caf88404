"""Counts in Qt numerus forms, from the real translation files: one (n = 1) and other (0, 2, 5, 21 …)
in nb, sv and en, and already shown counts change with the language."""

from __future__ import annotations

import pytest

from app.core.call_state import CallState
from app.core.protocol import PrecallSummary, QueueEntry, Verification
from app.session.events import QueueChanged
from app.ui.bridge import ClinicianBridge
from app.ui.clinician_window import ClinicianWindow
from app.ui.counts import counts
from app.ui.queue.queue_model import QueueModel
from tests.ui.moderation_fakes import ModClinician, person, room

NS = (0, 1, 2, 5, 21)
MINUTES = {
    "nb": ["0 minutter", "1 minutt", "2 minutter", "5 minutter", "21 minutter"],
    "sv": ["0 minuter", "1 minut", "2 minuter", "5 minuter", "21 minuter"],
    "en": ["0 minutes", "1 minute", "2 minutes", "5 minutes", "21 minutes"],
}
HOURS = {
    "nb": ["0 timer", "1 time", "2 timer", "5 timer", "21 timer"],
    "sv": ["0 timmar", "1 timme", "2 timmar", "5 timmar", "21 timmar"],
    "en": ["0 hours", "1 hour", "2 hours", "5 hours", "21 hours"],
}
WAITING = {  # 1, 2, 5 and 21 minutes, then 1 h 1 min and 2 h 0 min
    "nb": ["Har ventet 1 minutt", "Har ventet 2 minutter", "Har ventet 5 minutter", "Har ventet 21 minutter",
           "Har ventet 1 time 1 minutt", "Har ventet 2 timer 0 minutter"],
    "sv": ["Har väntat 1 minut", "Har väntat 2 minuter", "Har väntat 5 minuter", "Har väntat 21 minuter",
           "Har väntat 1 timme 1 minut", "Har väntat 2 timmar 0 minuter"],
    "en": ["Waiting 1 minute", "Waiting 2 minutes", "Waiting 5 minutes", "Waiting 21 minutes",
           "Waiting 1 hour 1 minute", "Waiting 2 hours 0 minutes"],
}  # fmt: skip


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_minutes_and_hours_take_the_singular_only_for_one(translations, language) -> None:
    translations.switch(language)
    assert [counts().minutes(n) for n in NS] == MINUTES[language]
    assert [counts().hours(n) for n in NS] == HOURS[language]


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_waiting_time_in_whole_minutes_and_hours(translations, language) -> None:
    translations.switch(language)
    seconds = [60, 120, 300 + 59, 21 * 60, 3600 + 60, 7200]
    assert [counts().waiting(s) for s in seconds] == WAITING[language]
    assert "%n" not in counts().waiting(0) and "(s)" not in counts().waiting(0)


def test_english_never_shows_the_source_text(translations) -> None:
    assert counts().minutes(1) == "1 minute"
    assert "(s)" not in counts().waiting(125)


def waiting(pid: str, since: float) -> QueueEntry:
    return QueueEntry(pid, pid.upper(), Verification.TEST, since, PrecallSummary())


@pytest.fixture
def clinician(qtbot, translations):
    made: list[ModClinician] = []
    bridge = ClinicianBridge(lambda sink: made.append(ModClinician(sink)) or made[0])
    win = ClinicianWindow(bridge, translations, QueueModel(lambda: 1000.0))
    qtbot.addWidget(win)
    win.show()
    return win, made[0]


def test_shown_counts_change_with_the_language(qtbot, translations, clinician) -> None:
    win, fake = clinician
    fake.emit(QueueChanged([waiting("p-1", 1000.0 - 65), waiting("p-2", 1000.0 - 301)]))
    row = win.queue_page.view.row
    assert [row(0).waiting.text(), row(1).waiting.text()] == ["Waiting 1 minute", "Waiting 5 minutes"]
    assert win.knocks.tooltip() == "Samtale: 2 patients are waiting"
    fake.move(CallState.CONNECTING)
    fake.move(CallState.IN_CALL)
    fake.emit(room("c-1", person("c-1", "Dr. Berg"), person("p-1", "Ann")))
    heading = win.call_page.participants_panel.heading
    assert heading.text() == "2 people in the call"

    translations.switch("nb")
    qtbot.waitUntil(lambda: heading.text() == "2 deltakere i samtalen")
    assert [row(0).waiting.text(), row(1).waiting.text()] == ["Har ventet 1 minutt", "Har ventet 5 minutter"]
    assert win.knocks.tooltip() == "Samtale: 2 pasienter venter"
    assert win.knocks.menu.actions()[0].menu().actions()[0].text() == "Slipp inn P-1"

    translations.switch("sv")
    qtbot.waitUntil(lambda: heading.text() == "2 deltagare i samtalet")
    assert row(0).waiting.text() == "Har väntat 1 minut"
    fake.emit(QueueChanged([waiting("p-2", 1000.0 - 301)]))
    assert win.knocks.tooltip() == "Samtale: en patient väntar"

"""Times, dates and numbers in the UI language's locale, whatever the system locale is."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale

from app.ui import locale_format
from app.ui.chat.chat_panel import ChatPanel
from app.ui.locale_format import date_text, date_time_text, number_text, time_of_day_text, time_text

AFTERNOON = datetime(2026, 11, 25, 14, 5).timestamp()  # local time, as the chat's stamps are read
MORNING = datetime(2026, 3, 2, 9, 7).timestamp()
NBSP = "\u00a0"

DATES = {
    "nb": ("25. november 2026", "2. mars 2026"),
    "sv": ("25 november 2026", "2 mars 2026"),
    "en": ("25 November 2026", "2 March 2026"),
}


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_a_24_hour_clock_in_every_language(translations, language) -> None:
    translations.switch(language)
    assert time_text(AFTERNOON) == "14:05"
    assert time_text(MORNING) == "09:07"
    assert time_text(datetime(2026, 11, 25, 23, 59)) == "23:59"
    assert time_of_day_text(0, 30) == "00:30"


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_dates_are_written_out_in_the_ui_language(translations, language) -> None:
    translations.switch(language)
    assert (date_text(AFTERNOON), date_text(MORNING)) == DATES[language]
    assert date_text(date(2026, 11, 25)) == DATES[language][0]
    assert date_time_text(AFTERNOON) == f"{DATES[language][0]} 14:05"


def test_the_ui_language_wins_over_the_system_locale(translations) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    translations.switch("sv")
    assert date_text(AFTERNOON) == "25 november 2026"
    assert QLocale().language() == QLocale.Language.Swedish  # %Ln and new widgets follow too
    translations.switch("nb")
    assert date_text(AFTERNOON) == "25. november 2026"
    assert locale_format.current_locale().name() == "nb_NO"


def test_numbers_are_grouped_as_the_language_writes_them(translations) -> None:
    assert number_text(1234567) == "1,234,567"
    translations.switch("nb")
    assert number_text(1234567) == f"1{NBSP}234{NBSP}567"
    translations.switch("sv")
    assert number_text(1234567) == f"1{NBSP}234{NBSP}567"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported"):
        locale_format.locale_for("de")


def test_chat_lines_carry_the_clock_time_of_the_ui_language(qtbot, translations) -> None:
    from app.session.moderation_events import ChatReceived
    from tests.ui.test_bridge import clinician

    bridge, _fake = clinician()
    panel = ChatPanel(bridge.room_bridge)
    qtbot.addWidget(panel)
    translations.switch("sv")
    panel._add(ChatReceived("p-1", "Ann", "Hej", AFTERNOON, False))
    assert panel.lines.item(0).text() == "14:05  Ann: Hej"

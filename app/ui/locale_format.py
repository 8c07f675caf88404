"""Numbers, times and dates in the UI language, never the system locale.

``app.ui.i18n.Translations.switch`` calls ``use_language``; texts that show a clock time or a date
read it from here, so a Swedish UI on a Norwegian computer shows Swedish month names. The clock is
24-hour in all three languages (14:05); dates are the locale's long format without the weekday:
"25. november 2026" (nb), "25 november 2026" (sv), "25 November 2026" (en, British English).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

_LOCALES = {
    "nb": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "sv": (QLocale.Language.Swedish, QLocale.Country.Sweden),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
_WEEKDAY = re.compile(r"^\s*dddd[,.]?\s*")  # the long date formats all start with the weekday

_current = QLocale(*_LOCALES["en"])


def locale_for(language: str) -> QLocale:
    """The QLocale of a UI language (``nb``, ``sv`` or ``en``)."""
    if language not in _LOCALES:
        raise ValueError(f"unsupported language {language!r}")
    return QLocale(*_LOCALES[language])


def use_language(language: str) -> None:
    """Format in ``language`` from now on; also Qt's default locale (``%Ln``, new widgets)."""
    global _current
    _current = locale_for(language)
    QLocale.setDefault(_current)


def current_locale() -> QLocale:
    return QLocale(_current)


Moment = float | datetime  # unix seconds (as the protocol carries them) or an aware/naive datetime


def _qdatetime(when: Moment) -> QDateTime:
    if isinstance(when, datetime):
        return QDateTime.fromMSecsSinceEpoch(round(when.timestamp() * 1000))
    return QDateTime.fromMSecsSinceEpoch(round(when * 1000))


def time_text(when: Moment) -> str:
    """The local clock time of ``when``, e.g. "14:05"."""
    return _current.toString(_qdatetime(when).time(), _current.timeFormat(QLocale.FormatType.ShortFormat))


def time_of_day_text(hour: int, minute: int) -> str:
    """A clock time given as hour and minute, e.g. "09:30"."""
    return _current.toString(QTime(hour, minute), _current.timeFormat(QLocale.FormatType.ShortFormat))


def date_text(when: Moment | date) -> str:
    """A date written out, e.g. "25. november 2026" (nb) or "25 november 2026" (sv)."""
    if isinstance(when, date) and not isinstance(when, datetime):
        day = QDate(when.year, when.month, when.day)
    else:
        day = _qdatetime(when).date()
    return _current.toString(day, _WEEKDAY.sub("", _current.dateFormat(QLocale.FormatType.LongFormat)))


def date_time_text(when: Moment) -> str:
    """Date and clock time, e.g. "25. november 2026 14:05" (an audit entry, a summary)."""
    return f"{date_text(when)} {time_text(when)}"


def number_text(value: int) -> str:
    """A whole number with the language's digit grouping: "1 234" (nb, sv), "1,234" (en)."""
    return _current.toString(value)

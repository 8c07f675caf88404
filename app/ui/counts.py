"""Texts that carry a count, in Qt's numerus (plural) forms.

A count is passed as ``n`` to ``tr`` and written ``%n`` in the source text, so the translator picks
the form: nb, sv and en have two, one (n = 1) and other (0, 2, 5, 21 …); English reads its forms from
``samtale_en.ts`` too ("%n minute" / "%n minutes"), never the source's "(s)".

Why a QObject and ``self.tr`` rather than ``QCoreApplication.translate(context, text, None, n)``:
pyside6-lupdate (6.11) marks a ``translate`` call as numerus only when its fourth argument is an
integer literal; with a variable it takes the name for an old "encoding" argument and writes a plain
message. ``self.tr(text, None, n)`` is always read as numerus. The context is the class name.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject


class Counts(QObject):
    """Context "Counts": durations and other counts shared by several pages."""

    def minutes(self, n: int) -> str:
        return self.tr("%n minute(s)", None, n)

    def hours(self, n: int) -> str:
        return self.tr("%n hour(s)", None, n)

    def waiting(self, seconds: float) -> str:
        """How long a patient has waited, in whole minutes: "Waiting 3 minutes"."""
        minutes = max(0, int(seconds)) // 60
        if minutes == 0:
            return self.tr("Waiting less than a minute")
        if minutes < 60:
            return self.tr("Waiting %n minute(s)", None, minutes)
        hours, minutes = divmod(minutes, 60)
        return self.tr("Waiting {hours} {minutes}").format(
            hours=self.hours(hours), minutes=self.minutes(minutes)
        )


@cache
def counts() -> Counts:
    """The one ``Counts`` (a plain QObject, made on first use; no application needed)."""
    return Counts()

"""A QTranslator that reads a Qt Linguist ``.ts`` file directly, so a checkout runs without lrelease.

Packaged builds ship compiled ``.qm`` files (``pyside6-lrelease``); ``app.ui.i18n`` prefers those and
falls back to this loader. Unfinished and obsolete messages are left out, as lrelease does.

Plural (numerus) forms follow Qt's own rules, as a ``.qm`` file made by lrelease carries them: for
the languages of this app (nb, sv, en, and Danish, German, Nynorsk alike) form 0 is for n = 1 and
form 1 for every other n ≥ 0 (0, 2, 5, 21 …). ``n < 0`` means "no count": form 0, as QTranslator
does. Like QTranslator, this returns the form as written; ``QCoreApplication.translate`` then puts
the number in for ``%n`` (and, in the default locale's digits, for ``%Ln``).
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QObject, QTranslator

log = logging.getLogger(__name__)

_SKIPPED = {"unfinished", "vanished", "obsolete"}
# Languages whose Qt numerus rule is "one (n == 1) / other"; anything else needs lrelease's .qm.
_ONE_OTHER = {"nb", "nn", "no", "sv", "en", "da", "de", "nl", "fi", "is"}


def read_ts(path: Path) -> tuple[str, dict[tuple[str, str, str], list[str]]]:
    """The file's language and its finished messages: (context, source, comment) -> forms."""
    root = ET.parse(path).getroot()  # our own resource file, not untrusted input
    messages: dict[tuple[str, str, str], list[str]] = {}
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            comment = message.findtext("comment", default="")
            translation = message.find("translation")
            if translation is None or translation.get("type") in _SKIPPED:
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            if any(forms):
                messages[(name, source, comment)] = forms
    return root.get("language", ""), messages


def numerus_form(language: str, n: int) -> int:
    """Which plural form Qt picks for ``n`` in ``language`` (``nb_NO``, ``sv``, ``en`` …)."""
    if n < 0:
        return 0  # no count given
    return 0 if n == 1 else 1


class TsTranslator(QTranslator):
    """Translates from the messages of one ``.ts`` file (plural forms as Qt's rules pick them)."""

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language, self._messages = read_ts(path)
        if self._language.split("_")[0] not in _ONE_OTHER:
            log.warning("plural forms of %s are read as one/other; compile %s", self._language, path.name)

    def language(self) -> str:
        return self._language

    def isEmpty(self) -> bool:
        return not self._messages

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        forms = self._messages.get((context, source, disambiguation or ""))
        if forms is None:
            return None
        form = forms[min(numerus_form(self._language, n), len(forms) - 1)]
        return form or None  # an empty form is untranslated: Qt then shows the source

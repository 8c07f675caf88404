"""A QTranslator that reads a Qt Linguist ``.ts`` file directly, so a checkout runs without lrelease.

Packaged builds ship compiled ``.qm`` files (``pyside6-lrelease``); ``app.ui.i18n`` prefers those and
falls back to this loader. Unfinished and obsolete messages are left out, as lrelease does.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QObject, QTranslator

_SKIPPED = {"unfinished", "vanished", "obsolete"}


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


class TsTranslator(QTranslator):
    """Translates from the messages of one ``.ts`` file (plural forms: one / other)."""

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language, self._messages = read_ts(path)

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
        text = forms[1] if n not in (-1, 1) and len(forms) > 1 else forms[0]
        return text.replace("%n", str(n)) if n != -1 else text

"""Which language the UI speaks: chosen from the OS locale or ``--lang``, switchable live.

Loading: ``resources/translations/samtale_<lang>.qm`` when a build produced it (``pyside6-lrelease``
at package time), otherwise the ``.ts`` source through ``TsTranslator``. English is the source
language, but ``en`` loads its file too: it holds the English plural forms ("%n minute" / "%n
minutes" for the source "%n minute(s)"); without it English falls back to the source texts. Installing
a translator makes Qt send ``LanguageChange`` to every widget, and each page re-translates itself.
Numbers, times and dates follow the same language through ``app.ui.locale_format``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator, Signal

from app.ui.locale_format import use_language
from app.ui.ts_translator import TsTranslator

log = logging.getLogger(__name__)

LANGUAGES = ("en", "nb", "sv")
# Shown in the language picker, each in its own language (never translated).
LANGUAGE_NAMES = {"en": "English", "nb": "Norsk (bokmål)", "sv": "Svenska"}

_NORWEGIAN = {
    QLocale.Language.NorwegianBokmal,
    QLocale.Language.NorwegianNynorsk,
}


def language_for_locale(locale: QLocale) -> str:
    """``nb`` for Norwegian, ``sv`` for Swedish, else ``en``."""
    language = locale.language()
    if language in _NORWEGIAN:
        return "nb"
    if language == QLocale.Language.Swedish:
        return "sv"
    return "en"


def load_translator(directory: Path, language: str, parent: QObject | None = None) -> QTranslator | None:
    """The translator for ``language`` from ``directory``, or None (no file found)."""
    qm = directory / f"samtale_{language}.qm"
    if qm.is_file():
        translator = QTranslator(parent)
        if translator.load(str(qm)):
            return translator
        log.warning("could not load %s; trying the .ts file", qm.name)
    ts = directory / f"samtale_{language}.ts"
    if ts.is_file():
        return TsTranslator(ts, parent)
    log.warning("no translation file for %s in %s", language, directory)
    return None


class Translations(QObject):
    """Owns the one installed translator of the application and swaps it on ``switch``."""

    languageChanged = Signal(str)

    def __init__(self, directory: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._directory = directory
        self._translator: QTranslator | None = None
        self._language = "en"

    @property
    def language(self) -> str:
        return self._language

    def switch(self, language: str) -> None:
        """Use ``language`` (one of LANGUAGES) from now on; widgets re-translate themselves."""
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
        translator = load_translator(self._directory, language, self)
        if translator is not None:
            QCoreApplication.installTranslator(translator)
            self._translator = translator
        use_language(language)  # times, dates and numbers in the UI language
        self._language = language
        self.languageChanged.emit(language)

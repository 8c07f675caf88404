"""A small drop-down for the UI language; each language is named in its own language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from app.ui.i18n import LANGUAGE_NAMES, LANGUAGES, Translations


class LanguagePicker(QComboBox):
    """Switches ``translations`` when the user picks a language, and follows switches made elsewhere."""

    def __init__(self, translations: Translations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._translations = translations
        for code in LANGUAGES:
            self.addItem(LANGUAGE_NAMES[code], code)
        self._show(translations.language)
        self.activated.connect(self._picked)
        translations.languageChanged.connect(self._show)

    def _picked(self, index: int) -> None:
        code = self.itemData(index)
        if code != self._translations.language:
            self._translations.switch(code)

    def _show(self, language: str) -> None:
        index = self.findData(language)
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)

"""The emergency notice as a label: where to call when it is urgent, in the interface's language.

Shown on the patient's "I'm ready" page and in the waiting room; never hidden. It words itself again
when the language changes (the deployment's own text follows the language too).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.core.emergency import EmergencyNotice
from app.ui import messages
from app.ui.i18n import Translations
from app.ui.widgets.named import named


class EmergencyNote(QLabel):
    """One sentence, word-wrapped, with the same accessible name as its text."""

    def __init__(
        self, notice: EmergencyNotice, translations: Translations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._notice = notice
        self._translations = translations
        self.setWordWrap(True)
        named(self, "emergency")
        translations.languageChanged.connect(lambda _language: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(messages.emergency_text(self._notice, self._translations.language))
        self.setAccessibleName(self.text())

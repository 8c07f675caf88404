"""The settings page: camera, microphone and speaker; language; theme; notification sound.

Opened from the window's header at any time and left with Back; every change takes effect at once
and is kept (``UiSettings``) for the next start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from app.core.protocol import Role
from app.ui.i18n import Translations
from app.ui.settings.store import Theme, UiSettings
from app.ui.widgets.language_picker import LanguagePicker
from app.ui.widgets.named import named
from app.ui.widgets.page import Page


class SettingsPage(Page):
    """``backRequested`` is the primary button; the window returns to where the user was."""

    def __init__(
        self,
        role: Role,
        translations: Translations,
        settings: UiSettings,
        apply_theme: Callable[[Theme], None],
        devices: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._role = role
        self._settings = settings
        self._apply_theme = apply_theme
        self.devices_heading = named(QLabel(), "subheading")
        self.devices = devices  # the device chooser the window made (None: nothing to choose here)
        self.no_devices = named(QLabel(wordWrap=True), "hint")
        self.language_heading = named(QLabel(), "subheading")
        self.language = LanguagePicker(translations)
        self.language_heading.setBuddy(self.language)
        self.theme_heading = named(QLabel(), "subheading")
        self.theme = QComboBox()
        for theme in Theme:
            self.theme.addItem("", theme.value)
        self.theme_heading.setBuddy(self.theme)
        self.sound_heading = named(QLabel(), "subheading")
        self.sound = QCheckBox()

        self.content.addWidget(self.devices_heading)
        self.content.addWidget(self.devices if self.devices is not None else self.no_devices)
        for heading, control in (
            (self.language_heading, self.language),
            (self.theme_heading, self.theme),
            (self.sound_heading, self.sound),
        ):
            self.content.addSpacing(6)
            self.content.addWidget(heading)
            self.content.addWidget(control)

        self.theme.setCurrentIndex(self.theme.findData(settings.theme.value))
        self.sound.setChecked(settings.notification_sound)
        self.theme.activated.connect(self._theme_picked)
        self.sound.toggled.connect(self._sound_toggled)
        translations.languageChanged.connect(self._language_changed)
        self.retranslate()

    def _theme_picked(self, index: int) -> None:
        theme = Theme(self.theme.itemData(index))
        self._settings.theme = theme
        self._apply_theme(theme)

    def _sound_toggled(self, on: bool) -> None:
        self._settings.notification_sound = on

    def _language_changed(self, code: str) -> None:
        if self.isVisible():  # only what the user picked here, not the language the app started in
            self._settings.language = code

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.body.setText(self.tr("Changes take effect at once and are kept for the next time."))
        self.devices_heading.setText(self.tr("Camera, microphone and speaker"))
        self.no_devices.setText(
            self.tr(
                "Samtale opens your camera and microphone when a call starts and uses the ones your "
                "computer has chosen."
            )
        )
        self.language_heading.setText(self.tr("Language"))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(self.tr("The language of Samtale's words"))
        self.theme_heading.setText(self.tr("Look"))
        names = {
            Theme.SYSTEM: self.tr("As the computer is set"),
            Theme.STANDARD: self.tr("Standard"),
            Theme.HIGH_CONTRAST: self.tr("High contrast"),
        }
        for index in range(self.theme.count()):
            self.theme.setItemText(index, names[Theme(self.theme.itemData(index))])
        self.theme.setAccessibleName(self.tr("Look"))
        self.theme.setAccessibleDescription(
            self.tr("Standard colours, high contrast, or as the computer is set")
        )
        self.sound_heading.setText(self.tr("Sounds"))
        if self._role is Role.CLINICIAN:
            self.sound.setText(self.tr("Play a sound when a patient is waiting"))
        else:
            self.sound.setText(self.tr("Ring when the clinic calls me"))
        self.sound.setAccessibleName(self.sound.text())
        self.primary.setText(self.tr("Back"))
        self.primary.setAccessibleName(self.tr("Back"))
        self.primary.setAccessibleDescription(self.tr("Close the settings and go back"))

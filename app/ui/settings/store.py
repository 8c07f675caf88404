"""What the user chose and the app keeps between starts: language, theme, notification sound.

The values live in a ``SettingsBackend`` — ``QSettings`` in the app (the OS's own place: the registry
on Windows, a plist on macOS, an INI file under ``~/.config`` on Linux), a plain dict in tests. Each
setting has a default that means "as the system says" or "on", so a first start behaves as before.
Nothing personal is kept here: no name, no token, no room.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, Protocol

from app.ui.i18n import LANGUAGES


class Theme(StrEnum):
    """The look the user chose; SYSTEM follows the OS's contrast preference, live."""

    SYSTEM = "system"
    STANDARD = "standard"
    HIGH_CONTRAST = "high_contrast"

    def high_contrast(self) -> bool | None:
        """What ``app.ui.theme.apply_theme`` takes: None follows the system."""
        return {Theme.SYSTEM: None, Theme.STANDARD: False, Theme.HIGH_CONTRAST: True}[self]


class SettingsBackend(Protocol):
    """The part of ``QSettings`` used here."""

    def value(self, key: str, defaultValue: Any = None) -> Any: ...

    def setValue(self, key: str, value: Any) -> None: ...


class DictBackend:
    """Keeps settings in memory (tests, and a window given no store): nothing is written anywhere."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def value(self, key: str, defaultValue: Any = None) -> Any:
        return self.values.get(key, defaultValue)

    def setValue(self, key: str, value: Any) -> None:
        self.values[key] = value


class UiSettings:
    """Typed access to the kept settings; ``listen`` is told the key of each change."""

    def __init__(self, backend: SettingsBackend | None = None) -> None:
        self._backend = backend if backend is not None else DictBackend()
        self._listeners: list[Callable[[str], None]] = []

    def listen(self, listener: Callable[[str], None]) -> None:
        self._listeners.append(listener)

    @property
    def language(self) -> str | None:
        """The language the user picked (None: follow the system)."""
        value = self._backend.value("ui/language")
        return value if isinstance(value, str) and value in LANGUAGES else None

    @language.setter
    def language(self, code: str | None) -> None:
        self._set("ui/language", code if code in LANGUAGES else "")

    @property
    def theme(self) -> Theme:
        value = self._backend.value("ui/theme", Theme.SYSTEM.value)
        try:
            return Theme(str(value))
        except ValueError:
            return Theme.SYSTEM

    @theme.setter
    def theme(self, theme: Theme) -> None:
        self._set("ui/theme", theme.value)

    @property
    def notification_sound(self) -> bool:
        """Whether a knock (clinician) or a call from the clinic (patient) plays a sound."""
        return _truthy(self._backend.value("notify/sound", True))

    @notification_sound.setter
    def notification_sound(self, on: bool) -> None:
        self._set("notify/sound", on)

    def _set(self, key: str, value: Any) -> None:
        self._backend.setValue(key, value)
        for listener in list(self._listeners):
            listener(key)


def _truthy(value: Any) -> bool:
    """QSettings' INI backend gives back "true"/"false" strings for booleans."""
    if isinstance(value, str):
        return value.strip().lower() not in ("false", "0", "no", "")
    return bool(value)

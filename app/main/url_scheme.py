"""Windows: the patient app registers ``samtale://`` for the current user when it starts.

Briefcase 0.4.7's MSI template cannot register a URL scheme (decision 0011), and the patient's MSI
installs per user without administrator rights, so the app writes the registration itself under
``HKEY_CURRENT_USER\\Software\\Classes\\samtale`` (no rights needed): the default value
``URL:Samtale``, an empty ``URL Protocol`` value, and ``shell\\open\\command`` =
``"<Samtale.exe>" "%1"``. It writes only when something differs (a moved or updated install),
so a normal start costs one registry read. Other systems register through their packages
(the .deb's desktop entry, the macOS Info.plist).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QSettings

log = logging.getLogger(__name__)

SCHEME = "samtale"
HKCU_CLASSES = "HKEY_CURRENT_USER\\Software\\Classes"
DEFAULT = "Default"  # QSettings' name for a registry key's default value


def wanted(executable: str) -> dict[str, str]:
    """The values under ``Classes\\samtale`` that make Windows start ``executable`` with the link."""
    return {
        DEFAULT: "URL:Samtale",
        "URL Protocol": "",
        f"shell/open/command/{DEFAULT}": f'"{executable}" "%1"',
    }


def register(settings: QSettings, executable: str) -> bool:
    """Write the registration into ``settings`` (the ``samtale`` key) if it differs; True if written."""
    values = wanted(executable)
    if all(settings.value(key) == value for key, value in values.items()):
        return False
    for key, value in values.items():
        settings.setValue(key, value)
    settings.sync()
    if settings.status() is not QSettings.Status.NoError:
        log.warning("could not register the samtale:// links for this user (%s)", settings.status().name)
        return False
    return True


def register_for_this_user(
    platform: str = sys.platform,
    executable: str = sys.executable,
    open_settings: Callable[[], QSettings] | None = None,
) -> bool:
    """On Windows, make ``samtale://`` links open this app (per user); elsewhere do nothing."""
    if platform != "win32":
        return False
    settings = (
        open_settings()
        if open_settings is not None
        else QSettings(f"{HKCU_CLASSES}\\{SCHEME}", QSettings.Format.NativeFormat)
    )
    return register(settings, executable)

r"""The installed apps (from scripts/package --install), found through SAMTALE_INSTALLED_APPS.

``SAMTALE_INSTALLED_APPS`` names the folder holding the installed launchers (``/usr/bin``);
``SAMTALE_INSTALLED_<APP>`` (``SAMTALE_INSTALLED_SAMTALE_PATIENT``) names one app's installed executable
instead, where it is not ``<folder>/<app>``: the release workflow's Windows MSI
(``...\Samtale\Samtale.exe``) and macOS DMG (``Samtale.app/Contents/MacOS/Samtale``).
Outside CI, without it, these tests are skipped with that reason; scripts/test sets
``SAMTALE_REQUIRE_INSTALLED=1`` after building and installing the packages, and then a missing
app is a failure, never a skip.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def installed_app() -> Callable[[str], Path]:
    folder = os.environ.get("SAMTALE_INSTALLED_APPS")
    required = os.environ.get("SAMTALE_REQUIRE_INSTALLED") == "1"

    def find(app: str) -> Path:
        exact = os.environ.get(f"SAMTALE_INSTALLED_{app.upper()}")
        if exact is not None:
            path = Path(exact)
            if not path.is_file():
                pytest.fail(f"SAMTALE_INSTALLED_{app.upper()}={exact} is not an installed app")
            return path
        if folder is None:
            if required:
                pytest.fail("SAMTALE_REQUIRE_INSTALLED=1 but SAMTALE_INSTALLED_APPS is not set")
            pytest.skip("no installed apps: run scripts/package --install and set SAMTALE_INSTALLED_APPS")
        path = Path(folder) / app
        if not (path.is_file() and os.access(path, os.X_OK)):
            pytest.fail(f"{path} is not an installed app (scripts/package --install builds it)")
        return path

    return find

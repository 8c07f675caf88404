"""What the .deb installs besides the code: every library resolves, the desktop entries and icons.

Pruning Qt modules from the bundle (``cleanup_paths`` in pyproject.toml) must not leave a library
whose dependencies are gone: Qt Multimedia's FFmpeg plugin, for one, links Qt Quick and Qml, and
without them Qt finds no camera backend at all.
"""

from __future__ import annotations

import configparser
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

APPS = {"samtale_patient": "no.samtale.samtale-patient", "samtale_clinic": "no.samtale.samtale-clinic"}


def _install_root(launcher: Path) -> Path:
    return launcher.resolve().parents[1]  # /usr/bin/<app> -> /usr


@pytest.mark.parametrize("app", sorted(APPS))
def test_every_shared_library_of_the_installed_app_finds_its_dependencies(
    app: str, installed_app: Callable[[str], Path]
) -> None:
    packages = _install_root(installed_app(app)) / "lib" / app / "app_packages"
    libraries = [p for p in packages.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    assert len(libraries) > 50, f"expected the app's compiled packages under {packages}"
    missing: list[str] = []
    for library in libraries:
        out = subprocess.run(["ldd", str(library)], capture_output=True, text=True, check=False).stdout
        missing += [
            f"{library.relative_to(packages)}: {line.strip()}"
            for line in out.splitlines()
            if "not found" in line
        ]
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("app", sorted(APPS))
def test_the_installed_app_has_a_desktop_entry_and_icons(
    app: str, installed_app: Callable[[str], Path]
) -> None:
    launcher = installed_app(app)
    share = _install_root(launcher) / "share"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(share / "applications" / f"{APPS[app]}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"].split()[0] == str(launcher)
    assert desktop["Icon"] == APPS[app]
    for size in (16, 32, 64, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APPS[app]}.png").is_file()
    schemes = desktop.get("MimeType", "")
    if app == "samtale_patient":  # samtale:// join links open the patient app
        assert "x-scheme-handler/samtale;" in schemes
        assert desktop["Exec"].endswith("%u")
    else:
        assert "x-scheme-handler/samtale" not in schemes


@pytest.mark.parametrize("app", sorted(APPS))
def test_the_installed_app_ships_its_bytecode_for_one_python(
    app: str, installed_app: Callable[[str], Path]
) -> None:
    # /usr/lib is not the user's to write: without shipped bytecode every start compiles the sources.
    code = _install_root(installed_app(app)) / "lib" / app / "app"
    sources = [p for p in code.rglob("*.py") if "__pycache__" not in p.parts]
    tags = {pyc.name.split(".")[-2] for pyc in code.rglob("*.pyc")}
    assert len(tags) == 1, f"bytecode for {sorted(tags)}: expected one Python's"
    tag = tags.pop()
    missing = [
        str(p.relative_to(code))
        for p in sources
        if not (p.parent / "__pycache__" / f"{p.stem}.{tag}.pyc").is_file()
    ]
    assert len(sources) > 100
    assert missing == []

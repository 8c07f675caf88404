"""Windows registration of samtale:// for the current user, written through QSettings.

The registry itself exists only on Windows; here the same keys go to an INI file through the same
QSettings calls, which is what the registry format maps them to (``Default`` is a key's default value).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.main.url_scheme import DEFAULT, register, register_for_this_user

EXE = r"C:\Users\kari\AppData\Local\Programs\Samtale\Samtale.exe"


def ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "samtale.ini"), QSettings.Format.IniFormat)


def test_registers_the_scheme_with_the_app_and_the_link_as_argument(tmp_path):
    settings = ini(tmp_path)
    assert register(settings, EXE) is True
    again = ini(tmp_path)  # read back from the file, not from the writer's cache
    assert again.value(DEFAULT) == "URL:Samtale"
    assert again.value("URL Protocol") == ""
    assert again.value(f"shell/open/command/{DEFAULT}") == f'"{EXE}" "%1"'


def test_writes_nothing_when_already_registered_and_rewrites_after_a_move(tmp_path):
    assert register(ini(tmp_path), EXE) is True
    assert register(ini(tmp_path), EXE) is False
    moved = r"D:\Apps\Samtale\Samtale.exe"
    assert register(ini(tmp_path), moved) is True
    assert ini(tmp_path).value(f"shell/open/command/{DEFAULT}") == f'"{moved}" "%1"'


def test_only_windows_registers_here(tmp_path):
    opened: list[QSettings] = []

    def open_settings() -> QSettings:
        opened.append(ini(tmp_path))
        return opened[-1]

    assert register_for_this_user("linux", EXE, open_settings) is False
    assert register_for_this_user("darwin", EXE, open_settings) is False
    assert opened == []
    assert register_for_this_user("win32", EXE, open_settings) is True
    assert len(opened) == 1

"""Layer rules import-linter cannot express: only app.ui and app.main may import Qt widgets or GUI."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WIDGET_MODULES = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtOpenGLWidgets", "PySide6.QtQuick")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("package", ["app/core", "app/media", "app/preflight", "app/session", "server"])
def test_no_qt_widgets_outside_the_ui(package: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(m for m in imported_modules(path) if m.startswith(WIDGET_MODULES))
        for path in (ROOT / package).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_check_itself_sees_a_widget_import(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("from PySide6.QtWidgets import QLabel\nimport PySide6.QtGui\n")
    assert {"PySide6.QtWidgets.QLabel", "PySide6.QtGui"} <= imported_modules(module)

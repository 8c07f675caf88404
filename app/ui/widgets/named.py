"""A one-line helper that gives a widget the object name the style sheet selects it by."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """``widget`` with ``objectName`` set to ``name`` (the stubs refuse it as a keyword)."""
    widget.setObjectName(name)
    return widget

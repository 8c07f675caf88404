"""Where keyboard focus goes when a panel opens: its first control that Tab reaches."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def first_focusable(container: QWidget) -> QWidget | None:
    """The first shown widget inside ``container``, in tab order, that takes focus by Tab."""
    widget = container.nextInFocusChain()
    seen: set[int] = set()
    while widget is not None and id(widget) not in seen and widget is not container:
        seen.add(id(widget))
        inside = container.isAncestorOf(widget)
        if (
            inside
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None

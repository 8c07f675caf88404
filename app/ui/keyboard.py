"""Keyboard focus follows the pages of a window: when a page appears, focus lands on its first field,
else its main button, else its first control, so Tab and Space or Enter start right there.

Without this, focus stays on a widget of the page that was hidden and a keyboard user is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget


def tab_reachable(widget: QWidget) -> bool:
    """Whether Tab can reach ``widget`` now (shown, enabled, takes focus by Tab)."""
    policy = widget.focusPolicy()
    return widget.isVisible() and widget.isEnabled() and bool(policy.value & Qt.FocusPolicy.TabFocus.value)


def focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets inside ``root`` that Tab reaches, in Tab order."""
    chain: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not root and widget is not None:
        if root.isAncestorOf(widget) and tab_reachable(widget) and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget in chain:
            break
    return chain


def first_focus(page: QWidget) -> QWidget | None:
    """Where focus should land on ``page``: its ``default_focus``, a field, the main button, or the first
    control."""
    preferred = getattr(page, "default_focus", None)
    if isinstance(preferred, QWidget) and tab_reachable(preferred):
        return preferred
    chain = focus_chain(page)
    field = next((w for w in chain if isinstance(w, QLineEdit)), None)
    main = next((w for w in chain if isinstance(w, QAbstractButton) and w.objectName() == "primary"), None)
    return field or main or (chain[0] if chain else None)


class KeyboardHelp(QObject):
    """Attached to a window with a ``current_page()``: ``page_shown(page)`` puts keyboard focus on the
    page, and so does the window's first showing."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._shown = False
        window.installEventFilter(self)

    def page_shown(self, page: QWidget) -> None:
        target = first_focus(page)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Show and not self._shown:
            self._shown = True
            page = getattr(self._window, "current_page", lambda: None)()
            if isinstance(page, QWidget):
                self.page_shown(page)
        return False

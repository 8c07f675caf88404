"""A page scrolls to the control that gets keyboard focus, also when the app gives the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.ui.widgets.page import Page


def test_focus_given_to_a_control_below_the_fold_scrolls_it_into_view(qtbot) -> None:
    page = Page()
    for n in range(30):
        page.content.addWidget(QLabel(f"Line {n} of a long pre-call report"))
    button = QPushButton("I'm ready")
    page.action_row.addWidget(button)
    qtbot.addWidget(page)
    page.resize(600, 300)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    bar = page.scroller.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0  # the button starts out of sight
    button.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: bar.value() > 0)
    top = button.mapTo(page.scroller.viewport(), button.rect().topLeft()).y()
    assert top >= 0 and top + button.height() <= page.scroller.viewport().height()

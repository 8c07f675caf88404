"""No control's words are cut off: at the app's default window size (960×720), in every language, in
both themes and with the system's text 40 % larger, every shown button and combo box is at least as
wide as its text needs (a combo box: as its minimum, since it elides), and none sticks out sideways
of what holds it.

Seen before this test: "Mute microphone" was clipped on the call bar (the bar's controls asked for
more than the window had, and Qt squeezes push buttons below their size hint to fit).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QWidget

from app.ui.i18n import LANGUAGES
from app.ui.theme import apply_theme
from tests.ui.a11y_walk import clinician_window, patient_window, switch_language, walk_clinician, walk_patient

WINDOW = (960, 720)  # MainWindow's own default size


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp)


def clipped(window: QWidget, page_name: str) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QComboBox) or not widget.isVisibleTo(window):
            continue
        # A button's words are clipped below its size hint; a combo box elides its current item ("…")
        # and shows it whole in its list, so it only has to keep its minimum.
        need = (
            widget.sizeHint().width()
            if isinstance(widget, QAbstractButton)
            else widget.minimumSizeHint().width()
        )
        label = widget.text() if isinstance(widget, QAbstractButton) else widget.currentText()
        if widget.width() < need - 1:
            found.append(f"{page_name}: {label!r} is {widget.width()} px wide, needs {need}")
        # Nor may it stick out of anything it sits in (a scroll area without a sideways bar clips it).
        ancestor = widget.parentWidget()
        while ancestor is not None and ancestor is not window:
            right = widget.mapTo(ancestor, QPoint(widget.width(), 0)).x()
            if right > ancestor.width() + 1:
                out = right - ancestor.width()
                found.append(f"{page_name}: {label!r} sticks out of a {type(ancestor).__name__} by {out} px")
                break
            ancestor = ancestor.parentWidget()
    return found


@pytest.mark.parametrize(
    ("high_contrast", "system_point_size"),
    [(False, 10.0), (True, 10.0), (False, 14.0)],
    ids=["default", "high-contrast", "larger-system-text"],
)
@pytest.mark.parametrize("build", ["patient", "clinician"])
def test_no_control_text_is_cut_off(
    app, qtbot, translations, run_async, build, high_contrast, system_point_size
) -> None:
    apply_theme(app, high_contrast=high_contrast, system_point_size=system_point_size)
    problems: list[str] = []
    for language in LANGUAGES:
        switch_language(translations, language)
        if build == "patient":
            win, fake = patient_window(translations)
        else:
            win, fake = clinician_window(translations)
        qtbot.addWidget(win)
        win.resize(*WINDOW)
        win.show()

        def visit(page_name: str, win: QWidget = win, language: str = language) -> None:
            problems.extend(clipped(win, f"{language} {page_name}"))

        if build == "patient":
            run_async(walk_patient(win, fake, visit))
        else:
            run_async(walk_clinician(win, fake, visit))
        win.close()
    assert problems == []

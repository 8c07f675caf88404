"""Every page of both builds fits a window 800 px wide (issue 11, finding 14: "show the result at
800×600"), in every language and in high contrast: the window never asks for more width than that.

Seen before this test: with Sign out shown, the header (app name, who is signed in, Settings, Help,
Sign out, the language picker) needed about 920 px, so on the room and queue pages the window could
not be made 800 px wide."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.i18n import LANGUAGES
from app.ui.theme import apply_theme
from tests.ui.a11y_walk import clinician_window, patient_window, switch_language, walk_clinician, walk_patient

NARROW = 800


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp)


@pytest.mark.parametrize("high_contrast", [False, True], ids=["default", "high-contrast"])
@pytest.mark.parametrize("build", ["patient", "clinician"])
def test_every_page_fits_a_window_800_px_wide(
    app, qtbot, translations, run_async, build, high_contrast
) -> None:
    apply_theme(app, high_contrast=high_contrast, system_point_size=10.0)
    problems: list[str] = []
    for language in LANGUAGES:
        switch_language(translations, language)
        win, fake = patient_window(translations) if build == "patient" else clinician_window(translations)
        qtbot.addWidget(win)
        win.resize(NARROW, 600)
        win.show()

        def visit(page_name: str, win: QWidget = win, language: str = language) -> None:
            QApplication.processEvents()
            need = win.minimumSizeHint().width()
            if need > NARROW:
                problems.append(f"{language} {page_name}: the window needs {need} px")

        if build == "patient":
            run_async(walk_patient(win, fake, visit))
        else:
            run_async(walk_clinician(win, fake, visit))
        win.close()
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_header_is_one_line_when_the_window_is_wide_and_wraps_at_the_right_when_narrow(
    qtbot, translations, run_async, language
) -> None:
    switch_language(translations, language)
    win, fake = clinician_window(translations)
    qtbot.addWidget(win)
    win.show()
    seen: dict[int, tuple[int, int, int]] = {}

    def visit(page_name: str) -> None:
        if page_name != "create room":
            return
        for width in (1280, NARROW):
            win.resize(width, 720)
            QApplication.processEvents()
            settings = win.settings_button.geometry()
            picker = win.language.mapTo(win.settings_button.parentWidget(), win.language.rect().topLeft())
            right_edge = win.language.mapTo(win, win.language.rect().topRight()).x()
            seen[width] = (settings.center().y(), picker.y() + win.language.height() // 2, right_edge)

    run_async(walk_clinician(win, fake, visit))
    win.close()
    wide_settings, wide_picker, _right = seen[1280]
    assert abs(wide_settings - wide_picker) <= 2  # one line
    narrow_settings, narrow_picker, narrow_right = seen[NARROW]
    assert narrow_picker > narrow_settings + 10  # the picker went to a second line...
    assert narrow_right >= NARROW - 24 - 2  # ...at the right-hand end

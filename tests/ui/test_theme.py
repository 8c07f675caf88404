"""The theme on real widgets: the high-contrast set is applied (by choice or when the OS asks), text
grows with the system font and pages still fit, and every kind of control shows where the focus is."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui import theme
from app.ui.palettes import DEFAULT, HIGH_CONTRAST
from app.ui.theme import BASE_POINT_SIZE, apply_theme, base_point_size
from app.ui.widgets.named import named
from tests.ui.a11y_walk import interactive, patient_window, walk_patient


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application; its usual theme comes back after the test."""
    yield qapp
    apply_theme(qapp, system_point_size=9.0)


def colour_at(widget: QWidget, x: int, y: int) -> str:
    return QColor(widget.grab().toImage().pixel(x, y)).name()


def primary_button(qtbot) -> tuple[QWidget, QPushButton]:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    button = named(QPushButton("I'm ready"), "primary")
    layout.addWidget(button)
    qtbot.addWidget(holder)
    holder.show()
    return holder, button


def test_high_contrast_paints_black_white_and_yellow(app, qtbot) -> None:
    assert apply_theme(app, high_contrast=True) == HIGH_CONTRAST.name
    _holder, button = primary_button(qtbot)
    assert colour_at(button, button.width() // 2, 8) == HIGH_CONTRAST.primary
    assert apply_theme(app, high_contrast=False) == DEFAULT.name
    assert colour_at(button, button.width() // 2, 8) == DEFAULT.primary


def test_the_os_preference_chooses_high_contrast_unless_the_user_chose(app, monkeypatch) -> None:
    assert theme.os_wants_high_contrast() is False  # the offscreen platform has no preference
    assert apply_theme(app) == DEFAULT.name
    monkeypatch.setattr(theme, "os_wants_high_contrast", lambda: True)
    assert apply_theme(app) == HIGH_CONTRAST.name
    assert apply_theme(app, high_contrast=False) == DEFAULT.name  # the user's choice wins
    apply_theme(app)
    monkeypatch.setattr(theme, "os_wants_high_contrast", lambda: False)
    follower = app.findChild(theme._ThemeFollower, "samtaleTheme")
    follower._accessibility.contrastPreferenceChanged.emit(Qt.ContrastPreference.NoPreference)
    assert app.property("samtaleTheme") == DEFAULT.name  # followed live: the OS changed its mind


def test_the_base_size_follows_the_system_font() -> None:
    assert base_point_size(9.0) == BASE_POINT_SIZE  # usual system sizes keep our large print
    assert base_point_size(-1.0) == BASE_POINT_SIZE  # a pixel-sized system font
    assert base_point_size(20.0) == pytest.approx(28.0)


def heading_and_button_sizes(qtbot, translations, run_async) -> dict[str, float]:
    win, fake = patient_window(translations)
    qtbot.addWidget(win)
    win.resize(960, 720)
    win.show()
    sizes: dict[str, float] = {}
    overflow: list[str] = []

    def visit(page_name: str) -> None:
        page = win.current_page()
        scroller = getattr(page, "scroller", None)
        if scroller is None:
            return
        inner, width = scroller.widget(), scroller.viewport().width()
        for widget in interactive(page):
            right = widget.mapTo(inner, QPoint(widget.width(), 0)).x()
            if right > width + 1:
                overflow.append(f"{page_name}: {type(widget).__name__} ends at {right} > {width}")
        sizes[page_name] = page.heading.font().pointSizeF()

    run_async(walk_patient(win, fake, visit))
    assert overflow == []
    sizes["button"] = win.ended_page.primary.font().pointSizeF()
    return sizes


def test_larger_system_text_gives_larger_text_that_still_fits(app, qtbot, translations, run_async) -> None:
    apply_theme(app, system_point_size=9.0)
    usual = heading_and_button_sizes(qtbot, translations, run_async)
    apply_theme(app, system_point_size=16.0)
    large = heading_and_button_sizes(qtbot, translations, run_async)
    assert usual["login"] == pytest.approx(24.0)
    assert large["login"] == pytest.approx(24.0 * 16 / 10, abs=0.1)
    assert all(large[key] > usual[key] for key in usual)


def test_every_kind_of_control_shows_its_focus(app, qtbot) -> None:
    apply_theme(app)
    holder = QWidget()
    layout = QVBoxLayout(holder)
    combo = QComboBox()
    combo.addItem("English")
    controls = [
        QPushButton("Check again"),
        named(QPushButton("I'm ready"), "primary"),
        named(QPushButton("Hang up"), "hangUp"),
        QLineEdit("Ann"),
        combo,
        QCheckBox("For my child"),
        QListWidget(),
    ]
    for control in controls:
        layout.addWidget(control)
    qtbot.addWidget(holder)
    holder.show()
    holder.activateWindow()
    with qtbot.waitActive(holder):
        pass
    holder.setFocus()
    unchanged = []
    for control in controls:
        before = control.grab().toImage()
        control.setFocus()
        assert control.hasFocus()
        if control.grab().toImage() == before:
            unchanged.append(type(control).__name__ + "#" + control.objectName())
        holder.setFocus()
    assert unchanged == []

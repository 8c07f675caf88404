"""The call page laid out as the established video-call apps do (issue 11, finding 14): the other
person fills the page, the self view is small (never over a fifth of the stage's width or a third of
its height) and can be hidden, shown and moved; one bar of large labelled controls (at least 44 px
high, words never cut off at 800×600 in nb, sv and en); the chat and people panels open and close
from the bar (closed for the patient, people open for the clinician) and take the focus; F11 and a
double-click on the picture toggle full screen, Escape leaves it.

Seen before: at the default size the self view covered a third of the remote picture, the side panels
took 400 px whatever the window's size, the chat showed two lines, and the bar held text buttons and
a combo box only."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.core.call_state import CallState
from app.session.moderation_events import ChatReceived
from app.ui.call.stage import Corner
from app.ui.i18n import LANGUAGES
from app.ui.theme import apply_theme
from app.ui.widgets.bar_button import MIN_HEIGHT, BarButton
from tests.ui.a11y_walk import clinician_window, patient_window, switch_language, walk_clinician
from tests.ui.moderation_fakes import person, room
from tests.ui.test_text_fits import clipped

SMALL = (800, 600)


def in_call(qtbot: Any, translations: Any, size: tuple[int, int] = SMALL) -> tuple[Any, Any]:
    win, fake = patient_window(translations)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    win.activateWindow()
    with qtbot.waitActive(win):
        pass
    fake.move(CallState.WAITING)
    fake.move(CallState.CONNECTING)
    fake.emit(room("p-1", person("c-1", "Dr. Berg"), person("p-1", "Ann Olsen")))
    fake.move(CallState.IN_CALL)
    QApplication.processEvents()
    return win, fake


def test_the_other_person_fills_the_patients_page_and_the_self_view_is_small(qtbot, translations) -> None:
    win, _fake = in_call(qtbot, translations)
    page = win.call_page
    stage, me = page.stage, page.self_view
    assert page.views.width() >= win.width() - 2  # no side panel open for the patient at first
    assert stage.height() >= 0.6 * win.height()
    assert me.width() <= stage.width() / 5 + 1
    assert me.height() <= stage.height() / 3 + 1
    assert me.width() * me.height() <= stage.width() * stage.height() / 15
    # bottom right, inside the stage
    assert me.geometry().right() < stage.width() and me.geometry().bottom() < stage.height()
    assert me.x() > stage.width() / 2 and me.y() > stage.height() / 2


def test_the_self_view_hides_shows_and_moves_round_the_corners(qtbot, translations) -> None:
    win, _fake = in_call(qtbot, translations)
    page = win.call_page
    stage, me = page.stage, page.self_view
    page.bar.self_view_action.trigger()
    assert not me.isVisible() and page.bar.self_view_action.text() == "Show my own picture"
    assert not page.bar.corner_action.isEnabled()
    page.bar.self_view_action.trigger()
    assert me.isVisible() and page.bar.self_view_action.text() == "Hide my own picture"
    seen = []
    for _ in range(4):
        page.bar.corner_action.trigger()
        seen.append((stage.corner, me.x() < stage.width() / 2, me.y() < stage.height() / 2))
    assert seen == [
        (Corner.BOTTOM_LEFT, True, False),
        (Corner.TOP_LEFT, True, True),
        (Corner.TOP_RIGHT, False, True),
        (Corner.BOTTOM_RIGHT, False, False),
    ]


def test_dragging_the_self_view_drops_it_in_the_nearest_corner(qtbot, translations) -> None:
    win, _fake = in_call(qtbot, translations)
    stage, me = win.call_page.stage, win.call_page.self_view
    grab = QPoint(me.width() // 2, me.height() // 2)
    QTest.mousePress(me, Qt.MouseButton.LeftButton, pos=grab)
    target = me.mapFromParent(QPoint(stage.width() // 4, stage.height() // 4))
    QTest.mouseMove(me, target)
    QTest.mouseRelease(
        me, Qt.MouseButton.LeftButton, pos=me.mapFromParent(QPoint(stage.width() // 4, stage.height() // 4))
    )
    assert stage.corner is Corner.TOP_LEFT
    assert me.x() < stage.width() / 2 and me.y() < stage.height() / 2


def test_panels_open_and_close_from_the_bar_and_take_the_focus(qtbot, translations) -> None:
    win, _fake = in_call(qtbot, translations)
    page = win.call_page
    assert not page.side.isVisible()
    assert not page.panel_open(page.chat_panel) and not page.panel_open(page.participants_panel)
    page.chat_button.click()
    assert page.panel_open(page.chat_panel) and page.side.isVisible()
    assert (
        QApplication.focusWidget() is win.chat_panel.lines
        or QApplication.focusWidget() is win.chat_panel.entry
    )
    # The chat history takes the panel's height, not two lines.
    assert win.chat_panel.lines.height() >= 0.5 * page.views.height()
    assert page.views.width() >= win.width() / 2
    page.people_button.click()
    assert page.panel_open(page.participants_panel) and page.panel_open(page.chat_panel)  # stacked
    page.people_button.click()
    page.chat_button.setFocus()
    win.chat_panel.entry.setFocus()
    page.chat_button.click()
    assert not page.side.isVisible()
    assert QApplication.focusWidget() is page.chat_button  # back where the panel was opened from
    assert page.chat_button.accessibleName() == "Chat" and page.people_button.accessibleName() == "People"


def test_chat_lines_that_come_while_the_chat_is_closed_are_counted_on_its_button(qtbot, translations) -> None:
    win, fake = in_call(qtbot, translations)
    page = win.call_page
    fake.emit(ChatReceived("c-1", "Dr. Berg", "Hello Ann", 0.0, own=False))
    fake.emit(ChatReceived("p-1", "Ann Olsen", "Hi", 0.0, own=True))
    fake.emit(ChatReceived("c-1", "Dr. Berg", "Can you hear me?", 0.0, own=False))
    assert page.chat_button.text() == "Chat (2 new)" and page.chat_button.accessibleName() == "Chat (2 new)"
    page.chat_button.click()
    assert page.chat_button.text() == "Chat" and win.chat_panel.lines.count() == 3
    fake.emit(ChatReceived("c-1", "Dr. Berg", "Good", 0.0, own=False))
    assert page.chat_button.text() == "Chat"  # read as it comes


def test_the_clinicians_people_panel_is_open_from_the_first_frame(qtbot, translations, run_async) -> None:
    win, fake = clinician_window(translations)
    qtbot.addWidget(win)
    win.resize(*SMALL)
    win.show()
    seen: dict[str, bool] = {}

    def visit(page_name: str) -> None:
        if page_name == "call":
            page = win.call_page
            seen["people"] = page.panel_open(page.participants_panel)
            seen["chat"] = page.panel_open(page.chat_panel)
            seen["mute visible"] = page.participants_panel.rows[1].buttons["mute"].isVisible()

    run_async(walk_clinician(win, fake, visit))
    assert seen == {"people": True, "chat": False, "mute visible": True}


def test_f11_and_a_double_click_toggle_full_screen_and_escape_leaves_it(qtbot, translations) -> None:
    win, fake = in_call(qtbot, translations)
    page = win.call_page
    QTest.keyClick(page.microphone, Qt.Key.Key_F11)
    assert win.isFullScreen() and page.bar.full_screen_action.text() == "Leave full screen"
    QTest.keyClick(page.microphone, Qt.Key.Key_Escape)
    assert not win.isFullScreen() and page.bar.full_screen_action.text() == "Full screen"
    QTest.mouseDClick(page.stage, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert win.isFullScreen()
    QTest.mouseDClick(page.stage, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert not win.isFullScreen()
    QTest.keyClick(page.microphone, Qt.Key.Key_F11)
    fake.move(CallState.ENDED)
    assert not win.isFullScreen()  # the pages after the call come back in the normal window


def test_escape_answers_an_open_question_before_leaving_full_screen(qtbot, translations) -> None:
    win, _fake = in_call(qtbot, translations)
    page = win.call_page
    QTest.keyClick(page.microphone, Qt.Key.Key_F11)
    page.hang_up.click()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not page.confirm.pending and win.isFullScreen()


def bar_problems(win: QWidget, language: str) -> list[str]:
    page = win.call_page  # type: ignore[attr-defined]
    found = clipped(win, f"{language} call")
    for button in page.bar.findChildren(BarButton):
        if button.isVisibleTo(win) and button.height() < MIN_HEIGHT:
            found.append(f"{language}: {button.text()!r} is {button.height()} px high")
    stage, me = page.stage, page.self_view
    if page.views.currentWidget() is stage and (
        me.width() > stage.width() / 5 + 1 or me.height() > stage.height() / 3 + 1
    ):
        found.append(
            f"{language}: self view {me.width()}×{me.height()} on a {stage.width()}×{stage.height()} stage"
        )
    rows = {
        b.mapTo(page.bar, QPoint(0, 0)).y() for b in page.bar.findChildren(BarButton) if b.isVisibleTo(win)
    }
    if len(rows) > 1:
        found.append(f"{language}: the bar's buttons are on {len(rows)} rows")
    if page.bar.height() > win.height() / 4:
        found.append(f"{language}: the bar takes {page.bar.height()} of {win.height()} px")
    return found


def call_at_800(translations: Any, build: str) -> tuple[Any, Any]:
    """A window of ``build`` straight into a call (host for the clinician) at 800×600."""
    if build == "patient":
        win, fake = patient_window(translations)
        fake.move(CallState.WAITING)
        me = "p-1"
    else:
        win, fake = clinician_window(translations)
        me = "c-1"
    fake.move(CallState.CONNECTING)
    fake.emit(room(me, person("c-1", "Dr. Berg"), person("p-1", "Ann Olsen"), person("c-2", "Ida")))
    fake.move(CallState.IN_CALL)
    win.resize(*SMALL)
    win.show()
    QApplication.processEvents()
    return win, fake


@pytest.mark.parametrize("high_contrast", [False, True], ids=["default", "high-contrast"])
@pytest.mark.parametrize("build", ["patient", "clinician"])
def test_the_bar_fits_800_by_600_in_every_language(qapp, qtbot, translations, build, high_contrast):
    apply_theme(qapp, high_contrast=high_contrast, system_point_size=10.0)
    problems: list[str] = []
    try:
        for language in LANGUAGES:
            switch_language(translations, language)
            win, _fake = call_at_800(translations, build)
            qtbot.addWidget(win)
            page = win.call_page
            if page.minimumSizeHint().width() > SMALL[0]:
                problems.append(f"{language}: the call page needs {page.minimumSizeHint().width()} px")
            problems.extend(bar_problems(win, language))
            page.chat_button.click()  # with the chat open too (stacked under People for the clinician)
            QApplication.processEvents()
            problems.extend(bar_problems(win, language + " chat open"))
            win.close()
    finally:
        apply_theme(qapp)
    assert problems == []


def test_the_words_of_a_bar_button_break_between_words_and_keep_brackets_together(qapp) -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from app.ui.widgets.bar_button import split_words

    fm = QFontMetrics(QFont())
    assert split_words("Chat", fm, 10) == ["Chat"]
    assert split_words("Mute microphone", fm, 10_000) == ["Mute microphone"]
    assert split_words("Mute microphone", fm, 10) == ["Mute", "microphone"]
    assert split_words("Chat (12 new)", fm, 10) == ["Chat", "(12 new)"]

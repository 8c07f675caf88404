"""Keyboard use of both windows: focus lands on each new page, Tab reaches every control on every page,
the call bar is in reading order, and Space or Enter does what a click does."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.core.call_state import CallState
from app.core.protocol import PrecallSummary, QueueEntry, Verdict, Verification
from app.session.events import QueueChanged
from app.ui.keyboard import first_focus, focus_chain
from tests.ui.a11y_walk import clinician_window, interactive, patient_window, walk_clinician, walk_patient


def activate(qtbot: Any, window: QWidget) -> None:
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    with qtbot.waitActive(window):
        pass


def tab_through(window: QWidget, presses: int) -> list[QWidget]:
    """Press Tab ``presses`` times from the focused widget; where focus went, in order."""
    visited = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    return visited


@pytest.mark.parametrize("role", ["patient", "clinician"])
def test_tab_reaches_every_control_on_every_page(role, qtbot, translations, run_async):
    make, go = (patient_window, walk_patient) if role == "patient" else (clinician_window, walk_clinician)
    win, fake = make(translations)
    activate(qtbot, win)
    unreached: dict[str, list[str]] = {}
    sizes: dict[str, int] = {}

    def visit(page: str) -> None:
        controls = [w for w in interactive(win) if w.isEnabled()]  # disabled ones are skipped by design
        sizes[page] = len(controls)
        visited = tab_through(win, 2 * len(controls) + 4)
        unreached[page] = [f"{type(w).__name__}#{w.objectName()}" for w in controls if w not in visited]
        # and no stop that is not a named control (a scroll area, a frame)
        unreached[page] += [
            f"extra stop {type(w).__name__}#{w.objectName()}" for w in visited if w not in controls
        ]

    run_async(go(win, fake, visit))  # type: ignore[arg-type]
    assert all(n >= 2 for n in sizes.values()), sizes
    assert unreached == {page: [] for page in sizes}


def test_focus_lands_on_each_new_page(qtbot, translations, run_async):
    win, fake = patient_window(translations)
    activate(qtbot, win)
    landed: dict[str, QWidget | None] = {}
    run_async(walk_patient(win, fake, lambda page: landed.update({page: QApplication.focusWidget()})))
    assert landed["login"] is win.login_page.name
    assert landed["room code"] is win.code_page.code
    assert landed["ready"] is win.ready_page.primary
    assert landed["waiting"] is win.waiting_page.leave
    assert landed["call"] is win.call_page.microphone
    assert landed["ended"] is win.ended_page.primary


def test_the_call_bar_is_in_reading_order(qtbot, translations):
    win, fake = patient_window(translations)
    activate(qtbot, win)
    fake.move(CallState.WAITING)
    fake.move(CallState.CONNECTING)
    page = win.call_page
    assert QApplication.focusWidget() is page.microphone
    order = tab_through(win, 7)
    assert order == [
        page.camera,
        page.chat_button,
        page.people_button,
        win.present.button,
        page.layout_picker,
        page.bar.more,
        page.hang_up,
    ]
    assert first_focus(page) is page.microphone
    assert focus_chain(page)[:2] == [page.microphone, page.camera]


def test_space_and_enter_work_the_controls(qtbot, translations, run_async):
    win, fake = patient_window(translations)
    activate(qtbot, win)

    async def walk() -> None:
        assert QApplication.focusWidget() is win.login_page.name
        QTest.keyClicks(win.login_page.name, "Ann Olsen")
        QTest.keyClick(win.login_page.name, Qt.Key.Key_Return)
        await win.bridge.wait_for_actions()
        assert QApplication.focusWidget() is win.code_page.code
        QTest.keyClicks(win.code_page.code, "KX7-42Q")
        QTest.keyClick(win.code_page.code, Qt.Key.Key_Tab)  # to "Continue"
        assert QApplication.focusWidget() is win.code_page.primary
        QTest.keyClick(win.code_page.primary, Qt.Key.Key_Space)
        await win.bridge.wait_for_actions()
        fake.move(CallState.WAITING)
        fake.move(CallState.CONNECTING)
        QTest.keyClick(win.call_page.microphone, Qt.Key.Key_Space)
        QTest.keyClick(win.call_page.microphone, Qt.Key.Key_Space)
        QTest.keyClick(win.call_page.camera, Qt.Key.Key_Space)

    run_async(walk())
    assert fake.calls == [
        ("login_test", "Ann Olsen"),
        ("open_room", "KX7-42Q"),
        ("set_microphone_enabled", False),
        ("set_microphone_enabled", True),
        ("set_camera_enabled", False),
    ]


def test_a_clinician_admits_with_the_keyboard(qtbot, translations, run_async):
    win, fake = clinician_window(translations)
    activate(qtbot, win)
    ann = QueueEntry("p-1", "Ann Olsen", Verification.TEST, 0.0, PrecallSummary(Verdict.OK))

    async def walk() -> None:
        win.bridge.login("Dr. Berg")
        await win.bridge.wait_for_actions()
        assert QApplication.focusWidget() is win.queue_page.primary
        QTest.keyClick(win.queue_page.primary, Qt.Key.Key_Space)  # Create room
        await win.bridge.wait_for_actions()
        assert QApplication.focusWidget() is win.queue_page.code  # the code to read out or copy
        fake.emit(QueueChanged([ann]))
        admit = win.queue_page.view.row(0).admit
        admit.setFocus()
        QTest.keyClick(admit, Qt.Key.Key_Space)
        await win.bridge.wait_for_actions()

    run_async(walk())
    assert [c[0] for c in fake.calls] == ["login_test", "create_room", "admit"]
    assert fake.calls[-1] == ("admit", "p-1")

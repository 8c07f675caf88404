"""What cannot be undone asks first, in the page, and the patient has a way back (issue 11, finding 9).

Remove, End for all, Hang up, Not now (deny), Leave the waiting room and closing the window in a call
each ask in a non-modal bar on the page (focus on the way out; Escape keeps things as they are). After
leaving, the patient's after-call page offers "Return to the waiting room": a new knock, same room.
"""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt

from app.core.call_state import CallState
from app.core.protocol import PrecallSummary, QueueEntry, Verdict, Verification
from app.session.events import CallEnded, EndReason, QueueChanged
from app.ui.bridge import ClinicianBridge, PatientBridge
from app.ui.clinician_window import ClinicianWindow
from app.ui.patient_window import PatientWindow
from app.ui.queue.queue_model import QueueModel
from app.ui.widgets.confirm_bar import ConfirmBar
from tests.ui.moderation_fakes import ModClinician, ModPatient, person, room

DOC, ANN = person("c-1", "Dr. Berg"), person("p-1", "Ann")


@pytest.fixture
def host(qtbot, translations):
    made: list[ModClinician] = []
    bridge = ClinicianBridge(lambda sink: made.append(ModClinician(sink)) or made[0])
    win = ClinicianWindow(bridge, translations, QueueModel(lambda: 0.0), tray=None, knock_sound=lambda: None)
    qtbot.addWidget(win)
    win.show()
    return win, made[0]


@pytest.fixture
def patient(qtbot, translations, run_async):
    made: list[ModPatient] = []
    bridge = PatientBridge(lambda sink: made.append(ModPatient(sink)) or made[0])
    win = PatientWindow(bridge, translations)
    qtbot.addWidget(win)
    win.show()
    fake = made[0]

    async def into_room() -> None:
        bridge.login("Ann")
        await bridge.wait_for_actions()
        bridge.open_room("KX7-42Q")
        await bridge.wait_for_actions()

    run_async(into_room())
    return win, fake


def in_call(fake) -> None:
    for state in (CallState.CONNECTING, CallState.IN_CALL):
        fake.move(state)


def answer(bar: ConfirmBar, qtbot, confirm: bool, run_async) -> None:
    """Answer the open question (on the loop: the act starts the bridge's task) and let it finish."""
    assert bar.isVisible() and bar.pending
    assert bar.cancel_button.hasFocus()  # a stray Enter or Space never does it

    async def press() -> None:
        if confirm:
            bar.confirm_button.click()
        else:
            qtbot.keyClick(bar.cancel_button, Qt.Key.Key_Escape)
        await asyncio.sleep(0)
        await bar.window().bridge.wait_for_actions()  # type: ignore[attr-defined]

    run_async(press())
    assert not bar.isVisible()


def test_hang_up_asks_first(patient, run_async, qtbot) -> None:
    win, fake = patient
    fake.move(CallState.WAITING)
    in_call(fake)
    win.call_page.hang_up.click()
    bar = win.call_page.confirm
    assert bar.question.text() == "Leave the consultation?"
    answer(bar, qtbot, False, run_async)
    assert ("hang_up",) not in fake.calls
    win.call_page.hang_up.click()
    answer(bar, qtbot, True, run_async)
    run_async(win.bridge.wait_for_actions())
    assert fake.calls[-1] == ("hang_up",)


def test_remove_and_end_for_all_ask_first(host, run_async, qtbot) -> None:
    win, fake = host
    in_call(fake)
    fake.emit(room("c-1", DOC, ANN))
    panel, bar = win.call_page.participants_panel, win.call_page.confirm
    panel.rows[1].buttons["kick"].click()
    assert bar.question.text() == "Remove Ann from the call? Ann cannot come back into this room."
    answer(bar, qtbot, False, run_async)
    panel.end_all.click()
    assert bar.question.text() == "End the consultation for everyone?"
    answer(bar, qtbot, False, run_async)
    run_async(win.bridge.wait_for_actions())
    assert fake.calls == []
    panel.rows[1].buttons["kick"].click()
    answer(bar, qtbot, True, run_async)
    panel.end_all.click()
    answer(bar, qtbot, True, run_async)
    run_async(win.bridge.wait_for_actions())
    assert fake.calls == [("kick", "p-1", True), ("end_call",)]


def test_not_now_on_the_waiting_list_asks_first(host, run_async, qtbot) -> None:
    win, fake = host

    async def room_open() -> None:
        win.bridge.login("Dr. Berg")
        win.clinician_bridge.create_room()
        await win.bridge.wait_for_actions()

    run_async(room_open())
    fake.emit(QueueChanged([QueueEntry("p-1", "Ann", Verification.TEST, 0.0, PrecallSummary(Verdict.OK))]))
    win.queue_page.view.row(0).deny.click()
    bar = win.queue_page.confirm
    assert bar.question.text() == "Send Ann away? They are told you cannot see them this time."
    answer(bar, qtbot, False, run_async)
    run_async(win.bridge.wait_for_actions())
    assert ("deny", "p-1") not in fake.calls
    win.queue_page.view.row(0).deny.click()
    answer(bar, qtbot, True, run_async)
    run_async(win.bridge.wait_for_actions())
    assert fake.calls[-1] == ("deny", "p-1")


def test_leaving_the_waiting_room_asks_first(patient, run_async, qtbot) -> None:
    win, fake = patient
    fake.move(CallState.WAITING)
    assert win.current_page() is win.waiting_page
    win.waiting_page.leave.click()
    bar = win.waiting_page.confirm
    assert bar.question.text() == "Leave the waiting room? You lose your place in the queue."
    answer(bar, qtbot, False, run_async)
    run_async(win.bridge.wait_for_actions())
    assert ("hang_up",) not in fake.calls
    win.waiting_page.leave.click()
    answer(bar, qtbot, True, run_async)
    run_async(win.bridge.wait_for_actions())
    assert fake.calls[-1] == ("hang_up",)


def test_closing_the_window_in_a_call_asks_first(patient, run_async, qtbot) -> None:
    win, fake = patient
    fake.move(CallState.WAITING)
    in_call(fake)
    win.close()
    assert win.isVisible()  # still in the call: nothing happened yet
    bar = win.call_page.confirm
    assert bar.question.text() == "Leave the consultation and close Samtale?"
    answer(bar, qtbot, False, run_async)
    assert win.isVisible()
    win.close()
    answer(bar, qtbot, True, run_async)
    run_async(win.bridge.wait_for_actions())
    assert fake.calls[-1] == ("hang_up",)
    assert not win.isVisible()


def test_after_leaving_the_patient_can_return_to_the_waiting_room(patient, run_async) -> None:
    win, fake = patient
    fake.move(CallState.WAITING)
    in_call(fake)
    fake.move(CallState.ENDED)
    fake.emit(CallEnded(EndReason.HUNG_UP))
    page = win.ended_page
    assert win.current_page() is page
    assert page.return_button.isVisible()
    assert page.return_button.text() == "Return to the waiting room"
    fake.script["knock"] = []

    async def knock_again() -> None:
        page.return_button.click()
        await win.bridge.wait_for_actions()

    run_async(knock_again())
    assert fake.calls[-1][0] == "knock"  # a new knock into the same room, through the lobby
    fake.move(CallState.WAITING)
    assert win.current_page() is win.waiting_page


@pytest.mark.parametrize("reason", [EndReason.KICKED, EndReason.DENIED])
def test_no_way_back_where_the_clinician_said_no(patient, reason) -> None:
    win, fake = patient
    fake.move(CallState.WAITING)
    fake.move(CallState.ENDED)
    fake.emit(CallEnded(reason))
    assert not win.ended_page.return_button.isVisible()
    assert win.ended_page.primary.text() == "Close"

"""Pre-call findings in words where people look: each under its own heading on the patient's panel,
in the clinician's queue row (expandable, keyboard reachable), and no picture or claim without a camera."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.preflight import CheckName, CheckResult, PreflightCode
from app.core.protocol import PrecallSummary, QueueEntry, Verdict, Verification
from app.session.events import QueueChanged
from app.ui.clinician_window import ClinicianWindow
from app.ui.patient_window import PatientWindow
from app.ui.preflight.controller import PreflightController
from app.ui.queue.queue_model import QueueModel
from tests.ui.helpers import until
from tests.ui.test_bridge import clinician, patient
from tests.ui.test_preflight import ScriptedRunner, open_room

C, N = PreflightCode, CheckName

NO_CAMERA_BUSY = [
    CheckResult(N.CAMERA, Verdict.FAIL, [C.CAMERA_NONE]),
    CheckResult(N.MICROPHONE, Verdict.OK, [C.MIC_OK]),
    CheckResult(N.SPEAKER, Verdict.OK, [C.SPEAKER_OK]),
    CheckResult(N.NETWORK, Verdict.OK, [C.NETWORK_OK]),
    CheckResult(N.COMPUTER, Verdict.WARNING, [C.CPU_BUSY], {"cpu_load": 0.97}),
]


@pytest.fixture
def patient_window(qtbot, translations):
    runners: list[ScriptedRunner] = []

    def make(on_result: Callable[[CheckResult], None], only: frozenset[CheckName] | None) -> ScriptedRunner:
        runners.append(ScriptedRunner(list(NO_CAMERA_BUSY), on_result))
        return runners[-1]

    bridge, fake = patient()
    win = PatientWindow(bridge, translations, preflight=PreflightController(make))
    qtbot.addWidget(win)
    win.show()
    return win, fake, runners


def test_a_busy_computer_has_its_own_heading_and_no_camera_means_no_picture_and_no_claim(
    patient_window, run_async, qtbot
) -> None:
    win, _fake, runners = patient_window
    panel, page = win.preflight_panel, win.ready_page

    async def walk() -> None:
        await open_room(win, qtbot)
        await until(lambda: len(runners) == 1)
        runners[0].release.set()
        await until(lambda: win.preflight is not None and win.preflight.report is not None)

    run_async(walk())
    titles = [row.title.text() for row in panel.rows.values()]
    assert titles == ["Camera", "Microphone", "Sound", "Internet connection", "Computer"]
    computer = panel.rows[N.COMPUTER]
    assert (computer.mark.text(), computer.status.text()) == ("!", "Needs attention")
    assert computer.advice.text() == "Your computer is very busy. Close other programs."
    network = panel.rows[N.NETWORK]
    assert (network.status.text(), network.advice.text()) == ("Good", "This works well.")
    # No camera: no picture, and nothing that says "this is how you will look".
    assert not page.self_view.isVisible()
    assert "how you will look" not in page.hint.text()
    assert page.hint.text() == "No camera was found, so there is no picture of you."
    assert page.hint.accessibleName() == page.hint.text()


def test_the_ready_page_shows_the_picture_when_there_is_a_camera(patient_window, run_async, qtbot) -> None:
    win, _fake, runners = patient_window
    NO_CAMERA_BUSY[0] = CheckResult(N.CAMERA, Verdict.OK, [C.CAMERA_OK])
    try:

        async def walk() -> None:
            await open_room(win, qtbot)
            await until(lambda: len(runners) == 1)
            runners[0].release.set()
            await until(lambda: win.preflight is not None and win.preflight.report is not None)

        run_async(walk())
    finally:
        NO_CAMERA_BUSY[0] = CheckResult(N.CAMERA, Verdict.FAIL, [C.CAMERA_NONE])
    assert win.ready_page.self_view.isVisible()
    assert win.ready_page.hint.text() == (
        "This is how you will look. Your clinician is told when you are ready."
    )


class FakeClock:
    def __call__(self) -> float:
        return 10_000.0


def test_the_queue_row_says_why_in_words_open_by_keyboard(qtbot, translations, run_async) -> None:
    bridge, fake = clinician()
    win = ClinicianWindow(bridge, translations, QueueModel(FakeClock()))
    qtbot.addWidget(win)
    win.show()

    async def walk() -> None:
        win.bridge.login("Dr. Berg")
        win.clinician_bridge.create_room()
        await win.bridge.wait_for_actions()

    run_async(walk())
    summary = PrecallSummary(Verdict.FAIL, ["camera_none", "cpu_busy", "network_high_rtt"])
    fake.emit(
        QueueChanged(
            [
                QueueEntry("p-1", "Ann", Verification.TEST, 9_990.0, summary),
                QueueEntry("p-2", "Bo", Verification.TEST, 9_990.0, PrecallSummary(Verdict.OK)),
            ]
        )
    )
    row = win.queue_page.view.row(0)
    assert not row.why.isHidden() and row.why.text() == "Show why"
    assert row.why.accessibleName() == "Show why the check failed for Ann"
    assert row.why.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert row.reasons.isHidden()
    row.why.setFocus()
    QTest.keyClick(row.why, Qt.Key.Key_Space)
    assert not row.reasons.isHidden()
    assert row.why.text() == "Hide why" and row.why.isChecked()
    assert row.reasons.text() == (
        "Camera: No camera was found.\n"
        "Internet connection: The internet connection is slow or unstable.\n"
        "Computer: The computer is very busy."
    )
    assert row.reasons.accessibleName() == row.reasons.text()
    assert row.badge.toolTip() == ""  # the reasons are no longer hidden in a tooltip
    assert win.queue_page.view.row(1).why.isHidden()  # nothing to explain
    translations.switch("sv")
    QApplication.processEvents()
    row = win.queue_page.view.row(0)
    assert row.why.text() == "Dölj varför"
    assert row.reasons.text().startswith("Kamera: ")
    assert "Dator: Datorn är mycket upptagen." in row.reasons.text()
    translations.switch("en")


def test_without_a_camera_the_waiting_room_shows_no_picture_either(patient_window, run_async, qtbot) -> None:
    win, fake, runners = patient_window

    async def walk() -> None:
        await open_room(win, qtbot)
        await until(lambda: len(runners) == 1)
        runners[0].release.set()
        await until(lambda: win.preflight is not None and win.preflight.report is not None)

    run_async(walk())
    from app.core.call_state import CallState

    fake.move(CallState.WAITING)
    page = win.waiting_page
    assert win.current_page() is page
    assert not page.self_view.isVisible()
    assert page.caption.text() == "No camera was found, so there is no picture of you."

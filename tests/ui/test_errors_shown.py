"""No refused action is ever dropped: each shows a plain sentence where the user acted (issue 11, finding 6).

After the first call of the day the window sits in ``ENDED`` until the next call starts; a refusal then
(Create room, Admit, a host control) must still be said on the page the user is on.
"""

from __future__ import annotations

import pytest

from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.core.protocol import PrecallSummary, QueueEntry, Verdict, Verification
from app.session.events import CallEnded, EndReason, QueueChanged, SessionFailed
from app.ui.bridge import ClinicianBridge
from app.ui.clinician_window import ClinicianWindow
from app.ui.queue.queue_model import QueueModel
from tests.ui.fakes import refused
from tests.ui.moderation_fakes import ModClinician, person, room


@pytest.fixture
def window(qtbot, translations):
    made: list[ModClinician] = []
    bridge = ClinicianBridge(lambda sink: made.append(ModClinician(sink)) or made[0])
    win = ClinicianWindow(bridge, translations, QueueModel(lambda: 0.0), tray=None, knock_sound=lambda: None)
    qtbot.addWidget(win)
    win.show()
    return win, made[0]


def _first_call_over(win: ClinicianWindow, fake: ModClinician, run_async) -> None:
    async def walk() -> None:
        win.bridge.login("Dr. Berg")
        win.clinician_bridge.create_room()
        await win.bridge.wait_for_actions()

    run_async(walk())
    for state in (CallState.CONNECTING, CallState.IN_CALL, CallState.ENDED):
        fake.move(state)
    fake.emit(CallEnded(EndReason.REMOTE_LEFT))
    win.ended_page.primary.click()  # back to the waiting list; the call machine stays ENDED
    assert win.current_page() is win.queue_page


def test_a_refused_admit_after_the_first_call_is_said_on_the_waiting_list(window, run_async) -> None:
    win, fake = window
    _first_call_over(win, fake, run_async)
    fake.fail["admit"] = refused(ErrorCode.UNKNOWN_PARTICIPANT)
    entry = QueueEntry("p-2", "Bo", Verification.TEST, 0.0, PrecallSummary(Verdict.OK))
    fake.emit(QueueChanged([entry]))

    async def admit() -> None:
        win.queue_page.view.row(0).admit.click()
        await win.bridge.wait_for_actions()

    run_async(admit())
    assert win.queue_page.error.isVisible()
    assert win.queue_page.error.text() == "That person is no longer waiting."


def test_a_refused_create_room_after_the_first_call_is_said(window, run_async) -> None:
    win, fake = window
    _first_call_over(win, fake, run_async)
    fake.fail["create_room"] = refused(ErrorCode.SERVICE_UNREACHABLE)

    async def create() -> None:
        win.queue_page.create_room()
        await win.bridge.wait_for_actions()

    run_async(create())
    assert win.queue_page.error.text() == (
        "We could not reach Samtale. Please check your internet connection and try again."
    )


def test_a_refused_host_control_is_said_on_the_call_page(window, run_async) -> None:
    win, fake = window
    fake.move(CallState.CONNECTING)
    fake.move(CallState.IN_CALL)
    fake.emit(room("c-1", person("c-1", "Dr. Berg"), person("p-1", "Ann")))

    async def failing(*_args: object) -> None:
        raise refused(ErrorCode.FORBIDDEN)

    fake.moderation.moderate = failing  # type: ignore[attr-defined]

    async def mute() -> None:
        win.call_page.participants_panel.rows[1].buttons["mute"].click()
        await win.bridge.wait_for_actions()

    run_async(mute())
    assert win.call_page.notice.isVisible()
    assert win.call_page.notice.text() == "You are not allowed to do this."


def test_a_session_failure_after_the_call_is_said_on_the_waiting_list(window, run_async) -> None:
    win, fake = window
    _first_call_over(win, fake, run_async)
    fake.emit(SessionFailed(ErrorCode.CONNECTION_LOST))
    assert win.queue_page.error.text() == "The connection was lost. Please check your internet connection."


def test_the_after_call_page_says_the_failure_once(window, run_async) -> None:
    win, fake = window
    fake.move(CallState.CONNECTING)
    fake.move(CallState.IN_CALL)
    fake.emit(SessionFailed(ErrorCode.MEDIA_FAILED))  # the session's order: why, then ended, then the reason
    fake.move(CallState.ENDED)
    fake.emit(CallEnded(EndReason.FAILED), SessionFailed(ErrorCode.CONNECTION_LOST))
    assert win.current_page() is win.ended_page
    assert not win.ended_page.error.isVisible()  # the page's own text says why; not twice
    assert win.ended_page.body.text() == "The connection was lost. Please check your internet connection."

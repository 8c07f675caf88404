"""The clinician's window against a fake consultation: room, queue rows, admit / deny, call, back."""

from __future__ import annotations

import pytest

from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.core.protocol import PrecallSummary, QueueEntry, Verdict, Verification
from app.session.events import CallEnded, EndReason, QueueChanged
from app.ui.clinician_window import ClinicianWindow
from app.ui.queue.queue_model import QueueModel
from tests.ui.fakes import ROOM, refused
from tests.ui.test_bridge import clinician


class FakeClock:
    now = 10_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def window(qtbot, translations):
    bridge, fake = clinician()
    clock = FakeClock()
    win = ClinicianWindow(bridge, translations, QueueModel(clock))
    qtbot.addWidget(win)
    win.show()
    return win, fake, clock


def waiting(pid: str, name: str, since: float, verdict: Verdict = Verdict.OK) -> QueueEntry:
    return QueueEntry(pid, name, Verification.TEST, since, PrecallSummary(verdict))


def test_create_room_shows_code_link_and_empty_queue(window, run_async):
    win, fake, _clock = window
    page = win.queue_page

    async def walk() -> None:
        win.bridge.login("Dr. Berg")
        await win.bridge.wait_for_actions()
        assert win.current_page() is page
        assert page.primary.text() == "Create room"
        assert page.primary.isVisible()
        assert not page.room_part.isVisible()
        page.primary.click()
        await win.bridge.wait_for_actions()

    run_async(walk())
    assert fake.calls == [("login_test", "Dr. Berg"), ("create_room", "Video consultation")]
    assert not page.primary.isVisible()
    assert page.code.text() == ROOM.code
    assert page.link.text() == ROOM.link
    assert page.heading.text() == ROOM.title
    assert page.empty.isVisible()


def test_queue_rows_show_name_verification_time_and_verdict_and_tick(window, run_async):
    win, fake, clock = window
    page = win.queue_page

    async def walk() -> None:
        win.bridge.login("Dr. Berg")
        win.clinician_bridge.create_room()
        await win.bridge.wait_for_actions()

    run_async(walk())
    fake.emit(
        QueueChanged([waiting("p-1", "Ann", clock.now - 75), waiting("p-2", "Bo", clock.now, Verdict.FAIL)])
    )
    assert page.view.row_count() == 2
    assert not page.empty.isVisible()
    row = page.view.row(0)
    assert row.name.text() == "Ann"
    assert row.details.text() == "Test identity (not checked)"
    assert row.waiting.text() == "Waiting 1 minute"
    assert row.badge.text() == "✓ Check passed"  # a symbol and words, never the colour alone
    assert row.badge.objectName() == "badge_ok"
    assert page.view.row(1).badge.objectName() == "badge_fail"
    assert page.view.row(1).badge.text() == "✗ Check failed"
    clock.now += 60
    page.model.tick()
    assert page.view.row(0).waiting.text() == "Waiting 2 minutes"
    fake.emit(QueueChanged([waiting("p-2", "Bo", clock.now - 10, Verdict.FAIL)]))
    assert page.view.row_count() == 1
    assert page.view.row(0).name.text() == "Bo"


def test_admit_and_deny_buttons_call_the_facade_with_the_right_patient(window, run_async):
    win, fake, clock = window
    page = win.queue_page

    async def walk() -> None:
        win.bridge.login("Dr. Berg")
        win.clinician_bridge.create_room()
        await win.bridge.wait_for_actions()
        fake.emit(QueueChanged([waiting("p-1", "Ann", clock.now), waiting("p-2", "Bo", clock.now)]))
        page.view.row(1).deny.click()
        page.confirm.confirm()  # "Send Bo away?" (issue 11, finding 9)
        page.view.row(0).admit.click()
        await win.bridge.wait_for_actions()

    run_async(walk())
    assert fake.calls[2:] == [("deny", "p-2"), ("admit", "p-1")]


def test_a_refused_admit_shows_a_sentence(window, run_async):
    win, fake, clock = window
    fake.fail["admit"] = refused(ErrorCode.UNKNOWN_PARTICIPANT)

    async def walk() -> None:
        win.bridge.login("Dr. Berg")
        win.clinician_bridge.create_room()
        await win.bridge.wait_for_actions()
        fake.emit(QueueChanged([waiting("p-1", "Ann", clock.now)]))
        win.queue_page.view.row(0).admit.click()
        await win.bridge.wait_for_actions()

    run_async(walk())
    assert win.queue_page.error.text() == "That person is no longer waiting."


def test_call_then_back_to_the_waiting_list_then_next_call(window, run_async):
    win, fake, _clock = window
    seen = []
    win.stack.currentChanged.connect(lambda _i: seen.append(win.current_page()))

    async def walk() -> None:
        win.bridge.login("Dr. Berg")
        win.clinician_bridge.create_room()
        await win.bridge.wait_for_actions()

    run_async(walk())
    fake.move(CallState.CONNECTING)
    fake.move(CallState.IN_CALL)
    fake.move(CallState.ENDED)
    fake.emit(CallEnded(EndReason.REMOTE_LEFT))
    assert win.ended_page.body.text() == "The other person has left the consultation."
    assert win.ended_page.primary.text() == "Back to the waiting list"
    win.ended_page.primary.click()
    fake.state = CallState.IDLE  # the session starts a new call machine for the next admit
    fake.move(CallState.CONNECTING)
    assert seen == [
        win.queue_page,
        win.call_page,
        win.ended_page,
        win.queue_page,
        win.call_page,
    ]
    assert win.windowTitle() == "Samtale Clinic"

"""The clinician's rooms in the window: listed after sign-in, opened, closed, the personal room; and
the patient's sentence when a room is closed."""

from __future__ import annotations

import pytest

from app.core.call_state import CallState
from app.core.protocol import PrecallSummary, QueueEntry, RoomSummary, Verification
from app.session.events import CallEnded, EndReason, QueueChanged, RoomWasClosed
from app.ui.clinician_window import ClinicianWindow
from app.ui.patient_window import PatientWindow
from app.ui.queue.queue_model import QueueModel
from tests.ui.fakes import ROOM, STANDING
from tests.ui.test_bridge import clinician, patient


@pytest.fixture
def window(qtbot, translations):
    bridge, fake = clinician()
    fake.room_list = [RoomSummary(STANDING, True, 0, 0), RoomSummary(ROOM, False, 2, 0)]
    win = ClinicianWindow(bridge, translations, QueueModel(lambda: 10_000.0))
    qtbot.addWidget(win)
    win.show()
    return win, fake


def signed_in(win: ClinicianWindow, run_async) -> None:
    async def walk() -> None:
        win.bridge.login("Dr. Berg")
        await win.bridge.wait_for_actions()

    run_async(walk())


def test_after_sign_in_the_clinician_sees_their_open_rooms(window, run_async):
    win, fake = window
    signed_in(win, run_async)
    page = win.queue_page
    assert fake.rooms_asked == 1
    labels = [row.label.text() for row in page.my_rooms.rows]
    assert labels == ["Your personal room · drberg · 0 waiting", "Knee check-up · KX7-42Q · 2 waiting"]
    assert page.my_rooms.isVisible() and not page.my_rooms.empty.isVisible()
    assert page.standing.address.text() == "drberg"
    assert page.primary.isVisible()


def test_opening_a_listed_room_shows_its_code_and_queue(window, run_async):
    win, fake = window
    signed_in(win, run_async)
    page = win.queue_page

    async def walk() -> None:
        page.my_rooms.rows[1].open_button.click()
        await win.bridge.wait_for_actions()

    run_async(walk())
    assert fake.calls[-1] == ("reopen_room", ROOM.room_id)
    assert page.room_part.isVisible() and not page.my_rooms.isVisible()
    assert page.code.text() == ROOM.code


def test_closing_the_open_room_goes_back_to_the_list(window, run_async):
    win, fake = window
    signed_in(win, run_async)
    page = win.queue_page

    async def walk() -> None:
        page.my_rooms.rows[1].open_button.click()
        await win.bridge.wait_for_actions()
        fake.room_list = fake.room_list[:1]
        page.close_room.click()
        await win.bridge.wait_for_actions()

    run_async(walk())
    assert fake.calls[-1] == ("close_room", ROOM.room_id)
    assert not page.room_part.isVisible() and page.my_rooms.isVisible()
    assert len(page.my_rooms.rows) == 1 and fake.rooms_asked == 2
    assert win.clinician_bridge.room is None


def test_a_room_closed_elsewhere_takes_the_page_back_to_the_list(window, run_async):
    win, fake = window
    signed_in(win, run_async)
    page = win.queue_page

    async def walk() -> None:
        page.my_rooms.rows[1].open_button.click()
        await win.bridge.wait_for_actions()
        fake.emit(RoomWasClosed(ROOM.room_id))
        await win.bridge.wait_for_actions()

    run_async(walk())
    assert not page.room_part.isVisible() and page.my_rooms.isVisible()


def test_all_my_rooms_leaves_the_room_open_and_shows_the_list(window, run_async):
    win, fake = window
    signed_in(win, run_async)
    page = win.queue_page

    async def walk() -> None:
        page.my_rooms.rows[0].open_button.click()
        await win.bridge.wait_for_actions()
        page.all_rooms.click()
        await win.bridge.wait_for_actions()

    run_async(walk())
    assert ("close_room", STANDING.room_id) not in fake.calls
    assert page.my_rooms.isVisible() and fake.rooms_asked == 2


def test_the_personal_room_opens_at_the_typed_address(window, run_async):
    win, fake = window
    signed_in(win, run_async)
    page = win.queue_page

    async def walk() -> None:
        page.standing.address.setText("dr-berg")
        page.standing.open_button.click()
        await win.bridge.wait_for_actions()

    run_async(walk())
    assert fake.calls[-1] == ("keep_standing_room", "dr-berg")
    assert page.room_part.isVisible()
    assert page.link.text() == STANDING.link


def test_a_patient_whose_room_was_closed_is_told_in_plain_words(qtbot, translations, run_async):
    bridge, fake = patient()
    win = PatientWindow(bridge, translations)
    qtbot.addWidget(win)
    win.show()
    fake.move(CallState.WAITING)
    fake.emit(RoomWasClosed(ROOM.room_id), CallEnded(EndReason.ROOM_CLOSED))
    fake.move(CallState.ENDED)
    assert win.ended_page.body.text() == (
        "The clinician closed this room, so nobody will come. Please contact your clinic."
    )


def test_the_queue_that_arrives_with_the_reopening_is_kept(window, run_async):
    win, fake = window
    signed_in(win, run_async)
    page = win.queue_page
    entry = QueueEntry("p-9", "Siv", Verification.TEST, 9_000.0, PrecallSummary())
    fake.script["reopen_room"] = [QueueChanged([entry])]  # the service sends it right with the ack

    async def walk() -> None:
        page.my_rooms.rows[1].open_button.click()
        await win.bridge.wait_for_actions()

    run_async(walk())
    assert page.view.row_count() == 1 and page.view.row(0).name.text() == "Siv"


def test_the_rooms_link_and_code_are_one_click_from_the_clipboard(qtbot, translations, run_async) -> None:
    from PySide6.QtGui import QGuiApplication

    from app.ui.clinician_window import ClinicianWindow
    from app.ui.queue.queue_model import QueueModel
    from tests.ui.fakes import ROOM
    from tests.ui.test_bridge import clinician

    bridge, _fake = clinician()
    win = ClinicianWindow(bridge, translations, QueueModel(lambda: 0.0))
    qtbot.addWidget(win)
    bridge._room_created(ROOM)
    win.queue_page.copy_link.click()
    assert QGuiApplication.clipboard().text() == ROOM.link
    assert win.queue_page.copy_link.text() == "Link copied"
    win.queue_page.copy_code.click()
    assert QGuiApplication.clipboard().text() == ROOM.code
    assert win.queue_page.copy_code.text() == "Code copied"

"""The patient's window against a fake consultation: pages per state, buttons call the facade."""

from __future__ import annotations

import pytest

from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.core.protocol import Participant, Role
from app.session.events import (
    CallEnded,
    EndReason,
    LobbyPositionChanged,
    ParticipantsChanged,
    ServiceConnectionChanged,
    SessionFailed,
)
from app.ui.patient_window import PatientWindow
from tests.ui.fakes import ROOM, refused
from tests.ui.helpers import until
from tests.ui.test_bridge import patient


@pytest.fixture
def window(qtbot, translations):
    bridge, fake = patient()
    win = PatientWindow(bridge, translations)
    qtbot.addWidget(win)
    win.show()
    return win, fake


def test_whole_patient_flow_with_the_pages_it_shows(window, run_async, qtbot):
    win, fake = window
    fake.script["knock"] = [LobbyPositionChanged(2)]
    seen = [win.current_page()]
    win.stack.currentChanged.connect(lambda _i: seen.append(win.current_page()))

    async def walk() -> None:
        assert not win.login_page.primary.isEnabled()  # no name yet
        qtbot.keyClicks(win.login_page.name, "Ann Olsen")
        win.login_page.primary.click()
        await until(lambda: win.current_page() is win.code_page)
        assert win.user_label.text() == "Signed in as Ann Olsen"
        assert win.test_tag.isVisible()
        qtbot.keyClicks(win.code_page.code, "KX7-42Q")
        win.code_page.primary.click()
        await until(lambda: win.current_page() is win.ready_page)
        assert win.ready_page.heading.text() == "Knee check-up"
        assert win.ready_page.body.text() == "With Dr. Berg"
        assert win.ready_page.primary.text() == "I'm ready"
        win.ready_page.primary.click()
        await win.bridge.wait_for_actions()
        fake.move(CallState.WAITING)
        assert win.current_page() is win.waiting_page
        fake.emit(LobbyPositionChanged(2))
        assert win.waiting_page.body.text() == "You are number 2 in the queue. Dr. Berg will let you in."
        fake.emit(LobbyPositionChanged(1))
        assert win.waiting_page.body.text() == "You are next in the queue. Dr. Berg will let you in."
        fake.move(CallState.CONNECTING)
        assert win.current_page() is win.call_page
        assert win.call_page.status.text() == "Connecting…"
        fake.emit(ParticipantsChanged([Participant("c-1", "Dr. Berg", Role.CLINICIAN)]))
        fake.move(CallState.IN_CALL)
        assert win.call_page.status.text() == "In consultation with Dr. Berg"
        win.call_page.hang_up.click()
        win.call_page.confirm.confirm()  # "Leave the consultation?" (issue 11, finding 9)
        await win.bridge.wait_for_actions()
        fake.move(CallState.ENDED)
        fake.emit(CallEnded(EndReason.HUNG_UP))

    run_async(walk())
    assert fake.calls == [("login_test", "Ann Olsen"), ("open_room", "KX7-42Q"), ("knock",), ("hang_up",)]
    assert seen == [
        win.login_page,
        win.code_page,
        win.ready_page,
        win.waiting_page,
        win.call_page,
        win.ended_page,
    ]
    assert win.ended_page.heading.text() == "The consultation has ended"
    assert win.ended_page.body.text() == "You ended the consultation."


def test_a_wrong_code_shows_a_plain_sentence_and_stays(window, run_async, qtbot):
    win, fake = window
    fake.fail["open_room"] = refused(ErrorCode.NOT_FOUND)

    async def walk() -> None:
        win.bridge.login("Ann")
        await win.bridge.wait_for_actions()
        qtbot.keyClicks(win.code_page.code, "WRONG")
        win.code_page.primary.click()
        await win.bridge.wait_for_actions()

    run_async(walk())
    assert win.current_page() is win.code_page
    assert win.code_page.error.isVisible()
    assert win.code_page.error.text().startswith("We could not find a consultation with that code.")
    assert win.code_page.primary.isEnabled()  # can try again


def test_service_unreachable_at_login(window, run_async, qtbot):
    win, fake = window
    fake.fail["login_test"] = refused(ErrorCode.SERVICE_UNREACHABLE)

    async def walk() -> None:
        qtbot.keyClicks(win.login_page.name, "Ann")
        qtbot.keyClick(win.login_page.name, "\r")
        await until(lambda: ("login_test", "Ann") in fake.calls)
        await win.bridge.wait_for_actions()

    run_async(walk())
    assert win.current_page() is win.login_page
    assert "internet connection" in win.login_page.error.text()
    assert win.login_page.name.isEnabled()


def test_denied_patient_sees_why(window, run_async):
    win, fake = window

    async def walk() -> None:
        win.bridge.login("Ann")
        await win.bridge.wait_for_actions()
        fake.move(CallState.WAITING)
        fake.move(CallState.ENDED)
        fake.emit(CallEnded(EndReason.DENIED))

    run_async(walk())
    assert win.current_page() is win.ended_page
    assert win.ended_page.body.text().startswith("The clinician could not let you in this time.")
    assert win.ended_page.primary.text() == "Close"


def test_a_failed_call_says_what_failed_and_no_code(window, run_async):
    win, fake = window

    async def walk() -> None:
        win.bridge.login("Ann")
        await win.bridge.wait_for_actions()
        fake.move(CallState.WAITING)
        fake.move(CallState.CONNECTING)
        fake.emit(SessionFailed(ErrorCode.MEDIA_FAILED))
        assert win.call_page.status.text() == "The video connection could not be set up. Please try again."
        fake.move(CallState.ENDED)
        fake.emit(CallEnded(EndReason.FAILED))

    run_async(walk())
    assert win.ended_page.body.text() == "The video connection could not be set up. Please try again."
    assert "media_failed" not in win.ended_page.body.text()


def test_leaving_the_waiting_room_hangs_up(window, run_async):
    win, fake = window

    async def walk() -> None:
        fake.move(CallState.WAITING)
        win.waiting_page.leave.click()
        win.waiting_page.confirm.confirm()  # "Leave the waiting room?" (issue 11, finding 9)
        await win.bridge.wait_for_actions()

    run_async(walk())
    assert fake.calls == [("hang_up",)]


def test_call_controls_switch_media_and_relabel(window, qapp):
    win, fake = window
    fake.move(CallState.WAITING)
    fake.move(CallState.CONNECTING)
    page = win.call_page
    assert page.microphone.text() == "Mute microphone"
    page.microphone.click()
    assert page.microphone.text() == "Unmute microphone"
    assert page.microphone.isChecked()
    page.camera.click()
    assert page.camera.text() == "Turn camera on"
    assert page.self_view.placeholder() == "Your camera is off"
    page.camera.click()
    assert fake.calls == [
        ("set_microphone_enabled", False),
        ("set_camera_enabled", False),
        ("set_camera_enabled", True),
    ]


def test_lost_service_connection_shows_in_the_status_line(window):
    win, fake = window
    fake.move(CallState.WAITING)
    fake.move(CallState.CONNECTING)
    fake.move(CallState.IN_CALL)
    fake.emit(ServiceConnectionChanged(False))
    assert win.call_page.status.text() == "The connection was lost. Trying to connect again…"
    fake.emit(ServiceConnectionChanged(True))
    fake.move(CallState.RECONNECTING)
    assert win.call_page.status.text() == "The connection is unstable. Reconnecting…"


def test_ready_page_shows_the_room(window, run_async):
    win, _fake = window

    async def walk() -> None:
        win.bridge.login("Ann")
        await win.bridge.wait_for_actions()
        win.patient_bridge.open_room(ROOM.code)
        await win.bridge.wait_for_actions()

    run_async(walk())
    assert win.current_page() is win.ready_page
    assert win.windowTitle() == "Samtale — video consultation"


def test_talking_while_muted_shows_a_hint_until_unmuted(window, qtbot):
    from app.session.events import TalkingWhileMuted

    win, fake = window
    fake.move(CallState.CONNECTING)
    page = win.call_page
    fake.emit(TalkingWhileMuted())
    assert not page.muted_hint.isVisible()  # not muted: nothing to say
    page.microphone.click()
    fake.emit(TalkingWhileMuted())
    assert page.muted_hint.isVisible()
    assert page.muted_hint.text() == "You are muted. Press “Unmute microphone” to be heard."
    page.microphone.click()
    assert not page.muted_hint.isVisible()
    assert fake.calls[-2:] == [("set_microphone_enabled", False), ("set_microphone_enabled", True)]


def test_a_room_with_a_guest_pin_asks_for_it_and_the_knock_carries_it(window, run_async, qtbot):
    import dataclasses

    from tests.ui import fakes

    win, fake = window
    page = win.ready_page
    assert not page.pin.isVisibleTo(page)  # rooms without a PIN never ask
    page.set_room(dataclasses.replace(fakes.ROOM, guest_pin_required=True))
    assert page.pin.isVisibleTo(page) and page.pin_label.text() == "The PIN code from your clinic"
    assert page.pin.accessibleName() == "The PIN code from your clinic"

    async def walk() -> None:
        qtbot.keyClicks(page.pin, "4711")
        page.primary.click()
        await win.bridge.wait_for_actions()

    run_async(walk())
    assert fake.calls[-1] == ("knock", ("pin", "4711"))

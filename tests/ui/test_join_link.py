"""A join link opens its room right after sign-in, without typing the code (issue 6, "Links")."""

from __future__ import annotations

from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.ui.patient_window import PatientWindow
from tests.ui.fakes import refused
from tests.ui.helpers import until
from tests.ui.test_bridge import patient


def make_window(qtbot, translations, link):
    bridge, fake = patient()
    win = PatientWindow(bridge, translations, link=link)
    qtbot.addWidget(win)
    win.show()
    return win, fake


def test_after_sign_in_the_link_opens_its_room(qtbot, translations, run_async):
    win, fake = make_window(qtbot, translations, "samtale://join/abcd-2345")
    seen = [win.current_page()]
    win.stack.currentChanged.connect(lambda _i: seen.append(win.current_page()))
    assert win.code_page.code.text() == "ABCD-2345"  # prefilled, should the patient come back to it

    async def walk() -> None:
        qtbot.keyClicks(win.login_page.name, "Ann Olsen")
        win.login_page.primary.click()
        await until(lambda: win.current_page() is win.ready_page)

    run_async(walk())
    assert fake.calls == [("login_test", "Ann Olsen"), ("open_room", "ABCD-2345")]
    assert win.ready_page.heading.text() == "Knee check-up"
    assert seen[0] is win.login_page and seen[-1] is win.ready_page
    assert not win.code_page.error.isVisible()


def test_a_wrong_code_in_a_link_shows_the_usual_sentence(qtbot, translations, run_async):
    win, fake = make_window(qtbot, translations, "ABCD-2345")
    fake.fail["open_room"] = refused(ErrorCode.NOT_FOUND)

    async def walk() -> None:
        win.bridge.login("Ann")
        await until(lambda: ("open_room", "ABCD-2345") in fake.calls)
        await win.bridge.wait_for_actions()

    run_async(walk())
    assert win.current_page() is win.code_page
    assert win.code_page.error.text().startswith("We could not find a consultation with that code.")
    assert win.code_page.code.text() == "ABCD-2345"
    assert win.code_page.primary.isEnabled()  # can correct it and try again


def test_a_link_that_cannot_be_read_says_so_plainly(qtbot, translations, run_async):
    win, fake = make_window(qtbot, translations, "https://evil.example/other/thing")

    async def walk() -> None:
        win.bridge.login("Ann")
        await win.bridge.wait_for_actions()

    run_async(walk())
    assert win.current_page() is win.code_page
    assert win.code_page.error.text() == (
        "This link does not work. Please type the code from your letter or text message."
    )
    assert [call[0] for call in fake.calls] == ["login_test"]
    assert win.code_page.code.text() == ""


def test_a_link_arriving_while_signed_in_opens_at_once(qtbot, translations, run_async):
    win, fake = make_window(qtbot, translations, None)

    async def walk() -> None:
        win.bridge.login("Ann")
        await win.bridge.wait_for_actions()
        assert win.current_page() is win.code_page
        win.open_link("samtale:join/WXYZ6789")
        await until(lambda: win.current_page() is win.ready_page)

    run_async(walk())
    assert ("open_room", "WXYZ-6789") in fake.calls


def test_a_link_during_a_call_waits_until_it_is_over(qtbot, translations, run_async):
    win, fake = make_window(qtbot, translations, None)

    async def walk() -> None:
        win.bridge.login("Ann")
        await win.bridge.wait_for_actions()
        fake.move(CallState.WAITING)
        win.open_link("WXYZ-6789")
        await win.bridge.wait_for_actions()

    run_async(walk())
    assert win.current_page() is win.waiting_page
    assert not any(call[0] == "open_room" for call in fake.calls)


def test_a_link_opened_after_the_call_takes_the_patient_to_i_am_ready(qtbot, translations, run_async):
    """Reopening the link on the after-call page (a patient coming back later in the day) opens the
    room again, to "I'm ready" and the waiting room — it was silently kept "until the call is over"."""
    win, fake = make_window(qtbot, translations, None)

    async def walk() -> None:
        win.bridge.login("Ann")
        await win.bridge.wait_for_actions()
        fake.move(CallState.WAITING)
        fake.move(CallState.CONNECTING)
        fake.move(CallState.IN_CALL)
        fake.move(CallState.ENDED)
        assert win.current_page() is win.ended_page
        win.open_link("samtale://join/WXYZ-6789")
        await until(lambda: win.current_page() is win.ready_page)

    run_async(walk())
    assert ("open_room", "WXYZ-6789") in fake.calls


def test_a_link_that_came_during_the_call_opens_when_it_ends(qtbot, translations, run_async):
    win, fake = make_window(qtbot, translations, None)

    async def walk() -> None:
        win.bridge.login("Ann")
        await win.bridge.wait_for_actions()
        fake.move(CallState.WAITING)
        fake.move(CallState.CONNECTING)
        fake.move(CallState.IN_CALL)
        win.open_link("WXYZ-6789")
        await win.bridge.wait_for_actions()
        assert not any(call[0] == "open_room" for call in fake.calls)  # not in the middle of the call
        fake.move(CallState.ENDED)
        await until(lambda: ("open_room", "WXYZ-6789") in fake.calls)
        await until(lambda: win.current_page() is win.ready_page)

    run_async(walk())

"""Sign out from the header: offered only outside the waiting room and the call, it leaves the service,
forgets the remembered login and shows the sign-in page again (issue 11, finding 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.call_state import CallState
from app.session.events import CallStateChanged
from app.ui.patient_window import PatientWindow
from tests.ui.helpers import until
from tests.ui.test_bridge import patient


def test_sign_out_returns_to_sign_in_and_forgets_the_login(qtbot, translations, run_async) -> None:
    bridge, fake = patient()
    forgotten: list[str] = []

    async def forget() -> None:
        forgotten.append("keyring")

    bridge.forget_login = forget
    win = PatientWindow(bridge, translations)
    qtbot.addWidget(win)
    win.show()
    assert not win.sign_out_button.isVisible()  # nobody is signed in yet

    async def walk() -> None:
        bridge.login("Kari")
        await until(lambda: bridge.user is not None)
        assert win.sign_out_button.isVisible()
        assert win.current_page() is win.code_page
        fake.emit(CallStateChanged(CallState.IDLE, CallState.WAITING))
        assert not win.sign_out_button.isVisible()  # leave the waiting room first
        fake.emit(CallStateChanged(CallState.WAITING, CallState.ENDED))
        assert win.sign_out_button.isVisible()
        qtbot.mouseClick(win.sign_out_button, Qt.MouseButton.LeftButton)
        await until(lambda: bridge.user is None)
        await bridge.wait_for_actions()

    run_async(walk())
    assert [c[0] for c in fake.calls] == ["login_test", "sign_out"]
    assert forgotten == ["keyring"]
    assert win.current_page() is win.login_page
    assert not win.sign_out_button.isVisible()
    assert win.user_label.text() == ""
    assert win.announcer.last == "You are signed out."

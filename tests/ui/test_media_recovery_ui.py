"""What the call page shows when the media stops (issue 12, finding 2): "Reconnecting…" in the status
line and in place of the picture (never a frozen frame), and, when the media has not come back in the
deployment's time, a plain choice in the page: try again, continue with audio only, leave."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from app.core.call_state import CallState
from app.session.events import MediaFailed, MediaRestored
from app.ui.bridge import PatientBridge
from app.ui.patient_window import PatientWindow
from tests.ui.moderation_fakes import ModPatient


@pytest.fixture
def patient(qtbot, translations, run_async):
    made: list[ModPatient] = []
    bridge = PatientBridge(lambda sink: made.append(ModPatient(sink)) or made[0])
    win = PatientWindow(bridge, translations)
    qtbot.addWidget(win)
    win.show()
    fake = made[0]

    async def login() -> None:
        bridge.login("Kari Nordmann")
        await bridge.wait_for_actions()

    run_async(login())
    for state in (CallState.WAITING, CallState.CONNECTING, CallState.IN_CALL):
        fake.move(state)
    return win, fake


def test_reconnecting_is_said_in_the_status_and_in_place_of_the_picture(patient) -> None:
    win, fake = patient
    page = win.call_page
    fake.remote_video.put(np.zeros((30, 40, 3), dtype=np.uint8))
    page.remote_view.refresh()
    assert page.remote_view.has_frame()
    fake.move(CallState.RECONNECTING)
    fake.remote_video.clear()  # the session takes the stalled picture down
    page.remote_view.refresh()
    assert page.status.text() == "The connection is unstable. Reconnecting…"
    assert not page.remote_view.has_frame() and page.remote_view.placeholder() == "Reconnecting…"
    assert page.recovery.isHidden()  # no choice yet: it is being repaired


def test_media_not_back_in_time_offers_three_ways_out_and_each_does_what_it_says(patient, qtbot) -> None:
    win, fake = patient
    page = win.call_page
    fake.move(CallState.RECONNECTING)
    fake.emit(MediaFailed())
    assert page.recovery.isVisible()
    assert page.status.text() == "The connection could not be restored."
    assert page.recovery.message.text().startswith("We keep trying. You can try again now")
    buttons = [page.recovery.try_again, page.recovery.audio_only, page.recovery.leave]
    assert [b.text() for b in buttons] == ["Try again", "Continue with audio only", "Leave"]
    assert page.recovery.try_again.hasFocus()

    qtbot.mouseClick(page.recovery.try_again, Qt.MouseButton.LeftButton)
    assert fake.calls[-1] == ("retry_media",)
    qtbot.mouseClick(page.recovery.audio_only, Qt.MouseButton.LeftButton)
    assert fake.calls[-1] == ("continue_audio_only",)
    qtbot.mouseClick(page.recovery.leave, Qt.MouseButton.LeftButton)
    assert page.confirm.pending  # leaving asks first, as the hang-up button does
    assert ("hang_up",) not in fake.calls

    fake.emit(MediaRestored())
    fake.move(CallState.IN_CALL)
    assert page.recovery.isHidden()
    assert page.status.text() != "The connection could not be restored."

"""What the call page shows when the media stops (issue 12, finding 2): "Reconnecting…" in the status
line and in place of the picture (never a frozen frame), and, when the media has not come back in the
deployment's time, a plain choice in the page: try again, continue with audio only, leave."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from app.core.call_state import CallState
from app.media.frame_slot import FrameSlot
from app.session.events import MediaFailed, MediaRestored, PicturePaused
from app.ui.bridge import PatientBridge
from app.ui.call.gallery import Gallery
from app.ui.patient_window import PatientWindow
from tests.ui.moderation_fakes import ModPatient, person, room


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


def test_the_other_sides_paused_picture_is_said_in_its_place_not_shown_frozen(patient) -> None:
    win, fake = patient
    stage = win.call_page.remote_view
    fake.emit(room("p-1", person("c-1", "Dr. Berg"), person("p-1", "Kari Nordmann")))
    fake.remote_video.put(np.zeros((30, 40, 3), dtype=np.uint8))
    stage.refresh()
    assert stage.has_frame()
    fake.emit(PicturePaused("c-1", paused=True))
    fake.remote_video.put(np.zeros((30, 40, 3), dtype=np.uint8))  # whatever still arrives is not shown
    stage.refresh()
    assert stage.camera_off and not stage.has_frame()
    assert stage.placeholder() == "Picture paused. Dr. Berg can still be heard."
    assert stage.off_initials() == "DB"
    fake.emit(PicturePaused("c-1", paused=False))
    assert not stage.camera_off


def test_gallery_tiles_say_a_paused_picture(qtbot) -> None:
    slots = {"a": FrameSlot(), "b": FrameSlot()}
    gallery = Gallery(lambda: slots)
    qtbot.addWidget(gallery)
    gallery.set_people({"a": "Ann Olsen", "b": "Bo Ek"}, video_off=set())
    gallery.set_paused({"b"})
    assert gallery.tiles["b"].camera_off
    assert gallery.tiles["b"].placeholder() == "Picture paused. Bo Ek can still be heard."
    gallery.set_paused(set())
    assert not gallery.tiles["b"].camera_off

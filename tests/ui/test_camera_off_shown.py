"""Camera off is shown truthfully (issue 11, finding 8): one's own self view stops showing the camera,
the other side sees a labelled placeholder (initials and name) instead of a black box, and someone who
left disappears from the layout instead of staying as a frozen last frame."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.call_state import CallState
from app.media.frame_slot import FrameSlot
from app.ui.bridge import PatientBridge
from app.ui.call.gallery import Gallery
from app.ui.patient_window import PatientWindow
from app.ui.widgets.video_view import VideoView, initials
from tests.ui.moderation_fakes import ModPatient, person, room


def picture() -> np.ndarray:
    frame = np.zeros((30, 40, 3), dtype=np.uint8)
    frame[:, :] = (200, 30, 40)
    return frame


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


def test_initials_of_a_name() -> None:
    assert [initials(n) for n in ("Kari Nordmann", "Dr. Berg", "ida", "", "Åse Ødegård Lie")] == [
        "KN",
        "DB",
        "I",
        "",
        "ÅL",
    ]


def test_a_view_forgets_the_last_frame_when_its_slot_is_emptied(qtbot) -> None:
    slot = FrameSlot()
    view = VideoView(slot)
    qtbot.addWidget(view)
    slot.put(picture())
    view.refresh()
    assert view.has_frame()
    slot.clear()  # the participant left; their slot has no picture any more
    view.refresh()
    assert not view.has_frame()  # not a frozen last frame


def test_my_camera_off_shows_a_labelled_placeholder_not_the_camera(patient) -> None:
    win, fake = patient
    self_view = win.call_page.self_view
    fake.local_video.put(picture())
    self_view.refresh()
    assert self_view.has_frame()
    win.call_page.camera.click()  # camera off
    assert fake.calls[-1] == ("set_camera_enabled", False)
    fake.local_video.put(picture())  # the preview may go on; what the view shows must not
    self_view.refresh()
    assert self_view.camera_off
    assert not self_view.has_frame()
    assert self_view.off_initials() == "KN"
    assert self_view.placeholder() == "Your camera is off"
    assert self_view.accessibleName() == "Your camera is off"
    win.call_page.camera.click()  # on again: the picture comes back
    fake.local_video.put(picture())
    self_view.refresh()
    assert not self_view.camera_off and self_view.has_frame()


def test_the_other_sides_camera_off_is_labelled_with_their_name(patient) -> None:
    win, fake = patient
    stage = win.call_page.remote_view
    fake.remote_video.put(picture())
    stage.refresh()
    fake.emit(room("p-1", person("c-1", "Dr. Berg", video_on=False), person("p-1", "Kari Nordmann")))
    fake.remote_video.put(picture())  # black filler frames still arrive
    stage.refresh()
    assert stage.camera_off and not stage.has_frame()
    assert stage.off_initials() == "DB"
    assert stage.placeholder() == "Dr. Berg has turned the camera off"
    fake.emit(room("p-1", person("c-1", "Dr. Berg"), person("p-1", "Kari Nordmann")))
    assert not stage.camera_off


def test_gallery_tiles_show_camera_off_and_drop_who_left_at_once(qtbot) -> None:
    slots = {"a": FrameSlot(), "b": FrameSlot()}
    gallery = Gallery(lambda: slots)
    qtbot.addWidget(gallery)
    gallery.show()
    gallery.set_people({"a": "Ann Olsen", "b": "Bo Ek"}, video_off={"b"})
    assert not gallery.tiles["a"].camera_off
    assert gallery.tiles["b"].camera_off and gallery.tiles["b"].off_initials() == "BE"
    assert gallery.tiles["b"].placeholder() == "Bo Ek has turned the camera off"
    gallery.set_people({"a": "Ann Olsen"}, video_off=set())  # Bo left; their slot may linger a moment
    assert set(gallery.tiles) == {"a"}
    assert [pid for pid, *_ in gallery.arrangement()] == ["a"]

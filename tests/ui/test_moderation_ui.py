"""Host controls, participant list, chat, layouts and the patient's sentences, against fakes."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.core.protocol.moderation import MediaControl
from app.media.frame_slot import FrameSlot
from app.session.events import CallEnded, EndReason
from app.session.moderation_events import (
    ChatReceived,
    HostAction,
    HostActionApplied,
    SentBackToLobby,
    UnmuteAsked,
)
from app.ui.bridge import ClinicianBridge, PatientBridge
from app.ui.call.gallery import Gallery, Layout
from app.ui.clinician_window import ClinicianWindow
from app.ui.patient_window import PatientWindow
from app.ui.queue.queue_model import QueueModel
from tests.ui.fakes import refused
from tests.ui.moderation_fakes import ModClinician, ModPatient, person, room

DOC, ANN, IDA = person("c-1", "Dr. Berg"), person("p-1", "Ann"), person("c-2", "Ida")


@pytest.fixture
def host(qtbot, translations):
    made: list[ModClinician] = []
    bridge = ClinicianBridge(lambda sink: made.append(ModClinician(sink)) or made[0])
    win = ClinicianWindow(bridge, translations, QueueModel(lambda: 0.0))
    qtbot.addWidget(win)
    win.show()
    fake = made[0]
    fake.move(CallState.CONNECTING)
    fake.move(CallState.IN_CALL)
    return win, fake


@pytest.fixture
def patient(qtbot, translations):
    made: list[ModPatient] = []
    bridge = PatientBridge(lambda sink: made.append(ModPatient(sink)) or made[0])
    win = PatientWindow(bridge, translations)
    qtbot.addWidget(win)
    win.show()
    fake = made[0]
    fake.move(CallState.WAITING)
    fake.move(CallState.CONNECTING)
    fake.move(CallState.IN_CALL)
    return win, fake


def test_participant_list_says_each_state_in_words(host) -> None:
    win, fake = host
    fake.emit(room("c-1", DOC, person("p-1", "Ann", audio_on=False, video_on=False, hand_raised=True)))
    panel = win.call_page.participants_panel
    assert panel.heading.text() == "2 people in the call"
    assert [r.name.text() for r in panel.rows] == ["Dr. Berg (you)", "Ann"]
    assert panel.rows[0].state.text() == "host · microphone on · camera on"
    assert panel.rows[1].state.text() == "microphone off · camera off · hand raised"
    hard = person("p-1", "Ann", audio_on=False, audio_control=MediaControl.HARD_MUTE)
    fake.emit(room("c-1", DOC, hard))
    assert panel.rows[1].state.text() == "muted by the host · camera on"


def test_every_host_control_sends_its_request(host, run_async) -> None:
    win, fake = host
    fake.emit(room("c-1", DOC, ANN, IDA))
    panel = win.call_page.participants_panel
    ann, ida = panel.rows[1], panel.rows[2]
    assert panel.rows[0].buttons == {}  # nothing to do to oneself
    assert "make_host" not in ann.buttons  # only clinicians can be made host

    async def press() -> None:
        for key in ("mute", "hard_mute", "stop_video", "to_lobby", "kick"):
            ann.buttons[key].click()
            if key == "kick":
                win.call_page.confirm.confirm()  # Remove asks first (issue 11, finding 9)
            await win.bridge.wait_for_actions()
        ida.buttons["make_host"].click()
        for button in (panel.lock, panel.mute_all, panel.end_all):
            button.click()
            if button is panel.end_all:
                win.call_page.confirm.confirm()  # End for all asks first
            await win.bridge.wait_for_actions()

    run_async(press())
    assert fake.calls == [
        ("moderate", "p-1", MediaControl.MUTE, None),
        ("moderate", "p-1", MediaControl.HARD_MUTE, None),
        ("moderate", "p-1", None, MediaControl.MUTE),
        ("send_to_lobby", "p-1"),
        ("kick", "p-1", True),
        ("transfer_host", "c-2"),
        ("lock", True),
        ("moderate", None, MediaControl.MUTE, None),
        ("end_call",),
    ]


def test_hard_muted_row_offers_allow_and_locked_room_offers_unlock(host) -> None:
    win, fake = host
    fake.emit(room("c-1", DOC, person("p-1", "Ann", audio_control=MediaControl.HARD_MUTE), locked=True))
    panel = win.call_page.participants_panel
    assert panel.rows[1].buttons["hard_mute"].text() == "Allow to speak"
    assert panel.rows[1].buttons["hard_mute"].accessibleName() == "Allow Ann to speak"
    assert panel.lock.text() == "Unlock room"


def test_tab_order_reaches_every_host_control_and_each_has_a_name(host, qtbot) -> None:
    win, fake = host
    fake.emit(room("c-1", DOC, ANN, IDA))
    panel = win.call_page.participants_panel
    controls = [panel.lock, panel.mute_all, panel.end_all]
    for row in panel.rows:
        controls.extend(row.buttons.values())
    assert len(controls) == 3 + 5 + 6
    for control in controls:
        assert control.accessibleName(), control.objectName()
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus
    reached: list[Any] = []
    win.activateWindow()
    first = win.call_page.microphone
    first.setFocus(Qt.FocusReason.TabFocusReason)
    widget = first
    for _ in range(5000):
        widget = widget.nextInFocusChain()
        if isinstance(widget, QPushButton) and widget.isVisible() and widget.isEnabled():
            reached.append(widget)
        if widget is first:
            break
    missing = [(c.objectName(), c.isVisible(), c.accessibleName()) for c in controls if c not in reached]
    assert missing == []
    assert QApplication.instance() is not None
    del qtbot


def test_room_controls_are_for_hosts_only(patient) -> None:
    win, fake = patient
    fake.emit(room("p-1", DOC, ANN))
    panel = win.call_page.participants_panel
    assert not panel.room_controls.isVisible()
    assert all(row.buttons == {} for row in panel.rows)
    win.call_page.people_button.click()  # the patient's People panel opens from the call bar
    assert panel.raise_hand.isVisible() and not panel.ask_unmute.isVisible()


def test_patient_reads_what_the_host_did(patient) -> None:
    win, fake = patient
    fake.microphone_enabled = False  # what the session did before telling the UI
    fake.emit(HostActionApplied(HostAction.MUTED))
    assert win.call_page.microphone.text() == "Unmute microphone"
    assert win.call_page.notice.isVisible()
    assert win.call_page.notice.text() == "You were muted by the host. You can unmute yourself."
    fake.emit(HostActionApplied(HostAction.HARD_MUTED))
    assert "Ask to unmute" in win.call_page.notice.text()
    fake.emit(room("p-1", DOC, person("p-1", "Ann", audio_control=MediaControl.HARD_MUTE)))
    assert win.call_page.participants_panel.ask_unmute.isVisible()


def test_hard_muted_unmute_is_refused_in_words(patient) -> None:
    win, fake = patient

    def refuse(on: bool) -> None:
        raise refused(ErrorCode.HARD_MUTED)

    fake.set_microphone_enabled = refuse  # type: ignore[method-assign]
    win.call_page.microphone.click()
    assert (
        win.call_page.notice.text() == "The host has muted you. Press “Ask to unmute” if you want to speak."
    )


def test_patient_sent_back_to_the_waiting_room_is_told_so(patient) -> None:
    win, fake = patient
    fake.emit(
        CallStateChangedTo(fake, CallState.WAITING),
        SentBackToLobby(),
        HostActionApplied(HostAction.SENT_TO_LOBBY),
    )
    assert win.current_page() is win.waiting_page
    assert "moved back to the waiting room" in win.waiting_page.error.text()


def CallStateChangedTo(fake: Any, new: CallState) -> Any:
    from app.session.events import CallStateChanged

    return CallStateChanged(fake.state, new)


@pytest.mark.parametrize(
    ("reason", "sentence"),
    [
        (EndReason.ENDED_BY_HOST, "The host ended the consultation."),
        (EndReason.KICKED, "You were removed from the consultation by the host."),
    ],
)
def test_ended_page_says_why(patient, reason, sentence) -> None:
    win, fake = patient
    fake.emit(CallStateChangedTo(fake, CallState.ENDED), CallEnded(reason))
    assert win.current_page() is win.ended_page
    assert sentence in [w.text() for w in win.ended_page.findChildren(type(win.call_page.notice))]


def test_chat_sends_shows_and_forgets_at_the_end(patient, run_async) -> None:
    win, fake = patient
    chat = win.chat_panel

    async def write() -> None:
        chat.entry.setText("  Hello doctor ")
        chat.send.click()
        await win.bridge.wait_for_actions()
        chat.entry.setText("   ")
        chat.send.click()
        await win.bridge.wait_for_actions()

    run_async(write())
    assert fake.calls[-1] == ("chat_send", "Hello doctor")
    assert [c for c in fake.calls if c[0] == "chat_send"] == [("chat_send", "Hello doctor")]
    fake.emit(ChatReceived("c-1", "Dr. Berg", "Hi Ann", 0.0, own=False))
    fake.emit(ChatReceived("p-1", "Ann", "Hello doctor", 1.0, own=True))
    assert [chat.lines.item(i).text()[6:] for i in range(chat.lines.count())] == [
        " Dr. Berg: Hi Ann",
        " You: Hello doctor",
    ]
    fake.emit(CallStateChangedTo(fake, CallState.ENDED), CallEnded(EndReason.ENDED_BY_HOST))
    assert chat.lines.count() == 0
    assert win.bridge.room_bridge.chat == []


def test_raise_hand_and_ask_to_unmute(patient, run_async) -> None:
    win, fake = patient
    fake.emit(room("p-1", DOC, person("p-1", "Ann", audio_control=MediaControl.HARD_MUTE)))
    panel = win.call_page.participants_panel

    async def press() -> None:
        panel.raise_hand.click()
        await win.bridge.wait_for_actions()
        panel.ask_unmute.click()
        await win.bridge.wait_for_actions()

    run_async(press())
    assert fake.calls[-2:] == [("raise_hand", True), ("ask_to_unmute",)]


def test_gallery_layouts(qtbot) -> None:
    slots = {pid: FrameSlot() for pid in ("a", "b", "c")}
    gallery = Gallery(lambda: slots)
    qtbot.addWidget(gallery)
    gallery.show()
    assert set(gallery.tiles) == {"a", "b", "c"}
    assert gallery.arrangement() == [("a", 0, 0, 1, 1), ("b", 0, 1, 1, 1), ("c", 1, 0, 1, 1)]
    gallery.set_layout(Layout.SPEAKER)
    assert gallery.arrangement() == [("a", 0, 0, 1, 1)]
    gallery.set_layout(Layout.PINNED, pinned="c")
    assert gallery.arrangement() == [("c", 0, 0, 1, 1)]
    gallery.set_layout(Layout.INTERPRETER, pinned="b")
    assert gallery.arrangement() == [("b", 0, 0, 1, 1), ("a", 0, 1, 1, 1), ("c", 1, 0, 1, 1)]
    assert [t.isVisible() for t in gallery.tiles.values()] == [True, True, True]
    slots["d"], slots["e"] = FrameSlot(), FrameSlot()
    gallery.sync()
    assert len(gallery.tiles) == 4  # at most four tiles in a mesh room
    del slots["a"]
    gallery.sync()
    assert "a" not in gallery.tiles


def test_layout_picker_switches_between_stage_and_gallery(host) -> None:
    win, _fake = host
    page = win.call_page
    assert page.layout_picker.accessibleName() == "Layout"
    page.set_layout(Layout.SPEAKER)
    assert page.views.currentWidget() is page.stage
    page.set_layout(Layout.INTERPRETER)
    assert page.views.currentWidget() is page.gallery
    assert page.gallery.layout_mode is Layout.INTERPRETER


def test_host_sees_who_asks_to_speak(host) -> None:
    win, fake = host
    muted = person("p-1", "Ann", audio_control=MediaControl.HARD_MUTE)
    fake.emit(room("c-1", DOC, muted))
    panel = win.call_page.participants_panel
    assert not panel.requests.isVisible()
    fake.emit(UnmuteAsked("p-1"))
    assert panel.requests.isVisible() and panel.requests.text() == "Asks to speak: Ann"
    fake.emit(room("c-1", DOC, ANN))  # allowed: the request is answered
    assert not panel.requests.isVisible()


def test_a_clinician_who_is_not_host_claims_it_with_the_pin(host, run_async) -> None:
    win, fake = host
    fake.emit(room("c-2", DOC, IDA, ANN))
    panel = win.call_page.participants_panel
    assert panel.claim_row.isVisible() and not panel.room_controls.isVisible()
    assert panel.claim_pin.accessibleName() == "Host PIN"

    async def claim() -> None:
        panel.claim_pin.setText("4711")
        panel.claim.click()
        await win.bridge.wait_for_actions()

    run_async(claim())
    assert fake.calls[-1] == ("claim_host", "4711")
    assert panel.claim_pin.text() == ""

"""What a screen reader hears as the state changes: the whole sequence, for both windows, in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.core.protocol import LeftReason, Participant, PrecallSummary, QueueEntry, Role, Verdict, Verification
from app.session.events import (
    LobbyPositionChanged,
    ParticipantGone,
    QueueChanged,
    ServiceConnectionChanged,
    TalkingWhileMuted,
)
from app.session.moderation_events import HostAction, HostActionApplied, SentBackToLobby
from tests.ui.a11y_walk import clinician_window, patient_window, switch_language, walk_clinician, walk_patient
from tests.ui.fakes import refused


def test_a_patient_hears_the_check_the_ring_being_let_in_and_the_end(qtbot, translations, run_async):
    win, fake = patient_window(translations)
    qtbot.addWidget(win)
    win.show()
    run_async(walk_patient(win, fake, lambda _page: None))
    assert win.announcer.history == [
        "Checking your camera, microphone, sound and internet connection…",
        "The check is finished. Something needs your attention; see the advice.",
        "Dr. Berg is calling you. Answer or decline.",
        "You have been let in. The consultation is starting.",
        "You are now in the consultation.",
        "The consultation has ended. The other person has left the consultation.",
    ]


def test_muting_the_camera_the_host_and_the_connection_are_said(qtbot, translations, run_async):
    win, fake = patient_window(translations)
    qtbot.addWidget(win)
    win.show()
    fake.move(CallState.WAITING)
    fake.emit(LobbyPositionChanged(1))
    fake.move(CallState.CONNECTING)
    fake.move(CallState.IN_CALL)
    start = len(win.announcer.history)
    QTest.keyClick(win.call_page.microphone, Qt.Key.Key_Space)
    fake.emit(TalkingWhileMuted())
    QTest.keyClick(win.call_page.camera, Qt.Key.Key_Space)
    QTest.keyClick(win.call_page.microphone, Qt.Key.Key_Space)
    fake.emit(HostActionApplied(HostAction.MUTED))
    fake.move(CallState.RECONNECTING)
    fake.move(CallState.IN_CALL)
    fake.emit(SentBackToLobby())
    assert win.announcer.history[start - 3 :] == [
        "You are next in the queue. Your clinician will let you in.",
        "You have been let in. The consultation is starting.",
        "You are now in the consultation.",
        "Microphone off. You are muted.",
        "You are muted. Press “Unmute microphone” to be heard.",
        "Camera off. Nobody can see you.",
        "Microphone on.",
        "You were muted by the host. You can unmute yourself.",
        "The connection is unstable. Reconnecting…",
        "The connection is back.",
        "You were moved back to the waiting room. Please wait to be let in again.",
    ]


def test_an_error_is_said_and_announcements_follow_the_language(qtbot, translations, run_async):
    win, fake = patient_window(translations)
    qtbot.addWidget(win)
    win.show()
    fake.fail["login_test"] = refused(ErrorCode.RATE_LIMITED)

    async def walk() -> None:
        win.bridge.login("Ann")
        await win.bridge.wait_for_actions()

    run_async(walk())
    assert win.announcer.last == "Too many attempts. Please wait a minute and try again."
    switch_language(translations, "nb")
    fake.move(CallState.WAITING)
    fake.move(CallState.CONNECTING)
    switch_language(translations, "en")
    assert win.announcer.last == "Du er sluppet inn. Konsultasjonen begynner."


def test_a_clinician_hears_each_knock_once(qtbot, translations, run_async):
    win, fake = clinician_window(translations)
    qtbot.addWidget(win)
    win.show()
    run_async(walk_clinician(win, fake, lambda _page: None))
    knocks = [line for line in win.announcer.history if "waiting" in line]
    assert knocks == [
        "Ann Olsen is waiting to be let in. Check passed.",
        "Bo Ek is waiting to be let in. Check failed.",
    ]
    ann = QueueEntry("p-1", "Ann Olsen", Verification.TEST, 40.0, PrecallSummary(Verdict.OK))
    fake.emit(QueueChanged([ann]))
    fake.emit(QueueChanged([ann, QueueEntry("p-3", "Cy", Verification.TEST, 0.0, PrecallSummary())]))
    assert win.announcer.history[-1] == "Cy is waiting to be let in. Not checked."
    assert [line for line in win.announcer.history if "waiting" in line][2:] == [
        "Cy is waiting to be let in. Not checked."
    ]


def test_someone_leaving_a_call_that_goes_on_is_said_with_why(qtbot, translations, run_async):
    win, fake = clinician_window(translations)
    qtbot.addWidget(win)
    win.show()
    fake.move(CallState.CONNECTING)
    fake.move(CallState.IN_CALL)
    ann, bo, cy = (Participant(f"p-{n}", name, Role.PATIENT) for n, name in enumerate(["Ann", "Bo", "Cy"]))
    start = len(win.announcer.history)
    fake.emit(ParticipantGone(ann, LeftReason.CONNECTION_LOST, 2))
    fake.emit(ParticipantGone(bo, LeftReason.MOVED_TO_LOBBY, 1))
    switch_language(translations, "sv")
    fake.emit(ParticipantGone(cy, LeftReason.REMOVED, 1))
    switch_language(translations, "en")
    fake.emit(ParticipantGone(cy, LeftReason.LEFT, 1))
    fake.emit(ParticipantGone(bo, LeftReason.UNKNOWN, 1))  # a reason from a newer service: the general words
    fake.emit(ParticipantGone(cy, LeftReason.CONNECTION_LOST, 0))  # the last one: the end says it
    assert win.announcer.history[start:] == [
        "The connection to Ann was lost.",
        "Bo is back in the waiting room.",
        "Cy togs bort från samtalet.",
        "Cy left the consultation.",
        "Bo left the consultation.",
    ]


def test_losing_the_service_and_getting_it_back_is_said(qtbot, translations, run_async):
    win, fake = patient_window(translations)
    qtbot.addWidget(win)
    win.show()
    fake.move(CallState.WAITING)
    start = len(win.announcer.history)
    fake.emit(ServiceConnectionChanged(True))  # nothing was lost: nothing to say
    fake.emit(ServiceConnectionChanged(False))
    fake.emit(ServiceConnectionChanged(True))
    assert win.announcer.history[start:] == [
        "The connection to the service was lost. Trying to reconnect…",
        "Connected again.",
    ]

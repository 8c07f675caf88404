"""During a call the therapist sees who is waiting (issue 11, finding 4): the call page shows the queue's
count and a banner for the newest knock (name, pre-call readiness, Admit / Not now), the knock sound
plays with or without a system tray, and a screen reader hears the knock with its readiness."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.core.call_state import CallState
from app.core.protocol import PrecallSummary, QueueEntry, Verdict, Verification
from app.session.events import QueueChanged
from app.ui import clinician_window as clinician_window_module
from app.ui.clinician_window import ClinicianWindow
from app.ui.queue.queue_model import QueueModel
from tests.ui.test_bridge import clinician

ANN = QueueEntry("p-1", "Ann", Verification.TEST, 0.0, PrecallSummary(Verdict.OK))
BO = QueueEntry("p-2", "Bo", Verification.TEST, 5.0, PrecallSummary(Verdict.WARNING, ["too_dark"]))


@pytest.fixture
def in_call(qtbot, translations):
    bridge, fake = clinician()
    sounds: list[str] = []
    win = ClinicianWindow(
        bridge, translations, QueueModel(lambda: 0.0), tray=None, knock_sound=lambda: sounds.append("knock")
    )
    qtbot.addWidget(win)
    win.show()
    fake.move(CallState.CONNECTING)
    fake.move(CallState.IN_CALL)
    assert win.current_page() is win.call_page
    return win, fake, sounds


def test_a_knock_during_a_call_shows_on_the_call_page(in_call) -> None:
    win, fake, sounds = in_call
    banner = win.knock_banner
    assert not banner.isVisible()  # nobody waits: nothing in the way of the call
    fake.emit(QueueChanged([ANN]))
    assert banner.isVisible()
    assert banner.knock.text() == "Ann is waiting to come in"
    assert banner.readiness.text() == "✓ Check passed"
    assert not banner.count.isVisible()  # one waiting: the banner says who
    fake.emit(QueueChanged([ANN, BO]))
    assert banner.count.text() == "2 patients waiting"
    assert banner.count.isVisible()
    assert banner.knock.text() == "Bo is waiting to come in"  # the newest knock
    assert banner.readiness.text() == "! Check: warnings"
    assert banner.reasons.isVisible() and banner.reasons.text()
    assert sounds == ["knock", "knock"]
    fake.emit(QueueChanged([]))
    assert not banner.isVisible()


def test_admit_from_the_banner_lets_the_patient_into_this_call(in_call, run_async) -> None:
    win, fake, _sounds = in_call
    fake.emit(QueueChanged([ANN]))

    async def admit() -> None:
        win.knock_banner.admit.click()
        await win.bridge.wait_for_actions()

    run_async(admit())
    assert fake.calls == [("admit", "p-1")]


def test_not_now_asks_first_and_can_be_taken_back(in_call, run_async, qtbot) -> None:
    win, fake, _sounds = in_call
    fake.emit(QueueChanged([ANN]))
    banner = win.knock_banner

    async def answer(confirm: bool) -> None:
        banner.not_now.click()
        assert banner.confirm.isVisible()
        assert banner.confirm.question.text() == (
            "Send Ann away? They are told you cannot see them this time."
        )
        assert banner.confirm.cancel_button.hasFocus()  # a stray Enter keeps Ann waiting
        if confirm:
            banner.confirm.confirm_button.click()
        else:
            qtbot.keyClick(banner.confirm.cancel_button, Qt.Key.Key_Escape)
        await win.bridge.wait_for_actions()

    run_async(answer(False))
    assert fake.calls == []
    assert not banner.confirm.isVisible()
    run_async(answer(True))
    assert fake.calls == [("deny", "p-1")]


def test_the_knock_sound_plays_where_there_is_no_tray(qtbot, translations, monkeypatch) -> None:
    played: list[str] = []

    def player(name: str, **_kwargs: Any):
        return lambda: played.append(name)

    monkeypatch.setattr(clinician_window_module, "qt_player", player)
    monkeypatch.setattr(clinician_window_module, "system_tray", lambda _parent: None)  # a bare desktop
    bridge, fake = clinician()
    win = ClinicianWindow(bridge, translations, QueueModel(lambda: 0.0))
    qtbot.addWidget(win)
    fake.emit(QueueChanged([ANN]))
    assert played == ["knock"]


def test_a_screen_reader_hears_the_knock_with_its_readiness(in_call) -> None:
    win, fake, _sounds = in_call
    fake.emit(QueueChanged([ANN, BO]))
    assert win.announcer.history[-2:] == [
        "Ann is waiting to be let in. Check passed.",
        "Bo is waiting to be let in. Check: warnings.",
    ]


def test_a_knock_by_someone_signed_in_with_an_email_code_says_so(in_call) -> None:
    win, fake, _sounds = in_call
    kari = QueueEntry("p-3", "Kari", Verification.EMAIL, 9.0, PrecallSummary(Verdict.OK))
    fake.emit(QueueChanged([kari]))
    assert win.knock_banner.knock.text() == "Kari is waiting to come in · E-mail code only (no e-ID)"

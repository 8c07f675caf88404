"""The call-quality indicator (issue 12, finding 5) and the support report (finding 6) in the call page.

One button per remote participant says "Connection with <name>: good / weak / poor" with a symbol and a
word; pressing it explains in words; the audio-only offer asks before the picture is paused; the More
menu and the Help page save the report, with no name in it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core.call_quality import LinkQuality, QualityReading, grade
from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.core.link_quality import Level
from app.core.protocol import Participant, Role
from app.session.events import CallQualityChanged, ParticipantsChanged, SessionFailed
from app.ui import diagnostics_save
from app.ui.bridge import PatientBridge
from app.ui.patient_window import PatientWindow
from tests.ui.moderation_fakes import ModPatient

DOCTOR = Participant("c-1", "Dr. Ingrid Berg", Role.CLINICIAN)


def quality(reading: QualityReading, level: Level = Level.FULL, offered: bool = False) -> CallQualityChanged:
    return CallQualityChanged(LinkQuality("c-1", grade(reading), level, offered))


@pytest.fixture
def call(qtbot, translations, run_async):
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
    fake.emit(ParticipantsChanged([DOCTOR]))
    return win, fake, bridge


def test_each_participant_gets_a_grade_in_words_and_symbol(call) -> None:
    win, fake, _ = call
    indicator = win.call_page.quality
    assert not indicator.isVisible()  # nothing measured yet: nothing shown
    fake.emit(quality(QualityReading(loss=0.0, rtt_s=0.05, jitter_s=0.004, fps=30)))
    button = indicator._buttons["c-1"]
    assert indicator.isVisible()
    assert button.accessibleName() == "Connection with Dr. Ingrid Berg: good"
    assert button.text().startswith("●")
    fake.emit(quality(QualityReading(loss=0.12, rtt_s=0.9, fps=4)))
    assert button.accessibleName() == "Connection with Dr. Ingrid Berg: poor"
    assert button.text().startswith("○")  # not told by colour alone


def test_pressing_it_explains_in_words(call, qtbot) -> None:
    win, fake, _ = call
    indicator = win.call_page.quality
    fake.emit(quality(QualityReading(loss=0.05, rtt_s=0.8, fps=20), level=Level.LOW))
    assert not indicator.words.isVisible()
    qtbot.mouseClick(indicator._buttons["c-1"], Qt.MouseButton.LeftButton)
    words = indicator.words.text()
    assert indicator.words.isVisible()
    assert words.startswith("The connection with Dr. Ingrid Berg is poor.")
    assert "talk over each other" in words and "lost on the way" in words
    assert "Your picture is sent smaller" in words
    qtbot.mouseClick(indicator._buttons["c-1"], Qt.MouseButton.LeftButton)
    assert not indicator.words.isVisible()


def test_the_audio_only_offer_asks_and_can_be_declined_or_taken(call, qtbot) -> None:
    win, fake, bridge = call
    indicator = win.call_page.quality
    chosen: list[bool] = []
    bridge.choose_audio_only = chosen.append
    fake.emit(quality(QualityReading(loss=0.2, rtt_s=1.2, fps=3), level=Level.MINIMAL, offered=True))
    assert indicator.offer.isVisible() and indicator.audio_only.isVisible()
    qtbot.mouseClick(indicator.keep_video, Qt.MouseButton.LeftButton)
    assert not indicator.offer.isVisible()
    assert chosen == []
    fake.emit(quality(QualityReading(loss=0.0, rtt_s=0.1, fps=5), level=Level.MINIMAL))
    fake.emit(quality(QualityReading(loss=0.2, rtt_s=1.2, fps=3), level=Level.MINIMAL, offered=True))
    qtbot.mouseClick(indicator.audio_only, Qt.MouseButton.LeftButton)
    assert chosen == [True]
    fake.emit(quality(QualityReading(loss=0.0, rtt_s=0.1), level=Level.AUDIO_ONLY))
    assert indicator.video_again.isVisible() and not indicator.audio_only.isVisible()
    assert "paused" in indicator.offer.text()
    qtbot.mouseClick(indicator.video_again, Qt.MouseButton.LeftButton)
    assert chosen == [True, False]


def test_words_follow_the_language(call, translations, qtbot) -> None:
    win, fake, _ = call
    fake.emit(quality(QualityReading(loss=0.0, rtt_s=0.05, fps=30)))
    button = win.call_page.quality._buttons["c-1"]
    translations.switch("nb")
    try:
        qtbot.waitUntil(lambda: button.accessibleName() == "Forbindelse med Dr. Ingrid Berg: god")
        translations.switch("sv")
        qtbot.waitUntil(lambda: button.accessibleName() == "Anslutning med Dr. Ingrid Berg: bra")
    finally:
        translations.switch("en")


def test_the_report_is_saved_where_chosen_without_names(call, tmp_path: Path) -> None:
    win, fake, bridge = call
    fake.emit(SessionFailed(ErrorCode.RATE_LIMITED))
    target = tmp_path / "report.txt"
    asked: list[str] = []

    def choose(_parent, suggested: str) -> str:
        asked.append(suggested)
        return str(target)

    assert diagnostics_save.save_diagnostics(win, bridge, choose) == target
    text = target.read_text(encoding="utf-8")
    assert asked and asked[0].endswith(".txt")
    assert "Samtale diagnostics report" in text and "rate_limited" in text
    for private in ("Kari", "Nordmann", "Ingrid", "Berg"):
        assert private not in text
    assert diagnostics_save.save_diagnostics(win, bridge, lambda _p, _s: None) is None  # cancelled


def test_more_menu_and_help_page_offer_the_report(call) -> None:
    win, _, _ = call
    assert win.call_page.bar.diagnostics_action in win.call_page.bar.more_menu.actions()
    assert win.call_page.bar.diagnostics_action.text() == "Save a report for support…"
    assert win.help_page.report_button.text() == "Save a report for support…"


def test_the_report_carries_the_pre_call_results_as_codes_and_numbers() -> None:
    from app.core.preflight import CheckName, CheckResult, PreflightCode, PreflightReport
    from app.core.protocol import Verdict

    report = PreflightReport(
        [
            CheckResult(
                CheckName.NETWORK, Verdict.WARNING, [PreflightCode.NETWORK_SLOW_SIGNALING], {"rtt_ms": 180.0}
            ),
            CheckResult(CheckName.MICROPHONE, Verdict.OK, [], {}, suggestion="Kari's headset"),
        ]
    )
    lines = diagnostics_save.precall_lines(report)
    assert lines[0] == "network: warning (network_slow_signaling) rtt_ms=180"
    assert lines[1] == "microphone: ok (-)"
    assert diagnostics_save.precall_lines(None) == []

"""The pre-call check on the patient's "I'm ready" page, driven by a scripted runner."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from app.core.preflight import CheckName, CheckResult, PreflightCode, PreflightReport
from app.core.protocol import PrecallSummary, Verdict
from app.ui.patient_window import PatientWindow
from app.ui.preflight.controller import PreflightController
from tests.ui.helpers import until
from tests.ui.test_bridge import patient

C, N = PreflightCode, CheckName


class ScriptedRunner:
    """Hands out ``results`` one by one, each after ``release`` is set (so tests see progress)."""

    def __init__(self, results: list[CheckResult], on_result: Callable[[CheckResult], None]) -> None:
        self.results, self.on_result = results, on_result
        self.release = asyncio.Event()

    async def run(self) -> PreflightReport:
        for result in self.results:
            await self.release.wait()
            self.on_result(result)
        return PreflightReport(list(self.results))


RESULTS = [
    CheckResult(N.CAMERA, Verdict.WARNING, [C.CAMERA_TOO_DARK], {"luminance": 21.0}),
    CheckResult(N.MICROPHONE, Verdict.OK, [C.MIC_OK]),
    CheckResult(N.SPEAKER, Verdict.WARNING, [C.SPEAKER_NOT_HEARD]),
    CheckResult(N.NETWORK, Verdict.OK, [C.NETWORK_OK], {"rtt_ms": 12.0}),
]


@pytest.fixture
def window(qtbot, translations):
    runners: list[ScriptedRunner] = []

    def make(on_result: Callable[[CheckResult], None], only: frozenset[CheckName] | None) -> ScriptedRunner:
        results = [r for r in RESULTS if only is None or r.check in only]
        if only == {N.SPEAKER}:  # played again: this time the microphone picks it up
            results = [CheckResult(N.SPEAKER, Verdict.OK, [C.SPEAKER_OK])]
        runners.append(ScriptedRunner(results, on_result))
        return runners[-1]

    bridge, fake = patient()
    controller = PreflightController(make)
    win = PatientWindow(bridge, translations, preflight=controller)
    qtbot.addWidget(win)
    win.show()
    return win, fake, runners


async def open_room(win: PatientWindow, qtbot) -> None:
    qtbot.keyClicks(win.login_page.name, "Ann Olsen")
    win.login_page.primary.click()
    await until(lambda: win.current_page() is win.code_page)
    qtbot.keyClicks(win.code_page.code, "KX7-42Q")
    win.code_page.primary.click()
    await until(lambda: win.current_page() is win.ready_page)


def test_the_check_runs_when_the_room_opens_and_its_findings_go_with_the_knock(window, run_async, qtbot):
    win, fake, runners = window
    panel, page = win.preflight_panel, win.ready_page

    async def walk() -> None:
        await open_room(win, qtbot)
        await until(lambda: len(runners) == 1)
        assert not page.primary.isEnabled()
        assert page.primary.text() == "Checking your equipment…"
        assert [row.status.text() for row in panel.rows.values()] == ["Checking…"] * 5
        assert panel.speak.isVisible()  # the microphone check needs the patient's voice
        runners[0].release.set()
        await until(lambda: win.preflight is not None and win.preflight.report is not None)
        camera = panel.rows[N.CAMERA]
        assert (camera.mark.text(), camera.status.text()) == ("!", "Needs attention")
        assert camera.advice.text() == "The picture is dark. Turn on a light in front of you."
        assert (panel.rows[N.NETWORK].mark.text(), panel.rows[N.NETWORK].status.text()) == ("✓", "Good")
        assert panel.heard.isVisible()  # the microphone did not pick up the test sound
        assert not panel.speak.isVisible()
        assert page.primary.isEnabled() and page.primary.text() == "I'm ready anyway"
        page.primary.click()
        await win.bridge.wait_for_actions()

    run_async(walk())
    summary = PrecallSummary(Verdict.WARNING, ["camera_too_dark", "speaker_not_heard"])
    assert fake.calls[-1] == ("knock", summary)


def test_i_heard_it_clears_the_speaker_warning_and_check_again_runs_anew(window, run_async, qtbot):
    win, _fake, runners = window
    panel = win.preflight_panel

    async def walk() -> None:
        await open_room(win, qtbot)
        await until(lambda: len(runners) == 1)
        runners[0].release.set()
        await until(lambda: win.preflight is not None and win.preflight.report is not None)
        panel.heard.click()
        speaker = panel.rows[N.SPEAKER]
        assert (speaker.mark.text(), speaker.advice.text()) == ("✓", "You heard the test sound.")
        assert not panel.heard.isVisible()
        assert win.preflight is not None
        assert win.preflight.summary().reasons == ["camera_too_dark"]
        panel.again.click()
        await until(lambda: len(runners) == 2)
        assert panel.rows[N.SPEAKER].status.text() == "Checking…"
        runners[1].release.set()
        await until(lambda: win.preflight is not None and win.preflight.report is not None)
        await win.preflight.close()
        await win.preflight.close()  # idempotent

    run_async(walk())


def test_findings_are_advised_in_the_patients_language(window, run_async, qtbot, translations):
    win, _fake, runners = window

    async def walk() -> None:
        await open_room(win, qtbot)
        await until(lambda: len(runners) == 1)
        runners[0].release.set()
        await until(lambda: win.preflight is not None and win.preflight.report is not None)

    run_async(walk())
    translations.switch("nb")
    camera = win.preflight_panel.rows[N.CAMERA]
    qtbot.waitUntil(lambda: camera.status.text() == "Bør sjekkes")
    assert camera.advice.text() == "Bildet er mørkt. Slå på et lys foran deg."
    assert win.ready_page.primary.text() == "Jeg er klar likevel"


def test_the_microphone_meter_follows_the_level_and_hides_without_a_microphone(window, qtbot):
    win, fake, _runners = window
    meter = win.preflight_panel.meter
    assert not meter.isVisible()  # the fake has no real microphone
    fake.level = -20.0
    win.stack.setCurrentWidget(win.ready_page)
    qtbot.waitUntil(meter.isVisible)
    assert meter.value() == 40  # -20 dBFS on a -60..0 scale
    assert meter.accessibleName() == "Microphone level"
    fake.level = -75.0
    qtbot.waitUntil(lambda: meter.value() == 0)


def test_the_test_sound_can_be_played_again_and_only_the_speaker_is_rechecked(window, run_async, qtbot):
    win, _fake, runners = window
    panel = win.preflight_panel

    async def walk() -> None:
        await open_room(win, qtbot)
        await until(lambda: len(runners) == 1)
        assert not panel.play.isEnabled()
        runners[0].release.set()
        await until(lambda: win.preflight is not None and win.preflight.report is not None)
        assert panel.play.isEnabled() and panel.play.text() == "Play the test sound"
        panel.play.click()
        await until(lambda: len(runners) == 2)
        assert [r.check for r in runners[1].results] == [N.SPEAKER]
        runners[1].release.set()
        await until(lambda: panel.rows[N.SPEAKER].status.text() == "Good")
        assert win.preflight is not None and win.preflight.report is not None
        assert [r.check for r in win.preflight.report.results] == [
            N.CAMERA,
            N.MICROPHONE,
            N.SPEAKER,
            N.NETWORK,
        ]
        assert win.preflight.summary().reasons == ["camera_too_dark"]

    run_async(walk())


def test_advice_is_never_squeezed_out_of_sight_in_a_short_window(window, run_async, qtbot):
    win, _fake, runners = window
    win.resize(900, 480)  # shorter than the page: it must scroll, not clip wrapped text

    async def walk() -> None:
        await open_room(win, qtbot)
        await until(lambda: len(runners) == 1)
        runners[0].release.set()
        await until(lambda: win.preflight is not None and win.preflight.report is not None)

    run_async(walk())
    qtbot.waitUntil(lambda: win.ready_page.scroller.verticalScrollBar().maximum() > 0)
    for row in win.preflight_panel.rows.values():
        if row.advice.text():
            needed = row.advice.heightForWidth(row.advice.width())
            assert row.advice.height() >= needed, (row.check, row.advice.height(), needed)

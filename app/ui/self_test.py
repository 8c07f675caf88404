"""Drives windows through a whole call by pressing the same buttons a person would.

``python -m app demo --self-test`` (and through it tests/test_clean_exit.py) walks both demo windows:
login both, create a room, enter the code, "I'm ready", admit, wait for drawn remote video in both
windows, hang up, see both after-call pages.

``--self-test`` of a single-role build (the installed patient or clinician app, tests/packaging) walks
its own side; the other side is a headless consultation run by the test. The clinician's walk prints
``SAMTALE_SELF_TEST_ROOM <code>`` on stdout so the test's patient can knock. On a machine without a
camera or microphone (CI) run it with ``--synthetic-media``: without it nothing is sent in their place.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.ui.clinician_window import ClinicianWindow
from app.ui.patient_window import PatientWindow

POLL_S = 0.05
MIN_FRAMES = 5
SELF_TEST_NAME = "Self-test"


@dataclass(frozen=True, slots=True)
class SelfTestResult:
    passed: bool
    step: str
    seconds: float
    frames: tuple[int, int]  # remote frames drawn by the patient's and the clinician's window

    def line(self) -> str:
        drawn = f"remote frames drawn: patient {self.frames[0]}, clinician {self.frames[1]}"
        if self.passed:
            return f"samtale self-test: passed in {self.seconds:.1f} s ({drawn})"
        return f"samtale self-test: FAILED at step '{self.step}' after {self.seconds:.1f} s ({drawn})"


async def until(condition: Callable[[], bool]) -> None:
    """Wait, letting Qt and asyncio run, until ``condition()`` holds."""
    # Polling on purpose: the conditions are widget states that raise no single event to await.
    while not condition():  # noqa: ASYNC110
        await asyncio.sleep(POLL_S)


class _Walk:
    def __init__(self, patient: PatientWindow, clinician: ClinicianWindow) -> None:
        self.p = patient
        self.c = clinician
        self.step = "start"

    async def run(self) -> None:
        p, c = self.p, self.c
        self.step = "login"
        c.login_page.primary.click()
        p.login_page.primary.click()
        await until(lambda: c.current_page() is c.queue_page and p.current_page() is p.code_page)
        self.step = "create room"
        c.queue_page.primary.click()
        await until(lambda: bool(p.code_page.code.text()))
        self.step = "enter code"
        p.code_page.primary.click()
        await until(lambda: p.current_page() is p.ready_page)
        self.step = "I'm ready"
        await until(p.ready_page.primary.isEnabled)  # the pre-call check runs first
        p.ready_page.primary.click()
        await until(lambda: p.current_page() is p.waiting_page)
        self.step = "patient appears in the queue"
        await until(lambda: c.queue_page.view.row_count() > 0)
        self.step = "admit"
        c.queue_page.view.row(0).admit.click()
        await until(lambda: p.current_page() is p.call_page and c.current_page() is c.call_page)
        self.step = "remote video drawn in both windows"
        start = (p.bridge.remote_video.count, c.bridge.remote_video.count)
        await until(
            lambda: (
                p.call_page.remote_view.frames_drawn >= MIN_FRAMES
                and c.call_page.remote_view.frames_drawn >= MIN_FRAMES
                and p.bridge.remote_video.count > start[0]
                and c.bridge.remote_video.count > start[1]
            )
        )
        self.step = "hang up"
        p.call_page.hang_up.click()
        p.call_page.confirm.confirm()  # "Leave the consultation?" — yes
        await until(lambda: p.current_page() is p.ended_page and c.current_page() is c.ended_page)
        self.step = "done"


class _OneSide:
    """Walks one window of a single-role build; ``step`` says how far it got."""

    def __init__(self, window: PatientWindow | ClinicianWindow) -> None:
        self.window = window
        self.step = "start"

    async def sign_in(self) -> None:
        w = self.window
        self.step = "login"
        if not w.login_page.name.text():  # the dev service's test identity takes a typed name
            w.login_page.name.setText(SELF_TEST_NAME)
        await until(w.login_page.primary.isEnabled)
        w.login_page.primary.click()

    async def talk_and_hang_up(self) -> None:
        w = self.window
        self.step = "remote video drawn"
        await until(lambda: w.call_page.remote_view.frames_drawn >= MIN_FRAMES)
        self.step = "hang up"
        w.call_page.hang_up.click()
        w.call_page.confirm.confirm()  # "Leave the consultation?" — yes
        await until(lambda: w.current_page() is w.ended_page)
        self.step = "done"

    async def run(self) -> None:
        raise NotImplementedError


class _PatientWalk(_OneSide):
    """The installed patient app's side: the room comes from ``--join``; a test admits."""

    def __init__(self, patient: PatientWindow) -> None:
        super().__init__(patient)
        self.p = patient

    async def run(self) -> None:
        p = self.p
        await self.sign_in()
        self.step = "open the room from the link"
        await until(lambda: p.current_page() is p.ready_page)
        self.step = "I'm ready"
        await until(p.ready_page.primary.isEnabled)  # the pre-call check runs first
        p.ready_page.primary.click()
        await until(lambda: p.current_page() in (p.waiting_page, p.call_page))
        self.step = "admitted"
        await until(lambda: p.current_page() is p.call_page)
        await self.talk_and_hang_up()


class _ClinicianWalk(_OneSide):
    """The installed clinician app's side: a test's patient knocks on the printed code."""

    def __init__(self, clinician: ClinicianWindow) -> None:
        super().__init__(clinician)
        self.c = clinician

    async def run(self) -> None:
        c = self.c
        await self.sign_in()
        await until(lambda: c.current_page() is c.queue_page)
        self.step = "create room"
        c.queue_page.primary.click()
        await until(lambda: bool(c.queue_page.code.text()))
        sys.stdout.write(f"SAMTALE_SELF_TEST_ROOM {c.queue_page.code.text()}\n")
        sys.stdout.flush()
        self.step = "a patient appears in the queue"
        await until(lambda: c.queue_page.view.row_count() > 0)
        self.step = "admit"
        c.queue_page.view.row(0).admit.click()
        await until(lambda: c.current_page() is c.call_page)
        await self.talk_and_hang_up()


async def _timed(walk: _Walk | _OneSide, limit_s: float) -> tuple[bool, float]:
    started = time.monotonic()
    try:
        async with asyncio.timeout(limit_s):
            await walk.run()
        return True, time.monotonic() - started
    except TimeoutError:
        return False, time.monotonic() - started


async def run_self_test(
    patient: PatientWindow, clinician: ClinicianWindow, limit_s: float = 60.0
) -> SelfTestResult:
    """Walk the whole call; never raises, the result says how far it got."""
    walk = _Walk(patient, clinician)
    passed, seconds = await _timed(walk, limit_s)
    frames = (patient.call_page.remote_view.frames_drawn, clinician.call_page.remote_view.frames_drawn)
    return SelfTestResult(passed, walk.step, seconds, frames)


async def run_role_self_test(
    patient: PatientWindow | None, clinician: ClinicianWindow | None, limit_s: float = 90.0
) -> SelfTestResult:
    """Walk one side of a call in a single-role build; exactly one window is given."""
    if patient is not None:
        walk: _OneSide = _PatientWalk(patient)
    elif clinician is not None:
        walk = _ClinicianWalk(clinician)
    else:
        raise ValueError("a single-role self-test needs its window")
    passed, seconds = await _timed(walk, limit_s)
    drawn = walk.window.call_page.remote_view.frames_drawn
    frames = (drawn, 0) if patient is not None else (0, drawn)
    return SelfTestResult(passed, walk.step, seconds, frames)

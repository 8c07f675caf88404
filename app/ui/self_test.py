"""Drives the two demo windows through a whole call by pressing the same buttons a person would.

Used by ``python -m app demo --self-test`` (and through it by tests/test_clean_exit.py): login both,
create a room, enter the code, "I'm ready", admit, wait for drawn remote video in both windows,
hang up, see both after-call pages.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.ui.clinician_window import ClinicianWindow
from app.ui.patient_window import PatientWindow

POLL_S = 0.05
MIN_FRAMES = 5


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
        await until(lambda: p.current_page() is p.ended_page and c.current_page() is c.ended_page)
        self.step = "done"


async def run_self_test(
    patient: PatientWindow, clinician: ClinicianWindow, limit_s: float = 60.0
) -> SelfTestResult:
    """Walk the whole call; never raises, the result says how far it got."""
    walk = _Walk(patient, clinician)
    started = time.monotonic()
    try:
        async with asyncio.timeout(limit_s):
            await walk.run()
        passed = True
    except TimeoutError:
        passed = False
    frames = (patient.call_page.remote_view.frames_drawn, clinician.call_page.remote_view.frames_drawn)
    return SelfTestResult(passed, walk.step, time.monotonic() - started, frames)

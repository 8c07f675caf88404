"""Runs the pre-call check for the patient's window and tells the widgets as each result arrives.

It owns the one task that runs the checks (a new run cancels nothing: "check again" waits until the
current run is over), keeps the latest report, and lets the patient confirm the test sound by hand.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from app.core.preflight import CheckName, CheckResult, PreflightCode, PreflightReport
from app.core.protocol import PrecallSummary, Verdict

log = logging.getLogger(__name__)


class Runner(Protocol):
    async def run(self) -> PreflightReport: ...


# make(on_result, only): a runner for every check (only=None) or just the named ones
RunnerFactory = Callable[[Callable[[CheckResult], None], frozenset[CheckName] | None], Runner]


class PreflightController(QObject):
    """``start()`` runs the checks; ``resultReady``/``finished`` report; ``summary()`` goes with the knock."""

    started = Signal()
    resultReady = Signal(object)  # CheckResult
    finished = Signal(object)  # PreflightReport

    def __init__(self, make_runner: RunnerFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make_runner = make_runner
        self._task: asyncio.Task[None] | None = None
        self._closed = False
        self.report: PreflightReport | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> asyncio.Task[None] | None:
        """Run every check."""
        if self._closed or self.running:
            return None
        self.report = None
        self._task = asyncio.get_running_loop().create_task(self._run(None), name="preflight")
        return self._task

    def recheck(self, check: CheckName) -> asyncio.Task[None] | None:
        """Run one check again (the speaker test button) and replace its result in the report."""
        if self._closed or self.running or self.report is None:
            return None
        self._task = asyncio.get_running_loop().create_task(self._run(frozenset({check})), name="recheck")
        return self._task

    async def _run(self, only: frozenset[CheckName] | None) -> None:
        if only is None:
            self.started.emit()
        try:
            report = await self._make_runner(self.resultReady.emit, only).run()
        except Exception as exc:  # the runner turns check failures into codes; this is a bug
            log.error("pre-call check run failed: %s", type(exc).__name__)
            return
        if only is not None and self.report is not None:
            fresh = {r.check: r for r in report.results}
            report = PreflightReport([fresh.get(r.check, r) for r in self.report.results])
        self.report = report
        self.finished.emit(report)

    def confirm_speaker(self) -> None:
        """The patient heard the test sound although the microphone did not pick it up."""
        if self.report is None:
            return
        confirmed = CheckResult(CheckName.SPEAKER, Verdict.OK, [PreflightCode.SPEAKER_CONFIRMED])
        results = [
            dataclasses.replace(confirmed, measurements=dict(r.measurements), duration_s=r.duration_s)
            if r.check is CheckName.SPEAKER
            else r
            for r in self.report.results
        ]
        self.report = PreflightReport(results)
        self.resultReady.emit(next(r for r in results if r.check is CheckName.SPEAKER))
        self.finished.emit(self.report)

    def summary(self) -> PrecallSummary:
        """What the clinician's queue shows; UNKNOWN until a run has finished."""
        return self.report.summary() if self.report is not None else PrecallSummary()

    async def close(self) -> None:
        """Cancel a run in progress and wait for it; safe to call more than once."""
        self._closed = True
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

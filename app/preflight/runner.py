"""Runs the pre-call checks concurrently within one time budget and gathers them into one report.

A check that overruns its share of the budget is reported as ``CHECK_TIMED_OUT`` (a warning: we
could not tell), one that raises as ``CHECK_FAILED``; neither stops the others. Progress is told
through ``on_result`` as each check finishes, so the page can tick items off as they complete.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping
from typing import Protocol

from app.core.preflight import CheckName, CheckResult, PreflightCode, PreflightReport
from app.core.protocol.models import Verdict

log = logging.getLogger(__name__)

DEFAULT_BUDGET_S = 10.0


class Check(Protocol):
    """One pre-call check: measures, then returns codes and a verdict."""

    async def run(self) -> CheckResult: ...


class PreflightRunner:
    """Runs ``checks`` together; ``run()`` returns the report once every check has an outcome."""

    def __init__(
        self,
        checks: Mapping[CheckName, Check],
        *,
        budget_s: float = DEFAULT_BUDGET_S,
        on_result: Callable[[CheckResult], None] = lambda result: None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._checks = dict(checks)
        self._budget = budget_s
        self._on_result = on_result
        self._clock = clock

    async def run(self) -> PreflightReport:
        results = await asyncio.gather(*(self._one(name, check) for name, check in self._checks.items()))
        return PreflightReport(results=list(results))

    async def _one(self, name: CheckName, check: Check) -> CheckResult:
        started = self._clock()
        try:
            async with asyncio.timeout(self._budget):
                result = await check.run()
        except TimeoutError:
            result = CheckResult(name, Verdict.WARNING, [PreflightCode.CHECK_TIMED_OUT])
        except Exception as exc:  # a broken check must not hide the others' results
            log.warning("pre-call check %s failed: %s", name.value, type(exc).__name__)
            log.debug("pre-call check traceback", exc_info=exc)
            result = CheckResult(name, Verdict.WARNING, [PreflightCode.CHECK_FAILED])
        if result.duration_s == 0.0:
            result = CheckResult(
                result.check,
                result.verdict,
                list(result.codes),
                dict(result.measurements),
                result.suggestion,
                duration_s=self._clock() - started,
            )
        self._on_result(result)
        return result

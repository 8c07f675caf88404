"""The computer check: how busy the whole computer is while the other checks run.

A computer with no room to spare drops video frames and stutters whatever the network does, so this
is its own finding under its own heading (``CheckName.COMPUTER``), never part of the internet
connection's. The load is sampled over ``sample_s`` seconds by ``CpuSampler`` (``/proc/stat`` on
Linux, the load average elsewhere); a load that cannot be read is "not checked", not "good".
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Protocol

from app.core.preflight import CheckName, CheckResult, PreflightCode
from app.core.protocol.models import Verdict
from app.preflight.net_cpu import CpuSampler

BUSY = 0.9  # the busy fraction of all cores above which video is likely to stutter
SAMPLE_S = 3.0


class LoadSampler(Protocol):
    def start(self) -> None: ...

    def load(self) -> float | None: ...


class ComputerCheck:
    """``await ComputerCheck().run()`` → the computer ``CheckResult`` after ``sample_s`` seconds."""

    def __init__(
        self,
        sampler: LoadSampler | None = None,
        *,
        sample_s: float = SAMPLE_S,
        busy: float = BUSY,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._sampler = sampler or CpuSampler()
        self._sample_s = sample_s
        self._busy = busy
        self._clock = clock

    async def run(self) -> CheckResult:
        started = self._clock()
        self._sampler.start()
        await asyncio.sleep(self._sample_s)
        load = self._sampler.load()
        duration = round(self._clock() - started, 3)
        if load is None:
            return CheckResult(CheckName.COMPUTER, Verdict.UNKNOWN, [], duration_s=duration)
        measured = {"cpu_load": round(load, 2)}
        if load > self._busy:
            return CheckResult(
                CheckName.COMPUTER, Verdict.WARNING, [PreflightCode.CPU_BUSY], measured, duration_s=duration
            )
        return CheckResult(
            CheckName.COMPUTER, Verdict.OK, [PreflightCode.COMPUTER_OK], measured, duration_s=duration
        )

"""The microphone check: signal, level, noise floor, clipping; suggests another input that hears sound."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence

from app.core.preflight import CheckName, CheckResult, PreflightCode
from app.core.protocol.models import Verdict
from app.media.audio import list_input_devices
from app.media.audio.denied import access_denied
from app.media.audio.devices import AudioDevice
from app.preflight import audio_probe
from app.preflight.audio_probe import CaptureStats, Samples

log = logging.getLogger(__name__)
Recorder = Callable[[AudioDevice | None, float], Awaitable[Samples]]

SILENT_DBFS = -75.0  # below this in the loud blocks: nothing reaches us (muted, unplugged, wrong input)
QUIET_DBFS = -45.0  # loud blocks below this: speech will be hard to hear
NOISY_DBFS = -45.0  # quiet blocks above this: steady background noise
CLIPPING_FRACTION = 0.0001  # 0.01 % of samples at full scale


def classify(stats: CaptureStats) -> tuple[Verdict, list[PreflightCode]]:
    """Codes for one recording of the chosen microphone (silence is decided by the caller)."""
    codes = []
    if stats.clipped_fraction >= CLIPPING_FRACTION:
        codes.append(PreflightCode.MIC_CLIPPING)
    if stats.noise_floor_dbfs >= NOISY_DBFS:
        codes.append(PreflightCode.MIC_NOISY)
    elif stats.level_dbfs < QUIET_DBFS:
        codes.append(PreflightCode.MIC_TOO_QUIET)
    if not codes:
        return Verdict.OK, [PreflightCode.MIC_OK]
    return Verdict.WARNING, codes


class MicrophoneCheck:
    """Records ``seconds`` from ``device`` (None: the OS default) and judges it.

    If the OS refuses access to the microphone (privacy settings) the result is MIC_PERMISSION_DENIED.
    If the microphone is silent, every other input (``inputs()`` minus the chosen one) is recorded
    briefly at the same time; one that hears something is suggested by name (MIC_OTHER_HAS_SIGNAL).
    """

    def __init__(
        self,
        device: AudioDevice | None = None,
        *,
        inputs: Callable[[], Sequence[AudioDevice]] = list_input_devices,
        seconds: float = 2.0,
        other_seconds: float = 0.8,
        recorder: Recorder = audio_probe.record,
        clock: Callable[[], float] = time.monotonic,
        lock: asyncio.Lock | None = None,
    ) -> None:
        self._device = device
        self._inputs = inputs
        self._seconds = seconds
        self._other_seconds = other_seconds
        self._record = recorder
        self._clock = clock
        self._lock = lock or asyncio.Lock()  # shared with the other audio check: never both at once

    async def run(self) -> CheckResult:
        async with self._lock:
            return await self._run()

    async def _run(self) -> CheckResult:
        started = self._clock()
        available = list(await asyncio.to_thread(self._inputs))
        device = self._device or (available[0] if available else None)
        if device is None:
            return self._result(Verdict.FAIL, [PreflightCode.MIC_NONE], {}, None, started)
        others = [d for d in available if d.ident != device.ident]
        try:
            recorded = await self._record(device, self._seconds)
        except Exception as exc:
            if not access_denied(exc):
                raise  # the runner reports it as CHECK_FAILED
            return self._result(Verdict.FAIL, [PreflightCode.MIC_PERMISSION_DENIED], {}, None, started)
        stats = audio_probe.analyse(recorded)
        measured = {
            "level_dbfs": round(stats.level_dbfs, 1),
            "noise_floor_dbfs": round(stats.noise_floor_dbfs, 1),
            "peak_dbfs": round(stats.peak_dbfs, 1),
            "clipped_fraction": round(stats.clipped_fraction, 5),
        }
        if stats.level_dbfs >= SILENT_DBFS:
            verdict, codes = classify(stats)
            return self._result(verdict, codes, measured, None, started)
        other = await self._other_with_signal(others)
        if other is not None:
            codes = [PreflightCode.MIC_SILENT, PreflightCode.MIC_OTHER_HAS_SIGNAL]
            return self._result(Verdict.FAIL, codes, measured, other.name, started)
        return self._result(Verdict.FAIL, [PreflightCode.MIC_SILENT], measured, None, started)

    async def _other_with_signal(self, others: Sequence[AudioDevice]) -> AudioDevice | None:
        recordings = await asyncio.gather(
            *(self._record(d, self._other_seconds) for d in others), return_exceptions=True
        )
        best: tuple[float, AudioDevice] | None = None
        for device, samples in zip(others, recordings, strict=True):
            if isinstance(samples, BaseException):
                log.debug("could not record another input: %s", type(samples).__name__)
                continue
            level = audio_probe.analyse(samples).level_dbfs
            if level >= QUIET_DBFS and (best is None or level > best[0]):
                best = (level, device)
        return best[1] if best else None

    def _result(
        self,
        verdict: Verdict,
        codes: list[PreflightCode],
        measured: dict[str, float],
        suggestion: str | None,
        started: float,
    ) -> CheckResult:
        return CheckResult(
            CheckName.MICROPHONE, verdict, codes, measured, suggestion, duration_s=self._clock() - started
        )

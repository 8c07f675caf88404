"""The speaker check: plays a test tone and listens for it through the microphone."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence

from app.core.preflight import CheckName, CheckResult, PreflightCode
from app.core.protocol.models import Verdict
from app.media.audio import list_output_devices
from app.media.audio.devices import AudioDevice
from app.preflight import audio_probe
from app.preflight.audio_probe import Samples

Recorder = Callable[[AudioDevice | None, float], Awaitable[Samples]]
Player = Callable[[AudioDevice | None, Samples], Awaitable[None]]

TONE_HZ = 1000.0
TONE_DBFS = -20.0
HEARD_MARGIN_DB = 15.0  # the tone stands this far above the neighbouring spectrum: heard
ECHO_RISK_DBFS = -45.0  # heard at least this loud: the microphone will pick up the far end


class SpeakerCheck:
    """Plays ``tone_s`` of a ``TONE_HZ`` tone on ``output`` while recording ``microphone``.

    Not heard → SPEAKER_NOT_HEARD (a warning the patient can overrule: ``confirmed``); heard loudly →
    SPEAKER_ECHO_RISK (recommend headphones); heard softly → SPEAKER_OK. An output whose name says it
    is a headset → SPEAKER_HEADSET (the tone is still played, so the patient hears it).
    """

    def __init__(
        self,
        output: AudioDevice | None = None,
        microphone: AudioDevice | None = None,
        *,
        outputs: Callable[[], Sequence[AudioDevice]] = list_output_devices,
        tone_s: float = 1.0,
        recorder: Recorder = audio_probe.record,
        player: Player = audio_probe.play,
        clock: Callable[[], float] = time.monotonic,
        lock: asyncio.Lock | None = None,
    ) -> None:
        self._output = output
        self._microphone = microphone
        self._outputs = outputs
        self._tone_s = tone_s
        self._record = recorder
        self._play = player
        self._clock = clock
        self._lock = lock or asyncio.Lock()  # shared with the other audio check: never both at once

    async def run(self) -> CheckResult:
        async with self._lock:
            return await self._run()

    async def _run(self) -> CheckResult:
        started = self._clock()
        output = self._output
        if output is None:
            available = await asyncio.to_thread(self._outputs)
            output = available[0] if available else None
        if output is None:
            return self._result(Verdict.FAIL, [PreflightCode.SPEAKER_NONE], {}, started)
        tone = audio_probe.make_tone(TONE_HZ, self._tone_s, TONE_DBFS)
        listening = asyncio.ensure_future(self._record(self._microphone, self._tone_s + 0.4))
        try:
            await asyncio.sleep(0.1)
            await self._play(output, tone)
            recorded = await listening
        finally:
            if not listening.done():
                listening.cancel()
        level, margin = audio_probe.tone_level(recorded, TONE_HZ)
        measured = {"tone_level_dbfs": round(level, 1), "tone_margin_db": round(margin, 1)}
        if output.looks_like_headset:
            return self._result(Verdict.OK, [PreflightCode.SPEAKER_HEADSET], measured, started)
        if margin < HEARD_MARGIN_DB:
            return self._result(Verdict.WARNING, [PreflightCode.SPEAKER_NOT_HEARD], measured, started)
        if level >= ECHO_RISK_DBFS:
            return self._result(Verdict.WARNING, [PreflightCode.SPEAKER_ECHO_RISK], measured, started)
        return self._result(Verdict.OK, [PreflightCode.SPEAKER_OK], measured, started)

    @staticmethod
    def confirmed(previous: CheckResult | None = None) -> CheckResult:
        """The result after the patient clicked "I heard it" (keeps the measurements of ``previous``)."""
        measured = dict(previous.measurements) if previous else {}
        return CheckResult(CheckName.SPEAKER, Verdict.OK, [PreflightCode.SPEAKER_CONFIRMED], measured)

    def _result(
        self, verdict: Verdict, codes: list[PreflightCode], measured: dict[str, float], started: float
    ) -> CheckResult:
        return CheckResult(CheckName.SPEAKER, verdict, codes, measured, duration_s=self._clock() - started)

"""The speaker check on real audio: a test tone played into ``vsink`` and listened for on a monitor."""

from __future__ import annotations

import asyncio
import time

import numpy as np
import pytest

from app.core.preflight import CheckName, PreflightCode
from app.core.protocol.models import Verdict
from app.media.audio import find_device
from app.media.audio.devices import AudioDevice
from app.preflight.audio_checks import audio_checks
from app.preflight.audio_probe import make_tone
from app.preflight.speaker import TONE_HZ, SpeakerCheck
from tests.support import pulse as _pulse

pytestmark = pytest.mark.usefixtures("pulse_daemon")
pulse_daemon = _pulse.pulse_daemon  # the session's PulseAudio daemon (one per test process)


def _devices() -> tuple[AudioDevice, AudioDevice, AudioDevice]:
    speaker = find_device("vsink", "output")
    hears_speaker = find_device("vsink.monitor", "input")  # a microphone right next to the speaker
    silent = find_device("vmic.monitor", "input")  # a microphone that hears nothing
    assert speaker and hears_speaker and silent
    return speaker, hears_speaker, silent


async def test_heard_loudly_is_an_echo_risk() -> None:
    speaker, hears_speaker, _ = _devices()
    result = await SpeakerCheck(speaker, hears_speaker).run()
    assert result.check is CheckName.SPEAKER
    assert result.codes == [PreflightCode.SPEAKER_ECHO_RISK] and result.verdict is Verdict.WARNING
    assert result.measurements["tone_level_dbfs"] > -30 and result.measurements["tone_margin_db"] > 30
    assert result.duration_s < 4


async def test_not_heard_can_be_confirmed_by_the_patient() -> None:
    speaker, _, silent = _devices()
    result = await SpeakerCheck(speaker, silent).run()
    assert result.codes == [PreflightCode.SPEAKER_NOT_HEARD] and result.verdict is Verdict.WARNING
    confirmed = SpeakerCheck.confirmed(result)
    assert confirmed.codes == [PreflightCode.SPEAKER_CONFIRMED] and confirmed.verdict is Verdict.OK
    assert confirmed.measurements == result.measurements


async def test_headset_by_name_is_good() -> None:
    _, hears_speaker, _ = _devices()
    played: list[float] = []

    async def player(_device: AudioDevice | None, signal: np.ndarray) -> None:
        played.append(len(signal))

    headset = AudioDevice("Jabra Evolve2 65", "output", "pulse", "bluez_output.x")
    result = await SpeakerCheck(headset, hears_speaker, player=player).run()
    assert result.codes == [PreflightCode.SPEAKER_HEADSET] and result.verdict is Verdict.OK
    assert played  # the patient still hears the tone


async def test_heard_softly_is_ok() -> None:
    async def recorder(_device: AudioDevice | None, seconds: float) -> np.ndarray:
        quiet = make_tone(TONE_HZ, seconds, -60)
        return quiet + np.random.default_rng(1).normal(0, 1e-5, len(quiet)).astype(np.float32)

    async def player(_device: AudioDevice | None, _signal: np.ndarray) -> None:
        return None

    speaker = AudioDevice("Built-in Speakers", "output", "pulse", "x")
    result = await SpeakerCheck(speaker, None, recorder=recorder, player=player).run()
    assert result.codes == [PreflightCode.SPEAKER_OK] and result.verdict is Verdict.OK


async def test_no_speaker() -> None:
    result = await SpeakerCheck(outputs=list).run()
    assert result.codes == [PreflightCode.SPEAKER_NONE] and result.verdict is Verdict.FAIL


async def test_audio_checks_take_turns() -> None:
    """Run together (as the runner does), the speaker's tone must not reach the microphone check."""
    speaker, hears_speaker, _ = _devices()
    mic_check, speaker_check = audio_checks(hears_speaker, speaker)
    started = time.monotonic()
    speaker_result, mic_result = await asyncio.gather(speaker_check.run(), mic_check.run())
    assert speaker_result.codes == [PreflightCode.SPEAKER_ECHO_RISK]
    assert mic_result.codes[0] is PreflightCode.MIC_SILENT  # it heard no tone: the checks took turns
    assert time.monotonic() - started < 8

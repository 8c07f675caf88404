"""The microphone check on real audio: known signals played into the virtual microphone ``vmic``."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from app.core.preflight import PreflightCode
from app.core.protocol.models import Verdict
from app.media.audio import find_device
from app.media.audio.devices import AudioDevice
from app.preflight.audio_probe import CaptureStats, play
from app.preflight.microphone import MicrophoneCheck, classify
from tests.support import pulse as _pulse
from tests.support.pulse import RATE, speechlike

pytestmark = pytest.mark.usefixtures("pulse_daemon")
pulse_daemon = _pulse.pulse_daemon  # the session's PulseAudio daemon (one per test process)

MIC = "Monitor of VirtualMic"
OTHER = "Monitor of VirtualSpeaker"


def _check(**kwargs: object) -> MicrophoneCheck:
    mic, other = find_device(MIC, "input"), find_device(OTHER, "input")
    assert mic is not None and other is not None
    return MicrophoneCheck(mic, inputs=lambda: [mic, other], seconds=1.2, **kwargs)  # type: ignore[arg-type]


async def _feed(sink: str, signal: np.ndarray) -> asyncio.Future[None]:
    """Play ``signal`` into a null sink in the background (``vmic``: the virtual microphone)."""
    feeding = asyncio.ensure_future(play(find_device(sink, "output"), signal.astype(np.float32)))
    await asyncio.sleep(0.2)
    return feeding


def _noise(seconds: float, dbfs: float) -> np.ndarray:
    rng = np.random.default_rng(5)
    return (rng.standard_normal(int(seconds * RATE)) * 10 ** (dbfs / 20)).astype(np.float32)


async def test_speech_is_ok() -> None:
    feeding = await _feed("vmic", speechlike(1.7, peak=0.4) + _noise(1.7, -70))
    result = await _check().run()
    await feeding
    assert result.codes == [PreflightCode.MIC_OK] and result.verdict is Verdict.OK
    assert -30 < result.measurements["level_dbfs"] < -5
    assert result.duration_s < 4


async def test_too_quiet() -> None:
    feeding = await _feed("vmic", speechlike(1.7, peak=0.004))
    result = await _check().run()
    await feeding
    assert result.codes == [PreflightCode.MIC_TOO_QUIET] and result.verdict is Verdict.WARNING


async def test_noisy() -> None:
    feeding = await _feed("vmic", _noise(1.7, -35))
    result = await _check().run()
    await feeding
    assert result.codes == [PreflightCode.MIC_NOISY]
    assert result.measurements["noise_floor_dbfs"] > -45


async def test_clipping() -> None:
    feeding = await _feed("vmic", np.clip(speechlike(1.7) * 8, -1, 1))
    result = await _check().run()
    await feeding
    assert PreflightCode.MIC_CLIPPING in result.codes and result.verdict is Verdict.WARNING


async def test_silent_microphone() -> None:
    result = await _check().run()
    assert result.codes == [PreflightCode.MIC_SILENT] and result.verdict is Verdict.FAIL
    assert result.suggestion is None


async def test_silent_microphone_suggests_one_with_signal() -> None:
    feeding = await _feed("vsink", speechlike(3.0, peak=0.4))  # the other input hears this
    result = await _check().run()
    await feeding
    assert result.codes == [PreflightCode.MIC_SILENT, PreflightCode.MIC_OTHER_HAS_SIGNAL]
    assert result.suggestion == OTHER
    assert result.duration_s < 4


async def test_no_microphone() -> None:
    result = await MicrophoneCheck(inputs=list).run()
    assert result.codes == [PreflightCode.MIC_NONE] and result.verdict is Verdict.FAIL


def test_classify_thresholds() -> None:
    assert classify(CaptureStats(-20, -70, -6, 0.0)) == (Verdict.OK, [PreflightCode.MIC_OK])
    assert classify(CaptureStats(-20, -70, 0, 0.01))[1] == [PreflightCode.MIC_CLIPPING]
    assert classify(CaptureStats(-60, -70, -50, 0.0))[1] == [PreflightCode.MIC_TOO_QUIET]
    assert classify(CaptureStats(-30, -40, -20, 0.0))[1] == [PreflightCode.MIC_NOISY]


@pytest.mark.parametrize("device", [None])
async def test_recorder_is_injectable(device: AudioDevice | None) -> None:
    async def fake(_device: AudioDevice | None, seconds: float) -> np.ndarray:
        return speechlike(seconds, peak=0.3)

    mic = AudioDevice("Fake", "input", "portaudio", "fake")
    result = await MicrophoneCheck(device or mic, inputs=lambda: [mic], recorder=fake).run()
    assert result.codes == [PreflightCode.MIC_OK]

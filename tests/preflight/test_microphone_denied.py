"""MIC_PERMISSION_DENIED: errors that mean the OS refuses the microphone, injected into the check."""

from __future__ import annotations

import errno

import numpy as np
import pytest
import sounddevice as sd  # type: ignore[import-untyped]

from app.core.preflight import PreflightCode
from app.core.protocol.models import Verdict
from app.media.audio.denied import access_denied
from app.media.audio.devices import AudioDevice
from app.preflight.audio_probe import Samples
from app.preflight.microphone import MicrophoneCheck

MIC = AudioDevice("Built-in Microphone", "input", "pulse", "alsa_input.builtin", is_default=True)
DENIED = [
    sd.PortAudioError("Error opening RawInputStream", -9999, (0, -13, "Permission denied")),  # ALSA
    sd.PortAudioError("Error opening RawInputStream", -9999, (1, -2147024891, "")),  # WASAPI
    sd.PortAudioError("Error opening RawInputStream", -9999, (2, 1, "Access denied")),  # PulseAudio
    PermissionError(errno.EACCES, "Permission denied", "/dev/snd/pcmC0D0c"),
    OSError(errno.EPERM, "Operation not permitted"),
]
OTHER = [
    sd.PortAudioError("Error opening RawInputStream", -9985),  # device unavailable (in use)
    sd.PortAudioError("Error opening RawInputStream", -9999, (0, -16, "Device or resource busy")),
    LookupError("the audio device is no longer present"),
    OSError(errno.ENODEV, "No such device"),
]


@pytest.mark.parametrize("exc", DENIED, ids=lambda e: type(e).__name__)
def test_access_denied_errors_are_recognised(exc: BaseException) -> None:
    assert access_denied(exc)


@pytest.mark.parametrize("exc", OTHER, ids=lambda e: type(e).__name__)
def test_other_device_errors_are_not_denied(exc: BaseException) -> None:
    assert not access_denied(exc)


def test_denied_is_found_behind_a_wrapping_error() -> None:
    outer = RuntimeError("could not open the microphone")
    outer.__cause__ = DENIED[0]
    assert access_denied(outer)


def _check(error: BaseException) -> MicrophoneCheck:
    async def refuse(_device: AudioDevice | None, _seconds: float) -> Samples:
        raise error

    return MicrophoneCheck(MIC, inputs=lambda: [MIC], recorder=refuse)


@pytest.mark.parametrize("exc", DENIED, ids=lambda e: type(e).__name__)
async def test_the_check_says_permission_denied(exc: BaseException) -> None:
    result = await _check(exc).run()
    assert result.verdict is Verdict.FAIL
    assert result.codes == [PreflightCode.MIC_PERMISSION_DENIED]


async def test_other_errors_still_reach_the_runner() -> None:
    with pytest.raises(sd.PortAudioError):
        await _check(OTHER[0]).run()


async def test_a_working_microphone_is_not_affected() -> None:
    async def loud(_device: AudioDevice | None, seconds: float) -> Samples:
        t = np.arange(int(seconds * 48_000)) / 48_000
        return (0.3 * np.sin(2 * np.pi * 300 * t)).astype(np.float32)

    result = await MicrophoneCheck(MIC, inputs=lambda: [MIC], recorder=loud).run()
    assert PreflightCode.MIC_PERMISSION_DENIED not in result.codes

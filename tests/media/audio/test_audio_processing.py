"""WebRTC audio processing on a synthetic echo path: echo reduction, double talk, cost per frame."""

from __future__ import annotations

import time

import numpy as np
import numpy.typing as npt

from app.media.audio.processing import BLOCK, AudioProcessor
from tests.support.pulse import RATE, speechlike


def _db(x: npt.NDArray[np.generic]) -> float:
    return float(10 * np.log10(np.mean(x.astype(np.float64) ** 2) + 1e-9))


def _echo_path(far: npt.NDArray[np.float32], delay_ms: int = 30) -> npt.NDArray[np.float64]:
    """Room + loudspeaker: delayed, attenuated (-10 dB), low-passed copy of the far end."""
    delay = RATE * delay_ms // 1000
    echo = np.zeros(len(far))
    echo[delay:] = far[:-delay] * 0.32
    return np.convolve(echo, [0.5, 0.3, 0.15, 0.05])[: len(far)]


def _s16(x: npt.NDArray[np.floating]) -> npt.NDArray[np.int16]:
    return np.round(np.clip(x, -1, 1) * 32767).astype(np.int16)


def test_echo_return_loss_enhancement_after_convergence() -> None:
    far = speechlike(8.0, seed=1)
    mic = _s16(_echo_path(far))
    processor = AudioProcessor(stream_delay_ms=30)
    start = time.perf_counter()
    out = processor.process_many(mic, _s16(far))
    cost_ms = (time.perf_counter() - start) / (len(mic) // BLOCK) * 1000
    tail = slice(len(mic) // 2, None)  # after 4 s of convergence
    erle = _db(mic[tail]) - _db(out[tail])
    assert erle >= 25, f"ERLE {erle:.1f} dB"
    assert cost_ms < 3.0, f"{cost_ms:.2f} ms per 10 ms frame"


def test_near_end_speech_survives_double_talk() -> None:
    far = speechlike(10.0, seed=2)
    echo = _echo_path(far)
    near = np.zeros(len(far), dtype=np.float32)
    talk = slice(6 * RATE, 9 * RATE)  # near end talks over the far end after convergence
    near[talk] = speechlike(3.0, seed=7, peak=0.3)
    processor = AudioProcessor(noise_suppression=True, auto_gain_control=False, stream_delay_ms=30)
    out = processor.process_many(_s16(echo + near), _s16(far)).astype(np.float64)
    ref = _s16(near).astype(np.float64)[: len(out)]
    judged = slice(talk.start + RATE // 2, talk.stop)
    level_change = _db(out[judged]) - _db(ref[judged])
    assert abs(level_change) < 6, f"near-end level changed by {level_change:.1f} dB"
    # The processing delays the signal by a few ms: correlate at the best lag (measured 0.66–0.71).
    size = 2 * len(out)
    xcorr = np.fft.irfft(np.fft.rfft(out, size) * np.conj(np.fft.rfft(ref, size)), size)
    lag = int(np.argmax(xcorr[: 4 * BLOCK]))
    best = float(np.corrcoef(out[judged], np.roll(ref, lag)[judged])[0, 1])
    assert best > 0.6, f"near-end correlation {best:.2f}"


def test_blocks_must_be_ten_ms() -> None:
    processor = AudioProcessor()
    try:
        processor.process(np.zeros(960, dtype=np.int16))
    except ValueError:
        return
    raise AssertionError("a 20 ms block was accepted")

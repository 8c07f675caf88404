"""Frequency and level measurements are accurate enough to check audio paths."""

from __future__ import annotations

import math

import numpy as np
import pytest

from app.media.analysis import dominant_frequency, rms_dbfs


@pytest.mark.parametrize("frequency", [100.0, 440.0, 997.3, 3150.0, 11025.0])
def test_dominant_frequency_is_accurate_to_a_fraction_of_a_hertz(frequency: float) -> None:
    rate = 48000
    t = np.arange(rate // 4) / rate
    rng = np.random.default_rng(0)
    signal = 0.3 * np.sin(2 * np.pi * frequency * t + 0.7) + 0.05 * rng.standard_normal(t.size)
    assert dominant_frequency(signal, rate) == pytest.approx(frequency, abs=0.5)
    as_int16 = np.round(signal * 32767).astype(np.int16)
    assert dominant_frequency(as_int16, rate) == pytest.approx(frequency, abs=0.5)


def test_dominant_frequency_of_silence_or_nothing_is_zero() -> None:
    assert dominant_frequency(np.zeros(4800), 48000) == 0.0
    assert dominant_frequency(np.zeros(3), 48000) == 0.0


def test_rms_dbfs() -> None:
    t = np.arange(48000) / 48000
    assert rms_dbfs(np.sin(2 * np.pi * 440 * t)) == pytest.approx(-3.01, abs=0.01)
    assert rms_dbfs((0.1 * np.sin(2 * np.pi * 440 * t) * 32767).astype(np.int16)) == pytest.approx(
        -23.01, abs=0.05
    )
    assert rms_dbfs(np.zeros(100, dtype=np.int16)) == -math.inf
    assert rms_dbfs(np.array([], dtype=np.float32)) == -math.inf

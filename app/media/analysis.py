"""Signal checks for audio: the dominant frequency of a block of samples and its RMS level in dBFS."""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt


def as_float(samples: npt.NDArray[np.generic]) -> npt.NDArray[np.float64]:
    """Samples as float64 in [-1, 1]; integer input is scaled by its type's full scale."""
    array = np.asarray(samples)
    if np.issubdtype(array.dtype, np.integer):
        info = np.iinfo(array.dtype)
        if info.min == 0:  # unsigned: centred on the middle of the range
            half = (float(info.max) + 1) / 2
            return (array.astype(np.float64) - half) / half
        return array.astype(np.float64) / float(-info.min)
    return array.astype(np.float64)


def dominant_frequency(samples: npt.NDArray[np.generic], rate: int) -> float:
    """The frequency in Hz of the strongest spectral peak (Hann window, zero-padded FFT, parabolic fit).

    ``samples`` is mono (any int or float dtype); accurate to well under 1 Hz for a clean tone of a few
    hundred milliseconds. Returns 0.0 for silence or fewer than 16 samples.
    """
    signal = as_float(samples).reshape(-1)
    if signal.size < 16 or not np.any(signal):
        return 0.0
    signal = signal - signal.mean()
    window = np.hanning(signal.size)
    n_fft = 1 << max(16, math.ceil(math.log2(signal.size)) + 2)
    spectrum = np.abs(np.fft.rfft(signal * window, n=n_fft))
    peak = int(np.argmax(spectrum[1:])) + 1
    offset = 0.0
    if peak < spectrum.size - 1:
        # Parabolic interpolation on the log magnitude around the peak bin.
        left, mid, right = np.log(spectrum[peak - 1 : peak + 2] + 1e-20)
        denominator = left - 2 * mid + right
        if denominator != 0:
            offset = 0.5 * (left - right) / denominator
    return float((peak + offset) * rate / n_fft)


def rms_dbfs(samples: npt.NDArray[np.generic]) -> float:
    """RMS level relative to full scale in dB (a full-scale sine is -3 dBFS); -inf for digital silence."""
    signal = as_float(samples).reshape(-1)
    if signal.size == 0:
        return -math.inf
    rms = float(np.sqrt(np.mean(np.square(signal))))
    return 20 * math.log10(rms) if rms > 0 else -math.inf

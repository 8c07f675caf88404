"""Signal levels in dBFS and the "you are talking while muted" detector."""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable

import numpy as np
import numpy.typing as npt

SILENCE_DBFS = -120.0


def rms_dbfs(samples: npt.NDArray[np.int16] | npt.NDArray[np.float32]) -> float:
    """RMS level in dBFS (full-scale sine ≈ -3 dBFS); digital silence gives ``SILENCE_DBFS``."""
    if samples.size == 0:
        return SILENCE_DBFS
    scale = 32768.0 if samples.dtype == np.int16 else 1.0
    mean_square = float(np.mean(np.square(samples, dtype=np.float64))) / scale**2
    return max(SILENCE_DBFS, 10 * math.log10(mean_square)) if mean_square > 0 else SILENCE_DBFS


def peak_dbfs(samples: npt.NDArray[np.int16] | npt.NDArray[np.float32]) -> float:
    if samples.size == 0:
        return SILENCE_DBFS
    scale = 32768.0 if samples.dtype == np.int16 else 1.0
    peak = float(np.max(np.abs(samples.astype(np.float64)))) / scale
    return max(SILENCE_DBFS, 20 * math.log10(peak)) if peak > 0 else SILENCE_DBFS


class MutedTalkDetector:
    """Fires ``on_talking`` when speech-level energy fills most of a short window while muted.

    Feed it the raw capture level of every 10 ms block (``feed(level_dbfs)``, any thread); it fires
    at most once per ``cooldown_s`` and only while ``muted`` is true. Speech is ``threshold_dbfs`` or
    louder in at least ``fraction`` of the last ``window_s``.
    """

    def __init__(
        self,
        on_talking: Callable[[], None],
        *,
        threshold_dbfs: float = -40.0,
        window_s: float = 0.6,
        fraction: float = 0.5,
        cooldown_s: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._on_talking = on_talking
        self._threshold = threshold_dbfs
        self._window: deque[bool] = deque(maxlen=max(1, round(window_s * 100)))
        self._fraction = fraction
        self._cooldown = cooldown_s
        self._clock = clock
        self._last_fired: float | None = None
        self.muted = False

    def feed(self, level_dbfs: float) -> bool:
        """Account for one 10 ms block; True if this call fired the event."""
        if not self.muted:
            self._window.clear()
            return False
        self._window.append(level_dbfs >= self._threshold)
        if len(self._window) < self._window.maxlen:  # type: ignore[operator]
            return False
        if sum(self._window) < self._fraction * len(self._window):
            return False
        now = self._clock()
        if self._last_fired is not None and now - self._last_fired < self._cooldown:
            return False
        self._last_fired = now
        self._window.clear()
        self._on_talking()
        return True

"""A bounded jitter buffer for played audio: fills to a target, drops the oldest audio when too full."""

from __future__ import annotations

import threading

import numpy as np
import numpy.typing as npt


class JitterBuffer:
    """Mono s16 samples between the network (``push``) and the sound card (``pull``), thread-safe.

    Playback starts (and restarts after an underrun) once ``target`` samples are buffered; until then
    ``pull`` returns silence. Above ``maximum`` the oldest audio is dropped down to ``target``, so
    the delay stays bounded. ``underruns`` counts pulls that ran dry mid-playback.
    """

    def __init__(self, target: int, maximum: int) -> None:
        if not 0 < target <= maximum:
            raise ValueError("need 0 < target <= maximum")
        self.target = target
        self.maximum = maximum
        self._data = np.zeros(0, dtype=np.int16)
        self._lock = threading.Lock()
        self._priming = True
        self.underruns = 0
        self.dropped_samples = 0
        self.silence_samples = 0

    def __len__(self) -> int:
        return len(self._data)

    def push(self, samples: npt.NDArray[np.int16]) -> None:
        with self._lock:
            data = np.concatenate((self._data, samples.astype(np.int16, copy=False).ravel()))
            if len(data) > self.maximum:
                cut = len(data) - self.target
                self.dropped_samples += cut
                data = data[cut:]
            self._data = data

    def pull(self, count: int) -> npt.NDArray[np.int16]:
        with self._lock:
            if self._priming:
                if len(self._data) < self.target:
                    self.silence_samples += count
                    return np.zeros(count, dtype=np.int16)
                self._priming = False
            out = self._data[:count]
            self._data = self._data[count:]
        if len(out) < count:
            with self._lock:
                self.underruns += 1
                self._priming = True
                self.silence_samples += count - len(out)
            out = np.concatenate((out, np.zeros(count - len(out), dtype=np.int16)))
        return out

"""Mixes the remote voices for the one loudspeaker: a jitter buffer per voice, summed, then limited."""

from __future__ import annotations

import math
import threading

import numpy as np
import numpy.typing as npt

from app.media.audio.conceal import Concealer
from app.media.audio.jitter import JitterBuffer
from app.media.audio.processing import SAMPLE_RATE

FULL_SCALE = 32767
CEILING_DBFS = -1.0  # the limiter keeps the mix's peaks at or under this
RELEASE_MS = 150.0  # time constant of the gain's recovery once the mix is quiet again


class Limiter:
    """Keeps a summed block under ``ceiling_dbfs`` with a gain that drops at once and recovers slowly.

    The gain for a block is set from that block's own peak (the block is its look-ahead), so nothing
    clips; it then rises back towards 1 with time constant ``release_ms``, ramped inside each block so
    the change is not heard as a click. While the gain is 1 and the sum stays under the ceiling, the
    samples pass unchanged (a voice alone is played bit for bit).
    """

    def __init__(self, ceiling_dbfs: float = CEILING_DBFS, release_ms: float = RELEASE_MS) -> None:
        self.ceiling = FULL_SCALE * 10 ** (ceiling_dbfs / 20)
        self.release_ms = release_ms
        self.gain = 1.0
        self.limited_blocks = 0

    def apply(self, mixed: npt.NDArray[np.int32]) -> npt.NDArray[np.int16]:
        peak = int(np.abs(mixed).max()) if len(mixed) else 0
        wanted = min(1.0, self.ceiling / peak) if peak else 1.0
        if wanted >= 1.0 and self.gain >= 1.0:
            return mixed.astype(np.int16)  # under the ceiling, so it fits
        if wanted < self.gain:  # attack: at once, for the whole block
            gains: npt.NDArray[np.float64] | float = wanted
            self.gain = wanted
        else:  # release towards what this block allows
            step = 1 - math.exp(-len(mixed) * 1000 / SAMPLE_RATE / self.release_ms)
            new = min(wanted, self.gain + (1.0 - self.gain) * step)
            new = 1.0 if new > 0.999 else new
            gains = np.linspace(self.gain, new, len(mixed), endpoint=False) if len(mixed) > 1 else new
            self.gain = new
        self.limited_blocks += 1
        out = np.rint(mixed * gains)
        return np.clip(out, -FULL_SCALE - 1, FULL_SCALE).astype(np.int16)


class VoiceMixer:
    """Many remote voices into one stream of mono s16 samples, thread-safe.

    Each voice (a participant id) gets its own ``JitterBuffer`` (``target`` / ``maximum`` samples) on its
    first ``push``, so each primes, runs dry and drops on its own stream's jitter: one late or silent
    voice neither delays nor cuts the others. A ``push`` with the frame's RTP timestamp (``pts``, 48 kHz)
    goes through the voice's ``Concealer`` first: a lost packet is filled, not left to drain the buffer.
    ``pull`` (the sound card's callback) takes the same number of samples from every voice, sums them
    and limits the sum (``Limiter``). ``remove`` drops a voice that left. Counters (``underruns``,
    ``dropped_samples``) cover every voice, gone ones included.
    """

    def __init__(self, target: int, maximum: int, limiter: Limiter | None = None) -> None:
        JitterBuffer(target, maximum)  # validates the sizes
        self.target = target
        self.maximum = maximum
        self.limiter = limiter if limiter is not None else Limiter()
        self._voices: dict[str, JitterBuffer] = {}
        self._concealers: dict[str, Concealer] = {}
        self._lock = threading.Lock()
        self._gone_underruns = 0
        self._gone_dropped = 0

    @property
    def voices(self) -> list[str]:
        with self._lock:
            return list(self._voices)

    def buffer(self, voice: str) -> JitterBuffer | None:
        with self._lock:
            return self._voices.get(voice)

    def buffered(self) -> int:
        """Samples waiting in the fullest voice's buffer."""
        with self._lock:
            return max((len(b) for b in self._voices.values()), default=0)

    @property
    def underruns(self) -> int:
        with self._lock:
            return self._gone_underruns + sum(b.underruns for b in self._voices.values())

    @property
    def dropped_samples(self) -> int:
        with self._lock:
            return self._gone_dropped + sum(b.dropped_samples for b in self._voices.values())

    def push(self, voice: str, samples: npt.NDArray[np.int16], pts: int | None = None) -> None:
        with self._lock:
            buffer = self._voices.get(voice)
            if buffer is None:
                buffer = self._voices[voice] = JitterBuffer(self.target, self.maximum)
                self._concealers[voice] = Concealer()
            concealer = self._concealers[voice]
        buffer.push(concealer.take(pts, samples))

    @property
    def concealed_samples(self) -> int:
        """Samples of lost packets filled in, over the voices still here."""
        with self._lock:
            return sum(c.concealed_samples for c in self._concealers.values())

    def remove(self, voice: str) -> None:
        with self._lock:
            buffer = self._voices.pop(voice, None)
            self._concealers.pop(voice, None)
            if buffer is not None:
                self._gone_underruns += buffer.underruns
                self._gone_dropped += buffer.dropped_samples

    def pull(self, count: int) -> npt.NDArray[np.int16]:
        with self._lock:
            buffers = list(self._voices.values())
        mixed = np.zeros(count, dtype=np.int32)
        for buffer in buffers:
            mixed += buffer.pull(count)
        return self.limiter.apply(mixed)

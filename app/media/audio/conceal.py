"""Concealing a lost audio packet: the voice's timeline keeps its length, the listener hears no hole.

Audio is not resent. ``PromptAudioJitterBuffer`` skips a lost packet (app/media/prompt_audio_jitter.py),
so the decoder hands on the frames around it and the voice arrives 20 ms short for each one lost. The
speaker's jitter buffer (``JitterBuffer``, 50 ms) then runs 20 ms lower each time: at 5 % loss (one
packet in twenty) it runs dry within a few losses, and each time it does, playback stops and waits,
silent, until 50 ms have gathered again — every few seconds a hole longer than the lost packet, and
the voice drifts later each time.

``Concealer`` sees each decoded frame's timestamp (RTP, 48 kHz). When a frame starts later than where
the last one ended, by at most ``MAX_CONCEAL_S``, the missing stretch is filled with the last frame
played backwards and forwards in turn (each join meets the sample it follows, so no click), fading to
silence (the simplest packet-loss concealment: nothing invented for long); a longer jump (a pause,
a rebuilt link) is left alone. Mono s16 at 48 kHz.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

RATE = 48_000
MAX_CONCEAL_S = 0.1  # up to five lost 20 ms packets in a row are concealed; more is a pause, not loss
_WRAP = 1 << 32  # RTP timestamps are 32-bit


class Concealer:
    """One voice's concealment: ``take`` each frame in the order decoded, play what it returns."""

    def __init__(self, rate: int = RATE, max_conceal_s: float = MAX_CONCEAL_S) -> None:
        self.rate = rate
        self.max_gap = round(rate * max_conceal_s)
        self.concealed_samples = 0
        self._next: int | None = None  # the timestamp where the last frame ended
        self._last: npt.NDArray[np.int16] | None = None

    def take(self, pts: int | None, samples: npt.NDArray[np.int16]) -> npt.NDArray[np.int16]:
        """``samples`` (one frame starting at RTP timestamp ``pts``), led by any concealment it needs."""
        out = samples
        if pts is not None and self._next is not None and self._last is not None and len(self._last):
            gap = (pts - self._next) % _WRAP
            if 0 < gap <= self.max_gap:
                out = np.concatenate((self._fill(gap), samples))
                self.concealed_samples += gap
        if pts is not None:
            self._next = (pts + len(samples)) % _WRAP
        self._last = samples
        return out

    def _fill(self, count: int) -> npt.NDArray[np.int16]:
        assert self._last is not None
        last = self._last
        repeats = -(-count // len(last))
        turns = [last[::-1] if i % 2 == 0 else last for i in range(repeats)]
        filled = np.concatenate(turns)[:count].astype(np.float64)
        filled *= np.linspace(1.0, 0.0, count, endpoint=False)
        return np.rint(filled).astype(np.int16)

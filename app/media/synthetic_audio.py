"""A synthetic microphone: a phase-continuous sine tone in 20 ms frames of 48 kHz mono s16, in real time."""

from __future__ import annotations

import math
from fractions import Fraction

import av
import numpy as np
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack

from app.media.pacing import Pacer

SAMPLE_RATE = 48_000
FRAME_SECONDS = Fraction(20, 1000)
LATE_FRAMES = 4  # a reader this many frames late still gets each of them: a microphone's 80 ms buffer


class ToneAudioTrack(MediaStreamTrack):
    """Sine tone at ``frequency`` Hz and ``level_dbfs`` (default -12 dBFS).

    pts counts samples (time_base 1/sample_rate). A consumer up to ``LATE_FRAMES`` frames late gets the
    missed frames at once, as from a microphone's buffer (``MicrophoneTrack`` keeps 80 ms); one later
    than that skips them (pts jumps to the present) rather than getting a long burst. The waveform
    stays phase-continuous from one handed-out frame to the next.
    """

    kind = "audio"

    def __init__(
        self,
        frequency: float = 440.0,
        *,
        sample_rate: int = SAMPLE_RATE,
        level_dbfs: float = -12.0,
    ) -> None:
        super().__init__()
        if not 0 < frequency < sample_rate / 2:
            raise ValueError("frequency must be between 0 and the Nyquist frequency")
        self._frequency = frequency
        self._sample_rate = sample_rate
        self._samples = int(sample_rate * FRAME_SECONDS)
        self._amplitude = 32767 * 10 ** (level_dbfs / 20)
        self._phase = 0.0
        self._step = 2 * math.pi * frequency / sample_rate
        self._time_base = Fraction(1, sample_rate)
        self._pacer = Pacer(sample_rate / self._samples, sample_rate, late_slots=LATE_FRAMES)
        self.frames_sent = 0

    @property
    def frequency(self) -> float:
        return self._frequency

    @property
    def sample_rate(self) -> int:
        return self._sample_rate

    async def recv(self) -> av.AudioFrame:
        if self.readyState != "live":
            raise MediaStreamError
        pts = await self._pacer.next()
        if self.readyState != "live":
            raise MediaStreamError
        phases = self._phase + self._step * np.arange(self._samples, dtype=np.float64)
        self._phase = (self._phase + self._step * self._samples) % (2 * math.pi)
        samples = np.round(self._amplitude * np.sin(phases)).astype(np.int16)
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = self._sample_rate
        frame.pts = pts
        frame.time_base = self._time_base
        self.frames_sent += 1
        return frame

"""Echo cancellation, noise suppression, high-pass filter and gain control with WebRTC's audio processing."""

from __future__ import annotations

import threading
from collections import deque

import numpy as np
import numpy.typing as npt
from livekit import rtc

SAMPLE_RATE = 48_000
BLOCK = SAMPLE_RATE // 100  # 10 ms: the only frame length the module accepts
_FAR_QUEUE_BLOCKS = 50  # at most 0.5 s of far-end audio waits for the capture side

Block = npt.NDArray[np.int16]


class AudioProcessor:
    """Processes 10 ms mono s16 blocks of the microphone against the far-end (played) signal.

    ``feed_far_end`` may be called from any thread (the playback callback); the far-end blocks are
    handed to ``process_reverse_stream`` on the thread that calls ``process`` (the capture callback),
    so the module is only ever used from one thread at a time. ``stream_delay_ms`` is the estimate of
    render + capture latency the echo canceller starts from (it adapts around it).
    """

    def __init__(
        self,
        *,
        echo_cancellation: bool = True,
        noise_suppression: bool = True,
        high_pass_filter: bool = True,
        auto_gain_control: bool = True,
        stream_delay_ms: int = 40,
    ) -> None:
        self._apm = rtc.AudioProcessingModule(
            echo_cancellation=echo_cancellation,
            noise_suppression=noise_suppression,
            high_pass_filter=high_pass_filter,
            auto_gain_control=auto_gain_control,
        )
        self._aec = echo_cancellation
        self._far: deque[bytes] = deque(maxlen=_FAR_QUEUE_BLOCKS)
        self._far_partial = np.zeros(0, dtype=np.int16)
        self._far_lock = threading.Lock()
        self._use_lock = threading.Lock()
        self.stream_delay_ms = stream_delay_ms
        self.frames_processed = 0

    def feed_far_end(self, samples: npt.NDArray[np.int16]) -> None:
        """Queue mono s16 samples that were just sent to the loudspeaker (any length)."""
        with self._far_lock:
            data = np.concatenate((self._far_partial, samples.astype(np.int16, copy=False).ravel()))
            whole = len(data) // BLOCK * BLOCK
            for start in range(0, whole, BLOCK):
                self._far.append(data[start : start + BLOCK].tobytes())
            self._far_partial = data[whole:].copy()

    def process(self, block: Block) -> Block:
        """Return the processed copy of one 10 ms mono s16 block of the microphone."""
        if block.shape[-1] != BLOCK or block.size != BLOCK:
            raise ValueError(f"the audio processor takes {BLOCK} mono samples (10 ms at 48 kHz)")
        with self._far_lock:
            far = list(self._far)
            self._far.clear()
        with self._use_lock:
            for data in far:
                self._apm.process_reverse_stream(rtc.AudioFrame(data, SAMPLE_RATE, 1, BLOCK))
            if self._aec:
                self._apm.set_stream_delay_ms(int(self.stream_delay_ms))
            frame = rtc.AudioFrame(block.astype(np.int16, copy=False).tobytes(), SAMPLE_RATE, 1, BLOCK)
            self._apm.process_stream(frame)
            self.frames_processed += 1
            return np.frombuffer(frame.data, dtype=np.int16).copy()

    def process_many(self, samples: Block, far_end: Block | None = None) -> Block:
        """Offline: process whole 10 ms blocks of ``samples``, feeding ``far_end`` block by block."""
        count = len(samples) // BLOCK
        out = np.empty(count * BLOCK, dtype=np.int16)
        for i in range(count):
            part = slice(i * BLOCK, (i + 1) * BLOCK)
            if far_end is not None:
                self.feed_far_end(far_end[part])
            out[part] = self.process(samples[part])
        return out

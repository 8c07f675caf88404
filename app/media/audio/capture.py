"""The microphone as an aiortc audio track: a 48 kHz callback stream in 10 ms blocks, newest audio first."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import av
import numpy as np
import numpy.typing as npt
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack

from app.media.audio import devices
from app.media.audio.devices import AudioDevice
from app.media.audio.levels import SILENCE_DBFS, MutedTalkDetector, rms_dbfs
from app.media.audio.processing import BLOCK, SAMPLE_RATE, AudioProcessor

log = logging.getLogger(__name__)
TIME_BASE = Fraction(1, SAMPLE_RATE)


class MicrophoneTrack(MediaStreamTrack):
    """Hands out 10 ms mono s16 frames (what aiortc's Opus encoder takes) with pts counting samples.

    The capture callback runs on PortAudio's thread: it measures the raw level (``level_dbfs``, for a
    meter), feeds the "talking while muted" detector, runs the optional ``processor`` (echo
    cancellation etc.) and puts the block into a bounded buffer that drops its oldest block when full
    (``dropped_blocks``), so a slow reader gets the newest audio with a pts gap, never a growing queue.
    If the device goes away the track ends; a ``SwitchableTrack`` in front of it then sends silence.
    Create it inside a running event loop; ``stop()`` closes the device.
    """

    kind = "audio"

    def __init__(
        self,
        device: AudioDevice | None = None,
        *,
        processor: AudioProcessor | None = None,
        on_muted_talk: Callable[[], None] | None = None,
        buffer_blocks: int = 8,
    ) -> None:
        super().__init__()
        self.device = device
        self.processor = processor
        self.level_dbfs = SILENCE_DBFS
        self.dropped_blocks = 0
        self.overflows = 0
        self._event_loop = asyncio.get_running_loop()
        self._buffer: deque[tuple[int, npt.NDArray[np.int16]]] = deque(maxlen=max(1, buffer_blocks))
        self._ready = asyncio.Event()
        self._seq = 0
        self._closing = False
        self._on_muted_talk = on_muted_talk
        self.detector = MutedTalkDetector(self._muted_talk)
        self._opened = devices.stream_opened()
        self._opened.__enter__()
        try:
            self._stream: Any = devices.open_stream(
                device,
                "input",
                channels=1,
                dtype="int16",
                blocksize=BLOCK,
                latency="low",
                callback=self._callback,
                finished_callback=self._finished,
            )
            self._stream.start()
        except Exception:
            self._opened.__exit__(None, None, None)
            raise

    @property
    def muted(self) -> bool:
        return self.detector.muted

    @muted.setter
    def muted(self, value: bool) -> None:
        """Tell the detector the outgoing track is muted (the capture itself keeps running)."""
        self.detector.muted = value

    @property
    def latency_ms(self) -> float:
        """PortAudio's input latency estimate."""
        return float(self._stream.latency) * 1000

    def _callback(self, indata: Any, frames: int, _time: Any, status: Any) -> None:
        if status.input_overflow:
            self.overflows += 1
        block = np.frombuffer(indata, dtype=np.int16).copy()
        if frames != BLOCK:
            block = np.resize(block, BLOCK)
        self.level_dbfs = rms_dbfs(block)
        self.detector.feed(self.level_dbfs)
        if self.processor is not None:
            block = self.processor.process(block)
        if len(self._buffer) == self._buffer.maxlen:
            self.dropped_blocks += 1
        self._buffer.append((self._seq, block))
        self._seq += 1
        self._wake(self._ready.set)

    def _wake(self, callback: Callable[[], None]) -> None:
        with contextlib.suppress(RuntimeError):  # a closed loop: nobody is listening any more
            self._event_loop.call_soon_threadsafe(callback)

    def _muted_talk(self) -> None:
        if self._on_muted_talk is not None:
            self._wake(self._on_muted_talk)

    def _finished(self) -> None:
        if not self._closing:
            log.info("microphone stream ended (device lost)")
            self._wake(self.stop)

    async def recv(self) -> av.AudioFrame:
        while not self._buffer:
            if self.readyState != "live":
                raise MediaStreamError
            self._ready.clear()
            await self._ready.wait()
        if self.readyState != "live":
            raise MediaStreamError
        seq, block = self._buffer.popleft()
        frame = av.AudioFrame.from_ndarray(block.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = SAMPLE_RATE
        frame.pts = seq * BLOCK
        frame.time_base = TIME_BASE
        return frame

    def stop(self) -> None:
        if self.readyState == "live":
            super().stop()
        if not self._closing:
            self._closing = True
            try:
                self._stream.stop()
                self._stream.close()
            finally:
                self._opened.__exit__(None, None, None)
        self._ready.set()


def open_microphone(
    name: str | None = None,
    *,
    processor: AudioProcessor | None = None,
    on_muted_talk: Callable[[], None] | None = None,
) -> MicrophoneTrack:
    """Open the microphone called ``name`` (None: the OS default) as a started track."""
    device = devices.find_device(name, "input") if name is not None else None
    if name is not None and device is None:
        raise LookupError("no such microphone")
    return MicrophoneTrack(device, processor=processor, on_muted_talk=on_muted_talk)

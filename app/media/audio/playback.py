"""Plays the remote voices through a sounddevice output stream, each via its own jitter buffer, mixed."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any

import av
import numpy as np
import numpy.typing as npt
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack
from av.frame import Frame

from app.media.audio import devices
from app.media.audio.devices import AudioDevice
from app.media.audio.mixer import VoiceMixer
from app.media.audio.processing import BLOCK, SAMPLE_RATE

log = logging.getLogger(__name__)
FarEnd = Callable[[npt.NDArray[np.int16]], None]


class Playback:
    """The loudspeaker: ``push`` any ``av.AudioFrame`` of a ``voice`` (a participant id; it is resampled
    to 48 kHz mono s16), or ``attach`` a remote track. Each voice has its own jitter buffer, which aims
    at ``target_ms`` and never holds more than ``max_ms``; the voices are summed and limited
    (``VoiceMixer``) into the one output. ``remove(voice)`` forgets a voice that left.

    Every block actually played (the mix) is also handed to ``far_end`` (on the audio thread), which is
    how the echo canceller gets the far-end signal: pass ``AudioProcessor.feed_far_end``. ``push``
    ignores video frames, so ``lambda f: playback.push(f, voice)`` can be a ``TrackDrain`` callback.
    """

    def __init__(
        self,
        device: AudioDevice | None = None,
        *,
        target_ms: int = 50,
        max_ms: int = 120,
        far_end: FarEnd | None = None,
    ) -> None:
        self.device = device
        self.mixer = VoiceMixer(SAMPLE_RATE * target_ms // 1000, SAMPLE_RATE * max_ms // 1000)
        self.far_end = far_end
        self._resamplers: dict[str, av.AudioResampler] = {}  # one per voice: each keeps its own state
        self._tasks: set[asyncio.Task[None]] = set()
        self._closed = False
        self._opened = devices.stream_opened()
        self._opened.__enter__()
        try:
            self._stream: Any = devices.open_stream(
                device, "output", channels=1, dtype="int16", blocksize=BLOCK, latency="low",
                callback=self._callback,
            )  # fmt: skip
            self._stream.start()
        except Exception:
            self._opened.__exit__(None, None, None)
            raise

    @property
    def latency_ms(self) -> float:
        """PortAudio's output latency estimate (the jitter buffer comes on top)."""
        return float(self._stream.latency) * 1000

    @property
    def buffered_ms(self) -> float:
        """What the fullest voice's buffer holds."""
        return self.mixer.buffered() * 1000 / SAMPLE_RATE

    @property
    def underruns(self) -> int:
        return self.mixer.underruns

    @property
    def concealed_ms(self) -> float:
        """Lost audio filled in so far (app/media/audio/conceal.py)."""
        return self.mixer.concealed_samples * 1000 / SAMPLE_RATE

    def push(self, frame: Frame, voice: str = "") -> None:
        """Queue one decoded audio frame of ``voice`` for playing (mixed with the other voices)."""
        if self._closed or not isinstance(frame, av.AudioFrame):
            return
        resampler = self._resamplers.get(voice)
        if resampler is None:
            resampler = self._resamplers[voice] = av.AudioResampler(
                format="s16", layout="mono", rate=SAMPLE_RATE
            )
        outs = [
            out.to_ndarray().reshape(-1).astype(np.int16, copy=False) for out in resampler.resample(frame)
        ]
        if not outs:
            return
        samples = outs[0] if len(outs) == 1 else np.concatenate(outs)
        # The RTP timestamp (48 kHz) lets the mixer fill a lost packet (app/media/audio/conceal.py); a
        # frame at another rate, or one the resampler changed in length, is played as it comes.
        pts = frame.pts if frame.sample_rate == SAMPLE_RATE and len(samples) == frame.samples else None
        self.mixer.push(voice, samples, pts=pts)

    def remove(self, voice: str) -> None:
        """``voice`` left: drop its buffer (what it had not played yet goes with it)."""
        self._resamplers.pop(voice, None)
        self.mixer.remove(voice)

    def attach(self, track: MediaStreamTrack, voice: str = "") -> asyncio.Task[None]:
        """Read ``track`` as ``voice`` in a task until it ends or ``close()``; returns the task."""
        task = asyncio.get_running_loop().create_task(self._read(track, voice))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _read(self, track: MediaStreamTrack, voice: str) -> None:
        with contextlib.suppress(MediaStreamError):
            while not self._closed:
                frame = await track.recv()
                if isinstance(frame, Frame):
                    self.push(frame, voice)

    def _callback(self, outdata: Any, frames: int, _time: Any, status: Any) -> None:
        block = self.mixer.pull(frames)
        outdata[:] = block.tobytes()
        if self.far_end is not None:
            try:
                self.far_end(block)
            except Exception:  # never let the echo path break playback
                log.exception("far-end consumer failed")

    async def close(self) -> None:
        """Stop reading, stop the stream and release the device (idempotent)."""
        if self._closed:
            return
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError):
                await task
        try:
            self._stream.stop()
            self._stream.close()
        finally:
            self._opened.__exit__(None, None, None)

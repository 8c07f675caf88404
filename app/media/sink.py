"""Drains a remote track: one task reads every frame, hands out pictures, counts, and keeps recent audio.

A remote track that nobody reads makes aiortc's receive path fall behind, so every remote track gets a
``TrackDrain`` from the moment it appears until the call ends. Media is never written anywhere.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Callable

import av
import numpy as np
import numpy.typing as npt
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack
from av.frame import Frame

from app.media.frame_slot import FrameSlot

log = logging.getLogger(__name__)

FrameCallback = Callable[[Frame], None]


class TrackDrain:
    """Reads ``track`` in its own task until the track ends or ``close()`` is called.

    Video: the newest decoded frame is put into ``slot`` as it is (YUV; the slot converts it only when
    and at the size it is drawn) while ``rgb_wanted`` is true (default: whenever a slot is given).
    Audio: the last ``audio_seconds`` are kept as mono float32 in [-1, 1] (``recent_audio()``). For
    both, ``on_frame`` (if given) is called with every ``av.VideoFrame`` / ``av.AudioFrame`` as it
    arrives; an exception in it is logged, not raised.
    Must be created inside a running event loop.
    """

    def __init__(
        self,
        track: MediaStreamTrack,
        *,
        slot: FrameSlot | None = None,
        on_frame: FrameCallback | None = None,
        audio_seconds: float = 1.0,
    ) -> None:
        self._track = track
        self._slot = slot
        self._on_frame = on_frame
        self._audio_seconds = audio_seconds
        self.rgb_wanted = slot is not None
        self._frames = 0
        self._last_frame_at: float | None = None
        # The last audio frames as they came (at most ``audio_seconds`` of them), made mono only when
        # someone asks: nothing in a call reads them (tests and checks do), so no frame is converted.
        self._audio_frames: deque[av.AudioFrame] = deque()
        self._audio_samples = 0
        self._audio_rate: int | None = None
        self._progress = asyncio.Event()
        name = f"drain-{track.kind}-{track.id}"
        self._task = asyncio.get_running_loop().create_task(self._run(), name=name)

    @property
    def kind(self) -> str:
        return self._track.kind

    @property
    def track(self) -> MediaStreamTrack:
        return self._track

    @property
    def frames(self) -> int:
        """Frames received so far."""
        return self._frames

    @property
    def last_frame_at(self) -> float | None:
        """``time.monotonic()`` when the last frame arrived, or None."""
        return self._last_frame_at

    @property
    def ended(self) -> bool:
        """True once the reading task has finished (track ended or drain closed)."""
        return self._task.done()

    @property
    def audio_rate(self) -> int | None:
        """Sample rate of the audio in ``recent_audio()``, once audio has arrived."""
        return self._audio_rate

    def recent_audio(self) -> npt.NDArray[np.float32]:
        """Up to ``audio_seconds`` of the most recent audio, oldest first, mono float32 (a copy)."""
        if self._audio_rate is None or not self._audio_frames:
            return np.zeros(0, dtype=np.float32)
        keep = max(1, int(self._audio_rate * self._audio_seconds))
        mono = np.concatenate([audio_to_mono_float(frame) for frame in self._audio_frames])
        return np.ascontiguousarray(mono[-keep:])

    async def wait_frames(self, count: int) -> None:
        """Wait until ``frames >= count``; raises MediaStreamError if the drain ends first."""
        while self._frames < count:
            if self.ended:
                raise MediaStreamError(f"{self.kind} track ended after {self._frames} frames")
            self._progress.clear()
            await self._progress.wait()

    async def wait_ended(self) -> None:
        """Wait until the reading task has finished (the track ended or the drain was closed)."""
        await asyncio.wait([self._task])

    async def close(self) -> None:
        """Stop reading and wait for the task to finish; safe to call any number of times."""
        if not self._task.done():
            self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task

    async def _run(self) -> None:
        try:
            while True:
                try:
                    frame = await self._track.recv()
                except MediaStreamError:
                    return
                ended = False
                if isinstance(frame, av.VideoFrame):
                    # Only the newest picture is worth converting: frames that queued up while we were
                    # busy are counted and observed, never shown late.
                    backlog, ended = _take_backlog(self._track)
                    if backlog:
                        for older in (frame, *backlog[:-1]):
                            self._observe(older)
                        frame = backlog[-1]
                    self._take_video(frame)
                elif isinstance(frame, av.AudioFrame):
                    self._take_audio(frame)
                if isinstance(frame, Frame):
                    self._observe(frame)
                self._progress.set()
                if ended:
                    return
        finally:
            self._progress.set()

    def _observe(self, frame: Frame) -> None:
        self._frames += 1
        self._last_frame_at = time.monotonic()
        if self._on_frame is not None:
            try:
                self._on_frame(frame)
            except Exception as exc:
                log.error("on_frame callback failed for %s track: %s", self.kind, type(exc).__name__)

    def _take_video(self, frame: av.VideoFrame) -> None:
        if self._slot is not None and self.rgb_wanted:
            self._slot.put_video(frame)

    def _take_audio(self, frame: av.AudioFrame) -> None:
        rate = frame.sample_rate
        if rate != self._audio_rate:
            self._audio_rate = rate
            self._audio_frames.clear()
            self._audio_samples = 0
        self._audio_frames.append(frame)
        self._audio_samples += frame.samples
        keep = max(1, int(rate * self._audio_seconds))
        while self._audio_samples - self._audio_frames[0].samples >= keep:
            self._audio_samples -= self._audio_frames.popleft().samples


def _take_backlog(track: MediaStreamTrack) -> tuple[list[av.VideoFrame], bool]:
    """Frames a remote track already has queued, without waiting, and whether its end came too.

    aiortc's ``RemoteStreamTrack`` keeps decoded frames in an unbounded ``asyncio.Queue`` named
    ``_queue`` (aiortc 1.16, rtcrtpreceiver.py) and offers no way to skip ahead; reading that queue is
    the one place we rely on a private attribute. Other tracks have no backlog.
    """
    queue = getattr(track, "_queue", None)
    frames: list[av.VideoFrame] = []
    if not isinstance(queue, asyncio.Queue):
        return frames, False
    while not queue.empty():
        item = queue.get_nowait()
        if item is None:
            return frames, True
        frames.append(item)
    return frames, False


def audio_to_mono_float(frame: av.AudioFrame) -> npt.NDArray[np.float32]:
    """An audio frame's samples mixed down to mono float32 in [-1, 1]."""
    data = frame.to_ndarray()
    channels = len(frame.layout.channels)
    per_channel = data.reshape(channels, -1) if frame.format.is_planar else data.reshape(-1, channels).T
    mono = per_channel.astype(np.float32).mean(axis=0)
    if np.issubdtype(data.dtype, np.integer):
        mono /= float(1 << (8 * data.dtype.itemsize - 1))
    return mono

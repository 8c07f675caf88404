"""A sending track that can be muted (silence or black) and given a new source without renegotiation."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from fractions import Fraction

import av
import numpy as np
import numpy.typing as npt
from aiortc.mediastreams import VIDEO_CLOCK_RATE, MediaStreamError, MediaStreamTrack
from av.frame import Frame

from app.media.absent import is_absent
from app.media.pacing import Pacer

VIDEO_TIME_BASE = Fraction(1, VIDEO_CLOCK_RATE)
_DEFAULT_SIZE = (640, 480)
_DEFAULT_FPS = 30.0
_DEFAULT_AUDIO = ("mono", 960, 48_000)  # layout, samples per frame, sample rate


class SwitchableTrack(MediaStreamTrack):
    """Wraps a source track; this is what is added to the peer connection, once, for the whole call.

    * ``enabled = False`` (mute, camera off) stops reading the source and sends filler instead: digital
      silence in the source's last audio format, or black yuv420p frames at the source's last size, paced
      in real time (``fps`` or the source's ``fps`` attribute, else 30). The source is not read while
      disabled, so a real device behind it may be closed; sources should hand out their newest frame.
    * ``replace_source(track)`` switches devices mid-call; the old source is stopped by default.
    * If the source ends on its own (device unplugged), filler is sent until a new source is set.
    * While the source is an ``AbsentTrack`` (no such device, ``app/media/absent.py``) nothing at all is
      handed out, muted or not: the sender sends no packet until ``replace_source`` gives a real one.

    The wrapper owns the outgoing timeline, so pts stay continuous across all of these: audio pts count
    samples exactly; video pts follow the source's own pts steps while one source runs and the wall
    clock across switches (at least half a frame interval, so a switch never makes a tiny step).
    """

    def __init__(self, source: MediaStreamTrack, *, enabled: bool = True, fps: float | None = None) -> None:
        super().__init__()
        if source.kind not in ("audio", "video"):
            raise ValueError(f"cannot switch a track of kind {source.kind!r}")
        self.kind = source.kind
        self._source = source
        self._source_ended = False
        self._enabled = enabled
        self._fps = fps
        self._filling = False
        self._filler_pacer: Pacer | None = None
        # Outgoing timeline.
        self._last_out_time: float | None = None
        self._last_out_pts: int | None = None
        self._last_source: MediaStreamTrack | None = None
        self._last_src_pts: int | None = None
        self._audio_end = Fraction(0)
        # Filler format, learned from the source's frames.
        self._video_size = _size_of(source) or _DEFAULT_SIZE
        self._audio_format = _DEFAULT_AUDIO
        self._black: dict[tuple[int, int], npt.NDArray[np.uint8]] = {}
        self._replaced: asyncio.Event | None = None  # set when a new source (or the end) comes
        self.source_listeners: list[Callable[[], None]] = []  # told after each replace_source

    @property
    def enabled(self) -> bool:
        return self._enabled

    @enabled.setter
    def enabled(self, value: bool) -> None:
        self._enabled = bool(value)

    @property
    def source(self) -> MediaStreamTrack:
        return self._source

    @property
    def absent(self) -> bool:
        """True while there is no device behind this track (nothing is sent)."""
        return is_absent(self._source)

    @property
    def source_ended(self) -> bool:
        """True if the current source ended on its own and filler is being sent instead."""
        return self._source_ended

    def replace_source(self, source: MediaStreamTrack, *, stop_old: bool = True) -> MediaStreamTrack:
        """Send from ``source`` from the next frame on; returns the previous source."""
        if source.kind != self.kind:
            raise ValueError(f"cannot replace a {self.kind} source with a {source.kind} track")
        old, self._source, self._source_ended = self._source, source, False
        self._video_size = _size_of(source) or self._video_size
        if stop_old and old is not source:
            old.stop()
        self._wake()
        for listener in list(self.source_listeners):
            listener()
        return old

    def stop(self) -> None:
        """End this track and stop its source (idempotent)."""
        super().stop()
        self._source.stop()
        self._wake()

    def _wake(self) -> None:
        if self._replaced is not None:
            self._replaced.set()

    async def _until_replaced(self) -> None:
        """No device: wait (sending nothing) until a source is switched in or the track ends."""
        if self._replaced is None or self._replaced.is_set():
            self._replaced = asyncio.Event()
        await self._replaced.wait()
        self._filling = False

    async def recv(self) -> Frame:
        while True:
            if self.readyState != "live":
                raise MediaStreamError
            source = self._source
            if is_absent(source):
                await self._until_replaced()
                continue
            if not self._enabled or self._source_ended:
                return await self._next_filler()
            try:
                frame = await source.recv()
            except MediaStreamError:
                if self.readyState != "live":
                    raise
                if source is self._source:
                    self._source_ended = True
                continue
            if self.readyState != "live":
                raise MediaStreamError
            if not self._enabled:
                continue  # muted while the source was producing this frame: drop it
            self._filling = False
            assert isinstance(frame, Frame)
            return self._emit(frame, source)

    async def _next_filler(self) -> Frame:
        if not self._filling or self._filler_pacer is None:
            self._filling = True
            if self.kind == "audio":
                _, samples, rate = self._audio_format
                fps = rate / samples
            else:
                fps = self._video_fps()
            self._filler_pacer = Pacer(fps, VIDEO_CLOCK_RATE)
            self._filler_pacer.anchor(self._last_out_time)
        await self._filler_pacer.next()
        if self.readyState != "live":
            raise MediaStreamError
        return self._emit(self._filler_frame(), None)

    def _video_fps(self) -> float:
        return self._fps or float(getattr(self._source, "fps", _DEFAULT_FPS))

    def _min_video_step(self) -> int:
        return max(1, round(VIDEO_CLOCK_RATE / self._video_fps() / 2))

    def _filler_frame(self) -> Frame:
        if self.kind == "audio":
            layout, samples, rate = self._audio_format
            audio = av.AudioFrame(format="s16", layout=layout, samples=samples)
            for plane in audio.planes:
                plane.update(bytes(plane.buffer_size))
            audio.sample_rate = rate
            return audio
        width, height = self._video_size
        black = self._black.get((width, height))
        if black is None:
            black = np.full((height * 3 // 2, width), 128, dtype=np.uint8)
            black[:height] = 16
            self._black = {(width, height): black}
        return av.VideoFrame.from_ndarray(black, format="yuv420p")

    def _emit(self, frame: Frame, source: MediaStreamTrack | None) -> Frame:
        now = time.monotonic()
        if isinstance(frame, av.AudioFrame):
            rate = frame.sample_rate
            self._audio_format = (frame.layout.name, frame.samples, rate)
            pts = round(self._audio_end * rate)
            self._audio_end = Fraction(pts + frame.samples, rate)
            frame.pts = pts
            frame.time_base = Fraction(1, rate)
        else:
            assert isinstance(frame, av.VideoFrame)
            self._video_size = (frame.width, frame.height)
            src_pts = _to_video_clock(frame)
            pts = 0
            if self._last_out_pts is not None and self._last_out_time is not None:
                # Across a switch the wall clock decides, but never less than half a frame interval.
                step = max(round((now - self._last_out_time) * VIDEO_CLOCK_RATE), self._min_video_step())
                if source is not None and source is self._last_source and src_pts is not None:
                    assert self._last_src_pts is not None
                    if src_pts > self._last_src_pts:
                        step = src_pts - self._last_src_pts
                pts = self._last_out_pts + step
            self._last_source, self._last_src_pts = source, src_pts
            self._last_out_pts = pts
            frame.pts = pts
            frame.time_base = VIDEO_TIME_BASE
        self._last_out_time = now
        return frame


def _to_video_clock(frame: av.VideoFrame) -> int | None:
    if frame.pts is None or frame.time_base is None:
        return None
    time_base = Fraction(frame.time_base.numerator, frame.time_base.denominator)
    return round(frame.pts * time_base * VIDEO_CLOCK_RATE)


def _size_of(source: MediaStreamTrack) -> tuple[int, int] | None:
    """A video source's announced ``size`` attribute (width, height), if it has one."""
    size = getattr(source, "size", None)
    if size is None:
        return None
    width, height = size
    return int(width), int(height)

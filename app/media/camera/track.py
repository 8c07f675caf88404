"""The aiortc video track of a camera: hands out the newest picture of a ``CameraFeed`` at its pace."""

from __future__ import annotations

import time
from fractions import Fraction

import av
from aiortc.mediastreams import VIDEO_CLOCK_RATE, MediaStreamError, VideoStreamTrack

from app.media.camera.feed import CameraFeed, CameraStatus

VIDEO_TIME_BASE = Fraction(1, VIDEO_CLOCK_RATE)
_STALL_S = 2.0  # no picture for this long while "running": hand out the last one again


class CameraTrack(VideoStreamTrack):
    """Each ``recv`` returns a new ``av.VideoFrame`` built from the newest picture not yet sent.

    There is no queue: pictures that arrive while the encoder is busy are skipped. pts follow the
    capture clock (90 kHz) and always increase. When the feed ends (camera unplugged, closed, taken by
    another application) ``recv`` raises ``MediaStreamError``; wrapped in a ``SwitchableTrack`` the call
    then goes on with black filler until a new camera is switched in. A camera that stalls without
    ending gets its last picture repeated every ``_STALL_S`` so the receiver still sees life.
    """

    def __init__(self, feed: CameraFeed, *, fps: float = 30.0, size: tuple[int, int] | None = None) -> None:
        super().__init__()
        self.feed = feed
        self.fps = fps
        self.size = size  # announced size, so a SwitchableTrack's first filler has the right shape
        self._last_seq = 0
        self._first_at: float | None = None
        self._last_pts = -1
        self._sent = 0

    @property
    def frames_sent(self) -> int:
        return self._sent

    async def recv(self) -> av.VideoFrame:
        if self.readyState != "live":
            raise MediaStreamError
        frame = await self.feed.next_frame(after=self._last_seq, wait_s=_STALL_S)
        at = frame.captured_at if frame is not None else time.monotonic()
        if frame is None:
            frame = self.feed.newest() if self.feed.status is CameraStatus.RUNNING else None
            if frame is None:
                self.stop()
                raise MediaStreamError
        if self.readyState != "live":
            raise MediaStreamError
        self._last_seq = frame.seq
        if self._first_at is None:
            self._first_at = at
        pts = round((at - self._first_at) * VIDEO_CLOCK_RATE)
        pts = max(pts, self._last_pts + 1)
        self._last_pts = pts
        video = av.VideoFrame.from_ndarray(frame.data, format=frame.pixel_format)
        video.pts = pts
        video.time_base = VIDEO_TIME_BASE
        self.size = (frame.width, frame.height)
        self._sent += 1
        return video

"""Fitting the sent video to the link: a shaping track per link and a cap on aiortc's video encoder.

``ShapedVideoTrack`` sits between the call's video (a relay subscription) and one link's RTP sender. It
hands on frames scaled down to ``limit.max_height`` (keeping the aspect, even sizes) and no more often
than ``limit.max_fps``; with ``limit.video`` False it hands out nothing (the sender sends no video
packet, as for a missing camera) while it keeps reading the source, so the picture comes back at once.

aiortc 1.16 sets its encoder's ``target_bitrate`` from the receiver's REMB and clamps it to 250 kbit/s
and up for VP8 (500 kbit/s for H.264), more than a weak link carries next to the sound. ``cap_encoder``
gives the encoder behind one ``RTCRtpSender`` (``sender._RTCRtpSender__encoder``, created with the first
frame) a class of its own whose ``target_bitrate`` is the lower of aiortc's value and our cap — REMB
still works underneath it, and the encoder's own rate control spends the bits. Video only; the audio
encoder is never touched.
"""

from __future__ import annotations

from typing import Any

import av
from aiortc import RTCRtpSender
from aiortc.mediastreams import MediaStreamTrack
from av.frame import Frame

from app.core.link_quality import LEVELS, Level, VideoLimit

_CAPPED: dict[type, type] = {}


class ShapedVideoTrack(MediaStreamTrack):
    """One link's view of the sent video, at that link's ``limit``."""

    kind = "video"

    def __init__(self, source: MediaStreamTrack) -> None:
        super().__init__()
        self._source = source
        self.limit: VideoLimit = LEVELS[Level.FULL]
        self._last_pts_s: float | None = None
        self.handed = 0
        self.skipped = 0

    async def recv(self) -> Frame:
        while True:
            frame = await self._source.recv()
            if not isinstance(frame, av.VideoFrame):
                raise TypeError("a video track handed out something other than a video frame")
            if self._keep(frame):
                break
            self.skipped += 1
        self.handed += 1
        return self._scaled(frame)

    def _keep(self, frame: av.VideoFrame) -> bool:
        limit = self.limit
        if not limit.video:
            self._last_pts_s = None
            return False
        if not limit.max_fps or frame.pts is None or frame.time_base is None:
            return True
        now = float(frame.pts * frame.time_base)
        # A small tolerance so 30 fps thinned to 15 keeps every second frame, not every third.
        if self._last_pts_s is not None and 0 <= now - self._last_pts_s < 0.9 / limit.max_fps:
            return False
        self._last_pts_s = now
        return True

    def _scaled(self, frame: av.VideoFrame) -> av.VideoFrame:
        height = self.limit.max_height
        if not height or frame.height <= height:
            return frame
        width = max(2, round(frame.width * height / frame.height / 2) * 2)
        height = max(2, height // 2 * 2)
        out = frame.reformat(width=width, height=height, format="yuv420p")
        out.pts, out.time_base = frame.pts, frame.time_base
        return out

    def stop(self) -> None:
        super().stop()
        self._source.stop()


class _CapMixin:
    """``target_bitrate`` is aiortc's estimate (REMB) capped by ``bitrate_cap``; None: no cap."""

    bitrate_cap: int | None = None
    estimate: int | None = None  # the last REMB the receiver sent, unclamped, in bit/s

    @property
    def target_bitrate(self) -> int:
        base = super().target_bitrate  # type: ignore[misc]
        cap = self.bitrate_cap
        return int(base if cap is None else min(base, cap))

    @target_bitrate.setter
    def target_bitrate(self, bitrate: int) -> None:
        self.estimate = int(bitrate)
        parent = super(_CapMixin, type(self))
        parent.target_bitrate.fset(self, bitrate)  # type: ignore[attr-defined]


def _capped_class(base: type) -> type:
    made = _CAPPED.get(base)
    if made is None:
        made = _CAPPED[base] = type(f"Capped{base.__name__}", (_CapMixin, base), {})
    return made


def sender_encoder(sender: RTCRtpSender) -> Any | None:
    """The encoder aiortc made for ``sender`` (None before the first frame); aiortc 1.16 internals."""
    return getattr(sender, "_RTCRtpSender__encoder", None)


def cap_encoder(sender: RTCRtpSender, kbps: int | None) -> bool:
    """Cap the video bitrate of ``sender`` at ``kbps`` (None: aiortc's own); False while no encoder yet."""
    encoder = sender_encoder(sender)
    if encoder is None or not hasattr(type(encoder), "target_bitrate"):
        return False
    if not isinstance(encoder, _CapMixin):
        encoder.__class__ = _capped_class(type(encoder))
    encoder.bitrate_cap = None if kbps is None else kbps * 1000
    return True


def encoder_bitrate(sender: RTCRtpSender) -> int | None:
    """The bitrate the video encoder aims at now, in bit/s (None before the first frame)."""
    encoder = sender_encoder(sender)
    value = getattr(encoder, "target_bitrate", None)
    return int(value) if value is not None else None


def bandwidth_estimate(sender: RTCRtpSender) -> int | None:
    """The receiver's last estimate (REMB) of what the link carries for this video, in bit/s."""
    return getattr(sender_encoder(sender), "estimate", None)

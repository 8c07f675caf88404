"""The peer connections of a media-server (Janus) call: one per publication, one per subscribed feed.

``SfuLink`` wraps one ``RTCPeerConnection`` to the media server. A publication offers (audio
sendrecv: our voice goes into the room's mix and the mix comes back; video sendonly); a subscription
answers the server's offer (recvonly video of one feed; any sound offered is answered ``inactive``
and its track not handed on, so a picture's link never carries sound past the room's mix and the
host's mute) — one connection per feed, so showing another picture never renegotiates the others.
aiortc gathers every ICE candidate inside ``setLocalDescription``, so the SDP carries them (the
protocol has no trickle). ``close()`` is idempotent; a link closed by us reports nothing more.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from aiortc import MediaStreamTrack, RTCConfiguration, RTCPeerConnection, RTCSessionDescription

from app.media.codecs import prefer_video_codec
from app.media.prompt_jitter import install_prompt_jitter_buffers
from app.media.voice_encoder import install_voice_encoders

log = logging.getLogger(__name__)

SFU_VIDEO_CODECS = ("VP8", "H264")  # what the service's VideoRoom accepts


class SfuLink:
    """One connection to the media server, named by ``key`` ("audio", "video" or a feed's id)."""

    def __init__(
        self,
        key: str,
        configuration: RTCConfiguration,
        *,
        on_track: Callable[[str, MediaStreamTrack], None],
        on_state: Callable[[str, str], None],
    ) -> None:
        self.key = key
        self._pc = RTCPeerConnection(configuration)
        self._closed = False
        self._subscription = False  # answers a feed's offer: its picture only
        self.connected = False

        @self._pc.on("track")
        def _track(track: MediaStreamTrack) -> None:
            if self._subscription and track.kind != "video":
                return  # answered inactive: nothing arrives on it, and nothing is played
            install_prompt_jitter_buffers(self._pc)
            on_track(key, track)

        @self._pc.on("connectionstatechange")
        async def _state() -> None:
            if self._closed:
                return
            state = str(self._pc.connectionState)
            self.connected = state == "connected"
            on_state(key, state)

    @property
    def pc(self) -> RTCPeerConnection:
        return self._pc

    @property
    def closed(self) -> bool:
        return self._closed

    async def publish_offer(self, track: MediaStreamTrack, *, video_codec: str | None = None) -> str:
        """The offer that publishes ``track``: audio both ways (the mix comes back), video one way."""
        direction = "sendrecv" if track.kind == "audio" else "sendonly"
        transceiver = self._pc.addTransceiver(track, direction=direction)
        if track.kind == "video":
            codec = video_codec if video_codec in SFU_VIDEO_CODECS else SFU_VIDEO_CODECS[0]
            prefer_video_codec(transceiver, codec)
        install_voice_encoders(self._pc)  # voice at 32 kbit/s, not aiortc's 96 (app/media/voice_encoder.py)
        await self._pc.setLocalDescription(await self._pc.createOffer())
        return str(self._pc.localDescription.sdp)

    async def accept_answer(self, sdp: str) -> None:
        await self._pc.setRemoteDescription(RTCSessionDescription(sdp=sdp, type="answer"))

    async def answer_offer(self, sdp: str) -> str:
        """Answer the server's offer of one feed: its picture, received only; sound is refused."""
        self._subscription = True
        await self._pc.setRemoteDescription(RTCSessionDescription(sdp=sdp, type="offer"))
        for transceiver in self._pc.getTransceivers():
            transceiver.direction = "recvonly" if transceiver.kind == "video" else "inactive"
        await self._pc.setLocalDescription(await self._pc.createAnswer())
        return str(self._pc.localDescription.sdp)

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.connected = False
        await self._pc.close()


__all__ = ["SFU_VIDEO_CODECS", "SfuLink"]

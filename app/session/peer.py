"""One RTCPeerConnection to one remote participant, with fixed audio and video transceivers.

The side that offers adds an audio and a video transceiver (sendrecv) before ``createOffer``; the
side that answers attaches its tracks to the transceivers the offer created, and only to those: an
offer without a video (or audio) section, from a client whose owner has no camera (or microphone),
is answered with the one kind it has. aiortc gathers
all ICE candidates inside ``setLocalDescription``, so offers and answers carry them; trickled
candidates from other implementations are accepted through ``add_candidate``.

A link built without video (``video=None``) offers and answers the audio section alone; the call
itself always gives a video track (a ``ShapedVideoTrack``, which sends nothing while the picture is
paused), so its audio only never needs a new link. ``inbound_packets()``
counts the media packets (RTP and RTCP) received so far, for the call's media watchdog;
``request_key_frame()`` asks the sender for a fresh picture (RTCP PLI) as soon as media flows
again, instead of seconds of corrupted frames.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from aiortc import (
    MediaStreamTrack,
    RTCConfiguration,
    RTCIceServer,
    RTCPeerConnection,
    RTCSessionDescription,
)
from aiortc.sdp import candidate_from_sdp

from app.core.protocol import IceServer, SignalPayload
from app.media.codecs import prefer_video_codec
from app.media.prompt_jitter import install_prompt_jitter_buffers
from app.media.voice_encoder import install_voice_encoders

log = logging.getLogger(__name__)


def _over_tcp(url: str) -> bool:
    return url.startswith("turns:") or (url.startswith("turn:") and "transport=tcp" in url)


def rtc_configuration(ice_servers: list[IceServer], *, turn_over_tcp: bool = False) -> RTCConfiguration:
    """Always an explicit list: with ``None`` aiortc would contact a public STUN server.

    aiortc uses the first TURN address it finds and no other. ``turn_over_tcp`` puts TURN over TCP
    (and TLS) first, for a network that blocks UDP: a link rebuilt after a failure uses it.
    """
    servers = list(ice_servers)
    if turn_over_tcp:
        servers.sort(key=lambda s: not any(_over_tcp(url) for url in s.urls))
    return RTCConfiguration(
        iceServers=[
            RTCIceServer(
                urls=sorted(s.urls, key=lambda url: not _over_tcp(url)) if turn_over_tcp else list(s.urls),
                username=s.username,
                credential=s.credential,
            )
            for s in servers
        ]
    )


class PeerLink:
    """The media connection to one participant; ``close()`` is idempotent."""

    def __init__(
        self,
        remote_id: str,
        configuration: RTCConfiguration,
        audio: MediaStreamTrack,
        video: MediaStreamTrack | None,
        *,
        on_track: Callable[[str, MediaStreamTrack], None],
        on_state: Callable[[str, str], None],
        video_codec: str | None = None,
    ) -> None:
        self.remote_id = remote_id
        self.offerer = False
        self._audio = audio
        self._video = video
        self._codec = video_codec
        self._pc = RTCPeerConnection(configuration)
        self._closed = False
        self.key_frames_asked = 0

        @self._pc.on("track")
        def _track(track: MediaStreamTrack) -> None:
            # Before any packet can arrive (media flows only once ICE and DTLS are up): video frames
            # go to the decoder on their last packet, not a frame later (app/media/prompt_jitter.py).
            install_prompt_jitter_buffers(self._pc)
            on_track(remote_id, track)

        @self._pc.on("connectionstatechange")
        async def _state() -> None:
            if not self._closed:  # our own close() is no news to report
                on_state(remote_id, self._pc.connectionState)

    @property
    def connection_state(self) -> str:
        return str(self._pc.connectionState)

    @property
    def pc(self) -> RTCPeerConnection:
        """The underlying connection, for statistics (``getStats``) and codec inspection."""
        return self._pc

    async def make_offer(self) -> SignalPayload:
        self.offerer = True
        self._pc.addTransceiver(self._audio, direction="sendrecv")
        if self._video is not None:
            video = self._pc.addTransceiver(self._video, direction="sendrecv")
            if self._codec:
                prefer_video_codec(video, self._codec)
        install_voice_encoders(self._pc)  # voice at 32 kbit/s, not aiortc's 96 (app/media/voice_encoder.py)
        await self._pc.setLocalDescription(await self._pc.createOffer())
        return SignalPayload(kind="offer", sdp=self._pc.localDescription.sdp)

    async def accept_offer(self, sdp: str) -> SignalPayload:
        await self._pc.setRemoteDescription(RTCSessionDescription(sdp=sdp, type="offer"))
        offered = {transceiver.kind for transceiver in self._pc.getTransceivers()}
        for track in (self._audio, self._video):
            # A kind not offered gets no new section (aiortc: ValueError).
            if track is not None and track.kind in offered:
                self._pc.addTrack(track)
        install_voice_encoders(self._pc)
        await self._pc.setLocalDescription(await self._pc.createAnswer())
        return SignalPayload(kind="answer", sdp=self._pc.localDescription.sdp)

    async def accept_answer(self, sdp: str) -> None:
        await self._pc.setRemoteDescription(RTCSessionDescription(sdp=sdp, type="answer"))

    async def add_candidate(self, payload: SignalPayload) -> None:
        if not payload.candidate:
            return
        text = payload.candidate.removeprefix("candidate:")
        candidate = candidate_from_sdp(text)
        candidate.sdpMid = payload.sdp_mid
        candidate.sdpMLineIndex = payload.sdp_mline_index
        await self._pc.addIceCandidate(candidate)

    def negotiated_video_codec(self) -> str | None:
        """The video codec both sides agreed on, e.g. ``"VP8"``; None before negotiation.

        Read from the answer's video section, whose first payload type is the one in use.
        """
        answer = self._pc.remoteDescription if self.offerer else self._pc.localDescription
        if answer is None or answer.type != "answer":
            return None
        in_video = False
        for line in answer.sdp.splitlines():
            if line.startswith("m="):
                in_video = line.startswith("m=video")
            elif in_video and line.startswith("a=rtpmap:"):
                return line.split(" ", 1)[1].split("/", 1)[0]
        return None

    @property
    def audio_only(self) -> bool:
        return self._video is None

    async def inbound_packets(self) -> int:
        """Media packets (RTP and RTCP) received so far on this link's transports.

        RTCP counts too: a participant with neither camera nor microphone sends no RTP but still
        reports on what it receives, so a quiet sender is not taken for a dead link.
        """
        transports: dict[str, int] = {}
        for receiver in self._pc.getReceivers():
            report = await receiver.getStats()
            for stat in report.values():
                if stat.type == "transport":
                    transports[stat.id] = int(getattr(stat, "packetsReceived", 0))
        return sum(transports.values())

    async def request_key_frame(self) -> int:
        """Ask the far end for a key frame on every video stream received (RTCP PLI); how many asked."""
        asked = 0
        for receiver in self._pc.getReceivers():
            if receiver.track is None or receiver.track.kind != "video":
                continue
            report = await receiver.getStats()
            for ssrc in {s.ssrc for s in report.values() if s.type == "inbound-rtp"}:
                await receiver._send_rtcp_pli(ssrc)  # aiortc's own PLI sender
                asked += 1
        self.key_frames_asked += asked
        return asked

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        await self._pc.close()

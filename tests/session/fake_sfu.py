"""An in-memory stand-in for the service's media-server side, made of real aiortc peer connections.

``FakeSfuSignaling`` speaks the consultation's side of the protocol (``start``, ``request``,
``close``): ``sfu_publish`` is answered by a peer connection that sends a tone back as "the room's
mix" (and counts what it receives), ``sfu_subscribe`` by one that offers a moving pattern for that
feed, ``sfu_start`` completes it, ``sfu_unsubscribe`` closes it. Everything else is acked. Media flows
over loopback sockets like a real call; nothing talks to Janus.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field

from aiortc import RTCConfiguration, RTCPeerConnection, RTCSessionDescription
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack

from app.core.errors import ErrorCode
from app.core.protocol import (
    Ack,
    ClientMessage,
    Role,
    ServerMessage,
    SfuAnswer,
    SfuOffer,
    SfuPublish,
    SfuStart,
    SfuSubscribe,
    SfuUnsubscribe,
    UserInfo,
    Verification,
)
from app.media.synthetic_audio import ToneAudioTrack
from app.media.synthetic_video import PatternVideoTrack
from app.session.errors import SessionError

MIX_HZ = 700.0
FEED_HZ = 440.0  # sound slipped into a picture's offer (feed_audio)


@dataclass
class Received:
    """What the fake media server got on one publication."""

    frames: int = 0
    arrived: asyncio.Event = field(default_factory=asyncio.Event)


class FakeSfuSignaling:
    """The service and its media server, in memory; ``sent`` lists every request in order."""

    def __init__(self, role: Role = Role.CLINICIAN) -> None:
        self.user = UserInfo("u_1", "Dr Test", role, Verification.TEST)
        self.sent: list[ClientMessage] = []
        self.refuse: dict[tuple[str, str], ErrorCode] = {}  # (type, kind or feed) -> refusal
        self.published: set[str] = {f"p_{i}" for i in range(12)}  # feeds that may be subscribed to
        self.received: dict[str, Received] = {"audio": Received(), "video": Received()}
        self.subscriptions: dict[str, RTCPeerConnection] = {}
        self.feed_audio = False  # True: a subscription's offer carries sound too (Janus's never does)
        self._pcs: list[RTCPeerConnection] = []
        self._reads: list[asyncio.Task[None]] = []

    async def start(self) -> UserInfo:
        return self.user

    def reconnect_now(self) -> None:
        pass

    def types(self, kind: type) -> list[ClientMessage]:
        return [m for m in self.sent if isinstance(m, kind)]

    async def request(self, message: ClientMessage) -> ServerMessage:
        self.sent.append(message)
        key = (message.TYPE, getattr(message, "kind", None) or getattr(message, "feed", ""))
        if key in self.refuse:
            raise SessionError(self.refuse[key], "refused by the fake")
        match message:
            case SfuPublish(room_id=room_id, kind=kind, sdp=sdp):
                return SfuAnswer(room_id, kind, await self._answer_publication(kind, sdp), ref=message.id)
            case SfuSubscribe(room_id=room_id, feed=feed):
                if feed not in self.published:
                    raise SessionError(ErrorCode.NOT_PUBLISHING, "nobody publishes that")
                return SfuOffer(room_id, feed, await self._offer_feed(feed), ref=message.id)
            case SfuStart(feed=feed, sdp=sdp):
                pc = self.subscriptions.get(feed)
                if pc is None:
                    raise SessionError(ErrorCode.NOT_PUBLISHING, "no offer outstanding")
                await pc.setRemoteDescription(RTCSessionDescription(sdp=sdp, type="answer"))
            case SfuUnsubscribe(feed=feed):
                pc = self.subscriptions.pop(feed, None)
                if pc is not None:
                    await pc.close()
        return Ack(ref=message.id)

    def _pc(self) -> RTCPeerConnection:
        pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        self._pcs.append(pc)
        return pc

    async def _answer_publication(self, kind: str, sdp: str) -> str:
        pc = self._pc()
        got = self.received[kind] = Received()

        @pc.on("track")
        def _track(track: MediaStreamTrack) -> None:
            self._reads.append(asyncio.get_running_loop().create_task(self._read(track, got)))

        await pc.setRemoteDescription(RTCSessionDescription(sdp=sdp, type="offer"))
        if kind == "audio":  # the room's mix comes back on the same link
            pc.addTrack(ToneAudioTrack(MIX_HZ))
        await pc.setLocalDescription(await pc.createAnswer())
        return str(pc.localDescription.sdp)

    async def _offer_feed(self, feed: str) -> str:
        old = self.subscriptions.pop(feed, None)
        if old is not None:
            await old.close()
        pc = self.subscriptions[feed] = self._pc()
        pc.addTransceiver(PatternVideoTrack((240, 180), 5), direction="sendonly")
        if self.feed_audio:
            pc.addTransceiver(ToneAudioTrack(FEED_HZ), direction="sendonly")
        await pc.setLocalDescription(await pc.createOffer())
        return str(pc.localDescription.sdp)

    @staticmethod
    async def _read(track: MediaStreamTrack, got: Received) -> None:
        with contextlib.suppress(MediaStreamError):
            while True:
                await track.recv()
                got.frames += 1
                got.arrived.set()

    def open_subscriptions(self) -> set[str]:
        return {feed for feed, pc in self.subscriptions.items() if pc.connectionState != "closed"}

    async def close(self) -> None:
        for task in self._reads:
            task.cancel()
        await asyncio.gather(*self._reads, return_exceptions=True)
        for pc in self._pcs:
            await pc.close()


def factory(fake: FakeSfuSignaling) -> Callable[..., FakeSfuSignaling]:
    """A consultation's ``signaling`` argument that hands out ``fake``."""
    return lambda api, on_message, on_connection: fake

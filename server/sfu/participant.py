"""One admitted participant's side of Janus: ONE session (destroying it closes every handle they have),
with an AudioBridge handle (their voice into the mix and the mix back), a VideoRoom publisher handle
(their video, and the ``private_id`` their subscriptions need: the rooms ``require_pvtid``) and one
VideoRoom subscriber handle per feed they receive. The client never sees a Janus id, secret, pin or
token: the service joins on their behalf and hands back only SDP.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from server.sfu.janus_client import JanusConnection, JanusError, JanusHandle, JanusSession
from server.sfu.janus_rooms import AUDIOBRIDGE, VIDEOROOM, RoomPair, random_id

log = logging.getLogger(__name__)

AudioEvent = Callable[[dict[str, Any]], None]


def video_mid(sdp: str) -> str | None:
    """The ``mid`` of the first video section of an SDP (what VideoRoom ``moderate`` names)."""
    in_video = False
    for line in sdp.splitlines():
        if line.startswith("m="):
            in_video = line.startswith("m=video")
        elif in_video and line.startswith("a=mid:"):
            return line.removeprefix("a=mid:").strip()
    return None


class ParticipantMedia:
    """The Janus session and handles of one participant in one consultation's rooms."""

    def __init__(
        self, conn: JanusConnection, pair: RoomPair, token: str, label: str, on_audio: AudioEvent
    ) -> None:
        self.conn = conn
        self.pair = pair
        self.token = token  # in both rooms' ``allowed`` lists while they are admitted
        self.label = label  # the display name Janus sees: the opaque participant id, never a name
        self._on_audio = on_audio
        self.session: JanusSession | None = None
        self.audio: JanusHandle | None = None
        self.audio_id: int | None = None  # their id in the AudioBridge room
        self.audio_muted: bool | None = None  # as last set in Janus
        self.publisher: JanusHandle | None = None
        self.feed_id = random_id()  # their id in the VideoRoom (the feed others subscribe to)
        self.private_id: int | None = None
        self.publishing = False
        self.mid: str | None = None  # their video stream's mid, once published
        self.video_moderated = False  # as last set in Janus
        self.subscriptions: dict[str, JanusHandle] = {}  # feed's participant id → subscriber handle

    @property
    def session_id(self) -> int | None:
        return self.session.id if self.session is not None else None

    async def open(self) -> None:
        self.session = await self.conn.create_session()

    def _live(self) -> JanusSession:
        if self.session is None or self.session.destroyed:
            raise JanusError(0, "participant session closed")
        return self.session

    async def publish_audio(self, sdp: str, muted: bool) -> str:
        """Join the AudioBridge with this offer (a new join replaces the old one); returns the answer."""
        session = self._live()
        if self.audio is not None:
            await self.audio.detach()
            self.audio = None
        handle = await session.attach(AUDIOBRIDGE, self._on_audio)
        participant = random_id()
        body = self.pair.join_fields(self.pair.audio_room, self.token) | {
            "request": "join",
            "id": participant,
            "display": self.label,
            "muted": muted,
            "codec": "opus",
        }
        data, jsep = await handle.message(body, {"type": "offer", "sdp": sdp}, wait_event=True)
        if data.get("audiobridge") != "joined" or jsep is None:
            await handle.detach()
            raise JanusError(0, "no answer from the audio bridge")
        self.audio, self.audio_id, self.audio_muted = handle, participant, muted
        return str(jsep["sdp"])

    async def _publisher(self) -> JanusHandle:
        """The VideoRoom publisher handle, joined (not yet publishing) on first use."""
        if self.publisher is not None:
            return self.publisher
        handle = await self._live().attach(VIDEOROOM)
        body = self.pair.join_fields(self.pair.video_room, self.token) | {
            "request": "join",
            "ptype": "publisher",
            "id": self.feed_id,
            "display": self.label,
        }
        data, _ = await handle.message(body, wait_event=True)
        if data.get("videoroom") != "joined":
            await handle.detach()
            raise JanusError(0, "not joined to the video room")
        self.publisher, self.private_id = handle, int(data["private_id"])
        return handle

    async def publish_video(self, sdp: str) -> str:
        """Publish this offer as their feed (replacing an earlier publication); returns the answer."""
        handle = await self._publisher()
        if self.publishing:
            await self.unpublish_video()
        data, jsep = await handle.message(
            {"request": "publish"}, {"type": "offer", "sdp": sdp}, wait_event=True
        )
        if data.get("configured") != "ok" or jsep is None:
            raise JanusError(0, "the video room did not take the offer")
        self.publishing, self.mid, self.video_moderated = True, video_mid(sdp), False
        return str(jsep["sdp"])

    async def unpublish_video(self) -> None:
        """Stop their publication (their PeerConnection to Janus closes); they stay joined."""
        if self.publisher is None or not self.publishing:
            return
        self.publishing = False
        hangups = self.publisher.hangups
        try:
            await self.publisher.message({"request": "unpublish"}, wait_event=True)
        except JanusError:
            return
        if self.publisher.hangups == hangups:
            await self.publisher.wait_hangup(2.0)

    async def subscribe(self, key: str, feed: int) -> str:
        """A subscriber handle for ``feed`` (``key``: its participant id); returns Janus's offer."""
        await self.unsubscribe(key)
        await self._publisher()
        handle = await self._live().attach(VIDEOROOM)
        body = {
            "request": "join",
            "ptype": "subscriber",
            "room": self.pair.video_room,
            "pin": self.pair.pin.reveal(),
            "private_id": self.private_id,
            "streams": [{"feed": feed}],
        }
        try:
            data, jsep = await handle.message(body, wait_event=True)
        except JanusError:
            await handle.detach()
            raise
        if data.get("videoroom") != "attached" or jsep is None:
            await handle.detach()
            raise JanusError(0, "no offer for that feed")
        self.subscriptions[key] = handle
        return str(jsep["sdp"])

    async def start(self, key: str, sdp: str) -> bool:
        """The client's answer for the subscription to ``key``; ``False`` if there is none."""
        handle = self.subscriptions.get(key)
        if handle is None:
            return False
        await handle.message({"request": "start"}, {"type": "answer", "sdp": sdp}, wait_event=True)
        return True

    async def unsubscribe(self, key: str) -> None:
        handle = self.subscriptions.pop(key, None)
        if handle is not None:
            await handle.detach()

    async def close(self) -> None:
        """Destroy their session: every handle, so every PeerConnection of theirs to Janus, goes."""
        self.subscriptions.clear()
        self.audio = self.publisher = None
        if self.session is not None:
            await self.session.destroy()

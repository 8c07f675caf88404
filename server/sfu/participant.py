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

from server.sfu.janus_client import JanusConnection, JanusError
from server.sfu.janus_rooms import AUDIOBRIDGE, VIDEOROOM, RoomPair, random_id
from server.sfu.janus_session import JanusHandle, JanusSession
from server.sfu.sdp import video_mid

log = logging.getLogger(__name__)

AudioEvent = Callable[[dict[str, Any]], None]
Changed = Callable[[], None]


class ParticipantMedia:
    """The Janus session and handles of one participant in one consultation's rooms."""

    def __init__(
        self,
        conn: JanusConnection,
        pair: RoomPair,
        token: str,
        label: str,
        on_audio: AudioEvent,
        on_video: Changed | None = None,
    ) -> None:
        self.conn = conn
        self.pair = pair
        self.token = token  # in both rooms' ``allowed`` lists while they are admitted
        self.label = label  # the display name Janus sees: the opaque participant id, never a name
        self._on_audio = on_audio
        self._on_video = on_video  # their publication went live or down
        self.session: JanusSession | None = None
        self.audio: JanusHandle | None = None
        self.audio_id: int | None = None  # their id in the AudioBridge room
        self.audio_muted: bool | None = None  # as last set in Janus
        self.attendee: JanusHandle | None = None  # joined, never publishing: their private_id
        self.publisher: JanusHandle | None = None  # their current video publication
        self.feed_id = 0  # that publication's id in the VideoRoom (the feed others subscribe to)
        self.private_id: int | None = None
        self.publishing = False
        self.video_up = False  # Janus has their publication's PeerConnection up (webrtcup)
        self.mid: str | None = None  # their video stream's mid, once published
        self.video_moderated = False  # as last set in Janus
        self.subscriptions: dict[str, JanusHandle] = {}  # feed's participant id → subscriber handle

    @property
    def session_id(self) -> int | None:
        return self.session.id if self.session is not None else None

    async def open(self) -> None:
        self.session = await JanusSession.create(self.conn)

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

    async def _attendee(self) -> JanusHandle:
        """A VideoRoom participant that never publishes: the ``private_id`` their subscriptions carry
        (the rooms ``require_pvtid``), whether or not they publish video themselves."""
        if self.attendee is not None:
            return self.attendee
        handle = await self._live().attach(VIDEOROOM)
        body = self.pair.join_fields(self.pair.video_room, self.token) | {
            "request": "join",
            "ptype": "publisher",
            "id": random_id(),
            "display": self.label,
        }
        data, _ = await handle.message(body, wait_event=True)
        if data.get("videoroom") != "joined":
            await handle.detach()
            raise JanusError(0, "not joined to the video room")
        self.attendee, self.private_id = handle, int(data["private_id"])
        return handle

    async def publish_video(self, sdp: str) -> str:
        """Publish this offer as their feed, on a handle of its own (an earlier publication's handle
        goes first, and its feed with it); returns Janus's answer."""
        await self.unpublish_video()
        feed = random_id()
        handle = await self._live().attach(VIDEOROOM, lambda m: self._publisher_event(handle, m))
        body = self.pair.join_fields(self.pair.video_room, self.token) | {
            "request": "joinandconfigure",
            "ptype": "publisher",
            "id": feed,
            "display": self.label,
        }
        try:
            data, jsep = await handle.message(body, {"type": "offer", "sdp": sdp}, wait_event=True)
        except BaseException:
            await handle.detach()
            raise
        if data.get("videoroom") != "joined" or jsep is None:
            await handle.detach()
            raise JanusError(0, "the video room did not take the offer")
        self.publisher, self.feed_id = handle, feed
        self.publishing, self.video_up, self.mid, self.video_moderated = True, False, video_mid(sdp), False
        return str(jsep["sdp"])

    def _publisher_event(self, handle: JanusHandle, message: dict[str, Any]) -> None:
        kind = message.get("janus")
        if handle is not self.publisher or kind not in ("webrtcup", "hangup"):
            return
        self.video_up = kind == "webrtcup"
        if self._on_video is not None:
            self._on_video()

    @property
    def live_feed(self) -> bool:
        """Whether others can subscribe to their video now (Janus has the publication's link up)."""
        return self.publishing and self.video_up

    async def unpublish_video(self) -> None:
        """Their publication ends (its handle leaves the room; subscribers to it get nothing more)."""
        handle, self.publisher = self.publisher, None
        self.publishing = self.video_up = False
        if handle is not None:
            await handle.detach()

    async def subscribe(self, key: str, feed: int) -> str:
        """A subscriber handle for ``feed`` (``key``: its participant id); returns Janus's offer."""
        await self.unsubscribe(key)
        await self._attendee()
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
        self.audio = self.publisher = self.attendee = None
        if self.session is not None:
            await self.session.destroy()

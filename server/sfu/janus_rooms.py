"""The service's own management of Janus rooms on one instance: one AudioBridge room (the mix) and one
VideoRoom (the video feeds) per consultation, each private, with a random ``secret`` (to manage it),
``pin`` (to join it) and an ``allowed`` list of per-participant tokens; and the moderator requests
(AudioBridge ``mute``/``unmute``, VideoRoom ``moderate`` by ``mid``, ``kick``), sent over an admin
session of the service's. Request names and fields are those of Janus 1.1.2's plugins.
"""

from __future__ import annotations

import contextlib
import secrets
from dataclasses import dataclass, field
from typing import Any

from server.secret import Secret
from server.sfu.janus_client import JanusConnection, JanusError, JanusGone
from server.sfu.janus_session import JanusHandle, JanusSession

AUDIOBRIDGE = "janus.plugin.audiobridge"
VIDEOROOM = "janus.plugin.videoroom"
SAMPLING_RATE = 48000  # Opus full band
TALK_PACKETS = 25  # audio-level packets (20 ms each) per talking decision: half a second
TALK_LEVEL = 45  # average level (dBov, 127 = silence) under which someone counts as talking
VIDEO_BITRATE = 1_000_000  # the cap Janus asks each video publisher for (REMB)


def random_id() -> int:
    """A random room or participant id Janus accepts (positive, exact in JSON doubles)."""
    return secrets.randbelow(2**52) + 1


@dataclass(frozen=True, slots=True)
class RoomPair:
    """One consultation's rooms on one Janus: ids and the secrets only the service knows."""

    audio_room: int
    video_room: int
    secret: Secret = field(repr=False)
    pin: Secret = field(repr=False)

    def join_fields(self, room: int, token: str) -> dict[str, Any]:
        """What a participant's ``join`` carries: the room, its pin and their token."""
        return {"room": room, "pin": self.pin.reveal(), "token": token}


class JanusRooms:
    """Creates, edits and destroys rooms on one Janus through the service's admin session."""

    def __init__(self, conn: JanusConnection) -> None:
        self.conn = conn
        self._session: JanusSession | None = None
        self._audio: JanusHandle | None = None
        self._video: JanusHandle | None = None

    async def open(self) -> None:
        self._session = await JanusSession.create(self.conn)
        self._audio = await self._session.attach(AUDIOBRIDGE)
        self._video = await self._session.attach(VIDEOROOM)

    async def _ask(self, handle: JanusHandle | None, body: dict[str, Any]) -> dict[str, Any]:
        if handle is None:
            raise JanusGone("admin session not open")
        data, _ = await handle.message(body)
        return data

    async def create(self, publishers: int) -> RoomPair:
        """Both rooms, or neither: a VideoRoom that cannot be made takes the AudioBridge room with it."""
        pair = RoomPair(random_id(), random_id(), Secret.generate(), Secret(secrets.token_urlsafe(16)))
        common = {"is_private": True, "secret": pair.secret.reveal(), "pin": pair.pin.reveal(), "allowed": []}
        await self._ask(
            self._audio,
            {
                "request": "create",
                "room": pair.audio_room,
                "description": "samtale",
                "sampling_rate": SAMPLING_RATE,
                "audiolevel_ext": True,
                "audiolevel_event": True,
                "audio_active_packets": TALK_PACKETS,
                "audio_level_average": TALK_LEVEL,
                **common,
            },
        )
        try:
            await self._ask(
                self._video,
                {
                    "request": "create",
                    "room": pair.video_room,
                    "description": "samtale",
                    "publishers": max(1, publishers),
                    "videocodec": "vp8,h264",
                    "audiocodec": "opus",
                    "require_pvtid": True,
                    "bitrate": VIDEO_BITRATE,
                    "fir_freq": 10,
                    **common,
                },
            )
        except BaseException:
            with contextlib.suppress(JanusGone, JanusError):
                await self._destroy_one(self._audio, pair.audio_room, pair)
            raise
        return pair

    async def _destroy_one(self, handle: JanusHandle | None, room: int, pair: RoomPair) -> None:
        await self._ask(handle, {"request": "destroy", "room": room, "secret": pair.secret.reveal()})

    async def destroy(self, pair: RoomPair) -> None:
        """Destroy both rooms (everyone still in them is thrown out); missing rooms are fine."""
        for handle, room in ((self._audio, pair.audio_room), (self._video, pair.video_room)):
            with contextlib.suppress(JanusError):
                await self._destroy_one(handle, room, pair)

    async def allow(self, pair: RoomPair, token: str, allowed: bool) -> None:
        """Add a participant's token to both rooms' ``allowed`` lists, or take it off."""
        action = "add" if allowed else "remove"
        for handle, room in ((self._audio, pair.audio_room), (self._video, pair.video_room)):
            body = {"request": "allowed", "room": room, "secret": pair.secret.reveal(), "action": action}
            await self._ask(handle, body | {"allowed": [token]})

    async def mute_audio(self, pair: RoomPair, participant: int, muted: bool) -> None:
        """AudioBridge ``mute``/``unmute`` of one participant: the mix leaves them out whatever they send."""
        body = {"request": "mute" if muted else "unmute", "room": pair.audio_room, "id": participant}
        await self._ask(self._audio, body | {"secret": pair.secret.reveal()})

    async def moderate_video(self, pair: RoomPair, feed: int, mid: str, muted: bool) -> None:
        """VideoRoom ``moderate``: Janus stops (or resumes) relaying that publisher's stream ``mid``."""
        body = {"request": "moderate", "room": pair.video_room, "id": feed, "mid": mid, "mute": muted}
        await self._ask(self._video, body | {"secret": pair.secret.reveal()})

    async def audio_participants(self, pair: RoomPair) -> list[dict[str, Any]]:
        data = await self._ask(self._audio, {"request": "listparticipants", "room": pair.audio_room})
        return list(data.get("participants", []))

    async def video_participants(self, pair: RoomPair) -> list[dict[str, Any]]:
        data = await self._ask(self._video, {"request": "listparticipants", "room": pair.video_room})
        return list(data.get("participants", []))

    async def close(self) -> None:
        if self._session is not None:
            await self._session.destroy()
            self._session = None

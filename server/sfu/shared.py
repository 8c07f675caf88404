"""Where a consultation's Janus rooms are, shared by the service instances of one deployment.

With several instances (decision 0016) each participant's Janus session is owned by the instance
holding their WebSocket, while the consultation's two Janus rooms are one pair for all: the
instance that makes them records the Janus URL, the room ids, secret and pin in Redis
(``samtale:room:<id>:sfu``, on the deployment's private network like the rest of Redis), and the
others use that pair. ``LocalRooms`` is the single process: nothing to share.
"""

from __future__ import annotations

import json
from typing import Any, Protocol

from server.secret import Secret
from server.sfu.janus_rooms import RoomPair


class SharedRooms(Protocol):
    async def get(self, room_id: str) -> tuple[str, RoomPair] | None: ...

    async def put(self, room_id: str, url: str, pair: RoomPair) -> None: ...

    async def delete(self, room_id: str) -> None: ...


class LocalRooms:
    """One instance: its own memory is the only record."""

    async def get(self, room_id: str) -> tuple[str, RoomPair] | None:
        return None

    async def put(self, room_id: str, url: str, pair: RoomPair) -> None:
        return None

    async def delete(self, room_id: str) -> None:
        return None


class RedisRooms:
    """The record in Redis (``client``: the cluster's connection pool)."""

    def __init__(self, client: Any) -> None:
        self._redis = client

    @staticmethod
    def _key(room_id: str) -> str:
        return f"samtale:room:{room_id}:sfu"

    async def get(self, room_id: str) -> tuple[str, RoomPair] | None:
        raw = await self._redis.get(self._key(room_id))
        if raw is None:
            return None
        data = json.loads(raw)
        pair = RoomPair(
            int(data["audio_room"]), int(data["video_room"]), Secret(data["secret"]), Secret(data["pin"])
        )
        return str(data["url"]), pair

    async def put(self, room_id: str, url: str, pair: RoomPair) -> None:
        data = {
            "url": url,
            "audio_room": pair.audio_room,
            "video_room": pair.video_room,
            "secret": pair.secret.reveal(),
            "pin": pair.pin.reveal(),
        }
        await self._redis.set(self._key(room_id), json.dumps(data))

    async def delete(self, room_id: str) -> None:
        await self._redis.delete(self._key(room_id))

"""Where a consultation's Janus rooms are, shared by the service instances of one deployment.

With several instances (decision 0016) each participant's Janus session is owned by the instance
holding their WebSocket, while the consultation's two Janus rooms are one pair for all: the
instance that makes them records the Janus URL, the room ids, secret and pin in Redis
(``samtale:room:<id>:sfu``, on the deployment's private network like the rest of Redis), and the
others use that pair. Which instance last held each participant's Janus session in that pair is
recorded too (``claim``, ``samtale:room:<id>:sfu:<audio room>:owners``): an instance seating someone
who had a session elsewhere tells them ``sfu_moved`` (their links went to the old one). ``LocalRooms``
is the single process: nothing to share.
"""

from __future__ import annotations

import json
import logging
from typing import Any, Protocol

from redis.exceptions import RedisError

from server.secret import Secret
from server.sfu.janus_rooms import RoomPair

log = logging.getLogger(__name__)


class SharedRooms(Protocol):
    async def get(self, room_id: str) -> tuple[str, RoomPair] | None: ...

    async def put(self, room_id: str, url: str, pair: RoomPair) -> None: ...

    async def delete(self, room_id: str) -> None: ...

    async def claim(self, room_id: str, pair: RoomPair, participant_id: str, owner: str) -> str | None: ...

    async def release(self, room_id: str, pair: RoomPair, participant_id: str, owner: str) -> None: ...


OWNERS_TTL_S = 86_400  # a record left by an instance that died with the consultation goes after a day


class LocalRooms:
    """One instance: its own memory is the only record."""

    async def get(self, room_id: str) -> tuple[str, RoomPair] | None:
        return None

    async def put(self, room_id: str, url: str, pair: RoomPair) -> None:
        return None

    async def delete(self, room_id: str) -> None:
        return None

    async def claim(self, room_id: str, pair: RoomPair, participant_id: str, owner: str) -> str | None:
        return None

    async def release(self, room_id: str, pair: RoomPair, participant_id: str, owner: str) -> None:
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
        recorded = await self.get(room_id)
        await self._redis.delete(self._key(room_id))
        if recorded is not None:
            await self._redis.delete(self._owners(room_id, recorded[1]))

    def _owners(self, room_id: str, pair: RoomPair) -> str:
        return f"{self._key(room_id)}:{pair.audio_room}:owners"

    async def claim(self, room_id: str, pair: RoomPair, participant_id: str, owner: str) -> str | None:
        """``owner`` now holds ``participant_id``'s session (under the room's lock); who did before."""
        key = self._owners(room_id, pair)
        previous = await self._redis.hget(key, participant_id)
        await self._redis.hset(key, participant_id, owner)
        await self._redis.expire(key, OWNERS_TTL_S)
        return previous.decode() if isinstance(previous, bytes) else previous

    async def release(self, room_id: str, pair: RoomPair, participant_id: str, owner: str) -> None:
        """They left the call: no session of theirs to move (unless another instance holds it now)."""
        key = self._owners(room_id, pair)
        current = await self._redis.hget(key, participant_id)
        if current is not None and (current.decode() if isinstance(current, bytes) else current) == owner:
            await self._redis.hdel(key, participant_id)


class Owners(Protocol):
    """Who holds each participant's session (several service instances: ``SeatOwners``)."""

    async def claim(self, participant_id: str) -> bool: ...

    async def release(self, participant_id: str) -> None: ...


class NoOwners:
    """One service instance: a participant's only session is the one here."""

    async def claim(self, participant_id: str) -> bool:
        return False

    async def release(self, participant_id: str) -> None:
        return None


class SeatOwners:
    """The ``claim`` record of one consultation's pair, as one instance (``me``) uses it."""

    def __init__(self, shared: SharedRooms, room_id: str, pair: RoomPair, me: str) -> None:
        self._shared = shared
        self._room_id = room_id
        self._pair = pair
        self._me = me

    async def claim(self, participant_id: str) -> bool:
        """Their session is here now; ``True`` if they had one before (here or at another instance)."""
        try:
            return await self._shared.claim(self._room_id, self._pair, participant_id, self._me) is not None
        except (OSError, RedisError) as exc:
            log.warning("sfu seat not recorded room=%s error=%s", self._room_id, type(exc).__name__)
            return False

    async def release(self, participant_id: str) -> None:
        try:
            await self._shared.release(self._room_id, self._pair, participant_id, self._me)
        except (OSError, RedisError) as exc:
            log.warning("sfu seat not released room=%s error=%s", self._room_id, type(exc).__name__)

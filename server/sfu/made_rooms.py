"""The Janus rooms a service running alone (no Redis) made, kept in its database.

Several instances record each consultation's rooms in Redis (``server.sfu.shared``), so whoever
ends the call destroys them. A single process kept them only in memory: killed (SIGKILL, the OOM
killer), it left them on Janus for good, and after its restart made new ones. Now it records each
pair it makes (``made``) and forgets it when it destroys them (``gone``); at start, every pair still
recorded is a previous run's, whose sessions died with it: ``SfuManager.start`` destroys them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Protocol

from sqlalchemy.exc import SQLAlchemyError

from server.secret import Secret
from server.sfu.janus_client import JanusError, JanusGone
from server.sfu.janus_rooms import RoomPair
from server.sfu.placement import Placement
from server.store.room_store import RoomStore

log = logging.getLogger(__name__)


class MadeRooms(Protocol):
    async def made(self, room_id: str, url: str, pair: RoomPair) -> None: ...

    async def gone(self, room_id: str) -> None: ...

    async def left_over(self) -> list[tuple[str, str, RoomPair]]: ...


class StoredRooms:
    """The record in the room service's database (``RoomStore``; blocking calls off the loop)."""

    def __init__(self, store: RoomStore) -> None:
        self._store = store

    async def made(self, room_id: str, url: str, pair: RoomPair) -> None:
        rooms = (pair.audio_room, pair.video_room)
        await asyncio.to_thread(
            self._store.record_media, room_id, url, rooms, pair.secret.reveal(), pair.pin.reveal()
        )

    async def gone(self, room_id: str) -> None:
        await asyncio.to_thread(self._store.forget_media, room_id)

    async def left_over(self) -> list[tuple[str, str, RoomPair]]:
        """Every recorded pair (room id, Janus URL, pair)."""
        rows = await asyncio.to_thread(self._store.media_made)
        return [
            (room_id, url, RoomPair(audio, video, Secret(secret), Secret(pin)))
            for room_id, url, audio, video, secret, pin in rows
        ]


async def destroy_left_over(made: MadeRooms, placement: Placement) -> None:
    """At start, alone: rooms a previous run made and never destroyed (it was killed) go now; their
    sessions died with it, and the calls still on get new rooms when they are next changed. A pair on
    a Janus that cannot be reached now stays recorded for the next start."""
    try:
        left = await made.left_over()
    except SQLAlchemyError as exc:
        log.warning("sfu left-over rooms unknown error=%s", type(exc).__name__)
        return
    for room_id, url, pair in left:
        instance = placement.by_url(url)
        if instance is None or instance.rooms is None:
            continue
        with contextlib.suppress(JanusGone, JanusError):
            await instance.rooms.destroy(pair)
        log.info("sfu left-over rooms destroyed room=%s", room_id)
        await forget(made, room_id)


async def forget(made: MadeRooms, room_id: str) -> None:
    """The pair was destroyed: off the record (a database that fails only leaves it for the next start)."""
    try:
        await made.gone(room_id)
    except SQLAlchemyError as exc:
        log.warning("sfu rooms record not removed room=%s error=%s", room_id, type(exc).__name__)

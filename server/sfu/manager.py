"""The service's media-server side, as the hub sees it: rooms whose media goes through Janus get their
Janus rooms when the consultation starts (``start``), follow every change of the room (``sync``,
after each operation under the room's lock), lose them when the call empties, and move to another
instance when theirs is lost (everyone there gets ``sfu_moved``; nobody knocks again).

With several service instances (decision 0016) the consultation's Janus rooms are one pair, recorded
in Redis by the instance that made them (``server.sfu.shared``); each participant's Janus session is
owned by the instance holding their WebSocket (or, while they are disconnected, the one that held it
last). Every stored change of a room is announced to every instance (``server.signaling.cluster``):
one holding Janus sessions of that room reconciles them at once (``noticed``), so a kick, ban or mute made at
another instance reaches Janus whether or not a connection of the room is held here. A member whose
connection is now held by another instance loses their session here; that instance seats them and
tells them ``sfu_moved``. Rooms another instance ended or replaced meanwhile (or that a Redis which
restarted empty no longer records) are dropped here, not used, and destroyed on Janus (``_current``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol

from redis.exceptions import RedisError
from sqlalchemy.exc import SQLAlchemyError

from app.core.errors import ErrorCode
from app.core.protocol import ServerMessage, UserInfo
from app.core.room_types import MediaRoute
from server.rooms.core import RoomCore
from server.rooms.members import Effects, RoomError
from server.sfu.instance import JanusInstance
from server.sfu.janus_client import JanusError, JanusGone
from server.sfu.janus_rooms import RoomPair
from server.sfu.made_rooms import MadeRooms, destroy_left_over, forget
from server.sfu.media_room import MediaRoom
from server.sfu.placement import Placement, SfuUnavailable
from server.sfu.requests import SfuRequest, carry_out
from server.sfu.shared import LocalRooms, SeatOwners, SharedRooms
from server.signaling.connection import owner

log = logging.getLogger(__name__)


class LiveRoomLike(Protocol):
    room: Any


class HubLike(Protocol):
    connections: dict[str, Any]

    @property
    def instance(self) -> str: ...

    def locked(self, room_id: str) -> AbstractAsyncContextManager[LiveRoomLike | None]: ...

    def deliver(self, effects: Effects) -> None: ...


class SfuManager:
    """Every consultation's Janus side on this service instance."""

    def __init__(
        self, placement: Placement, shared: SharedRooms | None = None, made: MadeRooms | None = None
    ) -> None:
        self.placement = placement
        # Alone (no ``shared``): the rooms this process makes, kept where its restart finds them.
        self._made = made if shared is None else None
        self._shared: SharedRooms = shared if shared is not None else LocalRooms()
        self.clustered = shared is not None  # several service instances share the rooms
        self.rooms: dict[str, MediaRoom] = {}
        self._orphans: set[str] = set()  # calls whose instance was lost with no other to go to
        self._hub: HubLike | None = None
        self._pokes: set[asyncio.Task[None]] = set()
        self._poking: set[str] = set()  # rooms with a reconciliation waiting for their lock
        self._me = secrets.token_hex(8)  # this instance, in the record of who holds whose session
        placement.on_lost = self._lost
        placement.on_back = self._back

    def bind(self, hub: HubLike) -> None:
        self._hub = hub

    async def start(self) -> None:
        await self.placement.start()
        await self._destroy_left_over()

    async def _destroy_left_over(self) -> None:
        if self._made is not None:
            await destroy_left_over(self._made, self.placement)

    async def _forget(self, room_id: str) -> None:
        if self._made is not None:
            await forget(self._made, room_id)

    def _deliver(self, effects: Effects) -> None:
        if self._hub is not None and effects:
            self._hub.deliver(effects)

    def load(self, instance: JanusInstance) -> int:
        return sum(m.load for m in self.rooms.values() if m.instance is instance)

    async def open(self, room: RoomCore, stale: RoomPair | None = None) -> MediaRoom:
        """The consultation's Janus rooms: those another instance made (unless ``stale``), else made
        now on the least loaded instance (``created``)."""
        room_id = room.room_id
        media = await self._current(room_id)
        if media is not None:
            return media
        try:
            recorded = await self._shared.get(room_id)
            instance = self.placement.by_url(recorded[0]) if recorded is not None else None
            if recorded is not None and instance is not None and instance.alive and recorded[1] != stale:
                pair, created = recorded[1], False
            else:
                instance = self.placement.pick(self.load)
                pair = await instance.require().create(room.config.rules.max_participants)
                await self._shared.put(room_id, instance.url, pair)
                created = True
                if self._made is not None:
                    await self._made.made(room_id, instance.url, pair)
        except (SfuUnavailable, JanusGone, JanusError, OSError, RedisError, SQLAlchemyError) as exc:
            log.warning("sfu unavailable room=%s error=%s", room_id, type(exc).__name__)
            raise RoomError(ErrorCode.SFU_UNAVAILABLE, "the media server cannot be reached") from None
        owners = SeatOwners(self._shared, room_id, pair, self._me) if self.clustered else None
        media = self.rooms[room_id] = MediaRoom(
            room_id, instance, pair, self._deliver, lambda: self._poke(room_id), owners
        )
        media.created = created
        log.info("sfu rooms %s room=%s instance=%s", "made" if created else "shared", room_id, instance.url)
        return media

    async def _current(self, room_id: str) -> MediaRoom | None:
        """The consultation's Janus rooms held here, unless (several instances) another instance has
        ended the call or replaced them since: then our sessions in them go and ``None``."""
        media = self.rooms.get(room_id)
        if media is None or not self.clustered:
            return media
        try:
            recorded = await self._shared.get(room_id)
        except (OSError, RedisError) as exc:
            log.warning("sfu record unknown room=%s error=%s", room_id, type(exc).__name__)
            return media
        if recorded is not None and recorded[0] == media.instance.url and recorded[1] == media.pair:
            return media
        del self.rooms[room_id]
        if media.instance.alive:
            for participant_id in list(media.seats):
                await media.unseat(participant_id, moved=True)
            # The record names other rooms or none (the call ended, moved, or Redis lost the record):
            # no instance uses these any more, and no one else knows them to clean them up.
            rooms = media.instance.rooms
            if rooms is not None:
                try:
                    await rooms.destroy(media.pair)
                except (JanusGone, JanusError) as exc:
                    log.info("sfu stale rooms not destroyed room=%s error=%s", room_id, type(exc).__name__)
        else:
            media.abandon()
        log.info("sfu rooms stale room=%s", room_id)
        return None

    def noticed(self, room_id: str) -> None:
        """Another instance changed a room (``server.signaling.cluster`` announces each stored change):
        where we hold its Janus rooms, reconcile them now (a kick there closes the session here)."""
        if room_id in self.rooms:
            self._poke(room_id)

    def recheck(self) -> None:
        """Notices of changes may have been missed (Redis was away): reconcile every room held here."""
        for room_id in list(self.rooms):
            self._poke(room_id)

    def _poke(self, room_id: str) -> None:
        """The room changed elsewhere, or Janus changed something its members must hear of (a feed
        went live or down): reconcile under the room's lock soon (the hub's settle runs ``sync``)."""
        if room_id in self._poking:  # one waiting for the lock will see this change too
            return
        self._poking.add(room_id)

        async def reconcile() -> None:
            try:
                if self._hub is None:
                    return
                async with self._hub.locked(room_id):
                    self._poking.discard(room_id)
            except Exception as exc:
                log.error("sfu reconcile failed room=%s error=%s", room_id, type(exc).__name__)
            finally:
                self._poking.discard(room_id)

        task = asyncio.create_task(reconcile(), name=f"sfu-poke-{room_id}")
        self._pokes.add(task)
        task.add_done_callback(self._pokes.discard)

    async def sync(self, room: RoomCore) -> Effects:
        """After any change of ``room`` (under its lock): Janus follows it. Never raises."""
        if room.media is not MediaRoute.SFU:
            return []
        media = await self._current(room.room_id)
        if not room.call:
            if media is not None:
                del self.rooms[room.room_id]
                await media.close()
                with contextlib.suppress(OSError, RedisError):
                    await self._shared.delete(room.room_id)
                await self._forget(room.room_id)
            self._orphans.discard(room.room_id)
            return []
        if media is None:  # a call without Janus rooms here: the service restarted, or they were lost
            try:
                media = await self.open(room)
            except RoomError:
                self._orphans.add(room.room_id)
                return []
            self._orphans.discard(room.room_id)
            if media.created:
                media.replaces(list(room.call))
        if not self.clustered or self._hub is None:
            return await media.sync(room)
        me = self._hub.instance  # a connection held by another instance (its id names it): moved there
        moved = {p for p, m in room.call.items() if m.conn is not None and owner(m.conn) not in ("", me)}
        return await media.sync(room, set(self._hub.connections), moved)

    async def request(self, room: RoomCore, user: UserInfo, message: SfuRequest) -> ServerMessage:
        """Carry out one ``sfu_*`` request of a call member (under the room's lock)."""
        member = room.require_in_call(user)
        if room.media is not MediaRoute.SFU:
            raise RoomError(ErrorCode.FORBIDDEN, "media goes peer to peer in this room")
        media = await self.open(room)
        return await carry_out(media, room, member, message)

    async def _lost(self, instance: JanusInstance) -> None:
        for room_id in [r for r, m in self.rooms.items() if m.instance is instance]:
            await self._move(room_id, instance)

    async def _back(self, instance: JanusInstance) -> None:
        for room_id in sorted(self._orphans):
            await self._move(room_id, None)

    async def _move(self, room_id: str, lost: JanusInstance | None) -> None:
        """Recreate a consultation's Janus rooms elsewhere; everyone in the call publishes again."""
        if self._hub is None:
            return
        async with self._hub.locked(room_id) as live:
            media = self.rooms.get(room_id)
            stale = None
            if media is not None and media.instance is lost:
                del self.rooms[room_id]
                media.abandon()
                stale = media.pair
            if live is None:
                self._orphans.discard(room_id)
                return
            room: RoomCore = live.room
            if not room.call or room.media is not MediaRoute.SFU or room_id in self.rooms:
                self._orphans.discard(room_id)
                return
            try:
                moved = await self.open(room, stale)
            except RoomError:
                self._orphans.add(room_id)
                return
            self._orphans.discard(room_id)
            if moved.created:  # another instance that moved it first has told everyone
                moved.replaces(list(room.call))  # told by the sync that follows this block
            log.info("sfu moved room=%s members=%d", room_id, len(room.call))

    async def close(self) -> None:
        """Service shutdown: every consultation's Janus rooms go, then the connections."""
        for task in list(self._pokes):
            task.cancel()
        await asyncio.gather(*self._pokes, return_exceptions=True)
        for room_id in list(self.rooms):
            media = self.rooms.pop(room_id)
            if self.clustered:  # the other instances go on with the rooms; our sessions end with us
                media.abandon()
            else:
                await media.close()
                await self._forget(room_id)
        await self.placement.close()

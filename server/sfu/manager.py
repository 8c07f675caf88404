"""The service's media-server side, as the hub sees it: rooms whose media goes through Janus get their
Janus rooms when the consultation starts (``start``), follow every change of the room (``sync``,
after each operation under the room's lock), lose them when the call empties, and move to another
instance when theirs is lost (everyone there gets ``sfu_moved``; nobody knocks again).

With several service instances (decision 0016) a consultation's Janus rooms and sessions live in the
instance that started it; see docs/deployment.md.
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol

from app.core.errors import ErrorCode
from app.core.protocol import ServerMessage, UserInfo
from app.core.room_types import MediaRoute
from server.members import Effects, RoomError
from server.room_core import RoomCore
from server.sfu.instance import JanusInstance
from server.sfu.janus_client import JanusError, JanusGone
from server.sfu.media_room import MediaRoom
from server.sfu.placement import Placement, SfuUnavailable
from server.sfu.requests import SfuRequest, carry_out

log = logging.getLogger(__name__)


class LiveRoomLike(Protocol):
    room: Any


class HubLike(Protocol):
    def locked(self, room_id: str) -> AbstractAsyncContextManager[LiveRoomLike | None]: ...

    def deliver(self, effects: Effects) -> None: ...


class SfuManager:
    """Every consultation's Janus side on this service instance."""

    def __init__(self, placement: Placement) -> None:
        self.placement = placement
        self.rooms: dict[str, MediaRoom] = {}
        self._orphans: set[str] = set()  # calls whose instance was lost with no other to go to
        self._hub: HubLike | None = None
        self._pokes: set[asyncio.Task[None]] = set()
        placement.on_lost = self._lost
        placement.on_back = self._back

    def bind(self, hub: HubLike) -> None:
        self._hub = hub

    async def start(self) -> None:
        await self.placement.start()

    def _deliver(self, effects: Effects) -> None:
        if self._hub is not None and effects:
            self._hub.deliver(effects)

    def load(self, instance: JanusInstance) -> int:
        return sum(m.load for m in self.rooms.values() if m.instance is instance)

    async def open(self, room: RoomCore) -> MediaRoom:
        """The consultation's Janus rooms, made now on the least loaded instance if it has none."""
        media = self.rooms.get(room.room_id)
        if media is not None:
            return media
        try:
            instance = self.placement.pick(self.load)
            pair = await instance.require().create(room.config.rules.max_participants)
        except (SfuUnavailable, JanusGone, JanusError) as exc:
            log.warning("sfu unavailable room=%s error=%s", room.room_id, type(exc).__name__)
            raise RoomError(ErrorCode.SFU_UNAVAILABLE, "the media server cannot be reached") from None
        room_id = room.room_id
        media = self.rooms[room_id] = MediaRoom(
            room_id, instance, pair, self._deliver, lambda: self._poke(room_id)
        )
        log.info("sfu rooms made room=%s instance=%s", room.room_id, instance.url)
        return media

    def _poke(self, room_id: str) -> None:
        """Janus changed something the room's members must hear of (a feed went live or down):
        reconcile under the room's lock soon (the hub's settle runs ``sync``)."""

        async def reconcile() -> None:
            if self._hub is None:
                return
            try:
                async with self._hub.locked(room_id):
                    pass
            except Exception as exc:
                log.error("sfu reconcile failed room=%s error=%s", room_id, type(exc).__name__)

        task = asyncio.create_task(reconcile(), name=f"sfu-poke-{room_id}")
        self._pokes.add(task)
        task.add_done_callback(self._pokes.discard)

    async def sync(self, room: RoomCore) -> Effects:
        """After any change of ``room`` (under its lock): Janus follows it. Never raises."""
        if room.media is not MediaRoute.SFU:
            return []
        media = self.rooms.get(room.room_id)
        if not room.call:
            if media is not None:
                del self.rooms[room.room_id]
                await media.close()
            self._orphans.discard(room.room_id)
            return []
        if media is None:  # a call without Janus rooms: the service restarted, or they were lost
            try:
                media = await self.open(room)
            except RoomError:
                self._orphans.add(room.room_id)
                return []
            self._orphans.discard(room.room_id)
            media.replaces(list(room.call))
        return await media.sync(room)

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
            if media is not None and media.instance is lost:
                del self.rooms[room_id]
                media.abandon()
            if live is None:
                self._orphans.discard(room_id)
                return
            room: RoomCore = live.room
            if not room.call or room.media is not MediaRoute.SFU or room_id in self.rooms:
                self._orphans.discard(room_id)
                return
            try:
                moved = await self.open(room)
            except RoomError:
                self._orphans.add(room_id)
                return
            self._orphans.discard(room_id)
            moved.replaces(list(room.call))  # told by the sync that follows this block
            log.info("sfu moved room=%s members=%d", room_id, len(room.call))

    async def close(self) -> None:
        """Service shutdown: every consultation's Janus rooms go, then the connections."""
        for task in list(self._pokes):
            task.cancel()
        await asyncio.gather(*self._pokes, return_exceptions=True)
        for room_id in list(self.rooms):
            media = self.rooms.pop(room_id)
            await media.close()
        await self.placement.close()

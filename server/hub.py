"""The connection registry and the live rooms: delivery, per-room locking and reconnect grace."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field

from starlette.concurrency import run_in_threadpool

from app.core.protocol import UserInfo
from server.audit_event import AuditEvent
from server.connection import Connection
from server.room_closing import close_room
from server.room_store import RoomStore
from server.room_view import settle
from server.rooms import Effects, Room
from server.settings import ServiceSettings
from server.store import Repository
from server.turn import TurnCredentials

log = logging.getLogger(__name__)


@dataclass(slots=True)
class LiveRoom:
    """A room's state and the lock that serialises every change to it."""

    room: Room
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class Hub:
    """Owns the live connections and rooms of one service instance (one event loop)."""

    def __init__(self, settings: ServiceSettings, repo: Repository, room_store: RoomStore) -> None:
        self._settings = settings
        self._repo = repo
        self._room_store = room_store
        self.connections: dict[str, Connection] = {}
        self._rooms: dict[str, LiveRoom] = {}
        self._timers: set[asyncio.Task[None]] = set()
        # user id → (room ids they watched, until when) so a reconnect restores the subscription
        self._watches: dict[str, tuple[set[str], float]] = {}

    async def live_room(self, room_id: str) -> LiveRoom | None:
        """The live state of a stored room (created on first use), or ``None`` if it does not exist."""
        live = self._rooms.get(room_id)
        if live is not None:
            return live
        record = await run_in_threadpool(self._repo.room, room_id)
        if record is None:
            return None
        config = await run_in_threadpool(self._room_store.config, room_id)
        # Another task may have loaded it while we waited; keep the first so there is one lock.
        turn = TurnCredentials.from_settings(self._settings)
        ice_for = turn.ice_servers if turn.enabled else None
        room = Room(
            record.room_id, record.owner_user_id, self._settings.ice_servers, ice_for=ice_for, config=config
        )
        room.closed = record.closed
        return self._rooms.setdefault(room_id, LiveRoom(room))

    async def close_room(self, room_id: str, actor: UserInfo) -> None:
        """The owner closed the room (already marked in the database): tell everyone in it, forget it."""
        live = self._rooms.get(room_id)
        if live is None:  # nobody is in it: only the audit entry
            event = AuditEvent.of(room_id, time.time(), actor, "close_room", None, "")
            await run_in_threadpool(self._room_store.record, [event])
            return
        async with live.lock:
            effects = close_room(live.room, actor)
            log.info("room closed room=%s told=%d", room_id, len(effects))
            self.deliver(effects)
            await self.settle(live)
            self._rooms.pop(room_id, None)  # loaded again from the database (closed) if asked for

    def peek(self, room_id: str) -> LiveRoom | None:
        return self._rooms.get(room_id)

    def deliver(self, effects: Effects) -> None:
        for conn_id, message in effects:
            conn = self.connections.get(conn_id)
            if conn is not None:
                conn.send(message)

    async def settle(self, live: LiveRoom) -> None:
        """After a change (call under the room's lock): send the new room views, store audit entries."""
        self.deliver(settle(live.room))
        events: list[AuditEvent] = live.room.audit
        live.room.audit = []
        if events:
            await run_in_threadpool(self._room_store.record, events)

    async def attach(self, conn: Connection) -> None:
        """Register an authenticated connection and hand it the user's memberships, if any.

        A call membership moves only to a resumed connection (``hello`` with ``resume``: the same
        app within the grace time); a fresh start gets its lobby places back, never a call.
        """
        assert conn.user is not None
        user = conn.user
        self.connections[conn.id] = conn
        watched, until = self._watches.pop(user.user_id, (set(), 0.0))
        for room_id, live in list(self._rooms.items()):
            async with live.lock:
                if live.room.closed:
                    continue
                if live.room.member_of(user.user_id) is not None:
                    log.info("rebind room=%s conn=%s", room_id, conn.id)
                    self.deliver(live.room.rebind(user.user_id, conn.id, conn.resumed))
                if room_id in watched and time.monotonic() < until and live.room.is_host(user.user_id):
                    self.deliver(live.room.watch(user, conn.id))
                await self.settle(live)

    async def detach(self, conn: Connection) -> None:
        """The connection is gone: keep its memberships for the grace time, then treat as leave."""
        if self.connections.pop(conn.id, None) is None or conn.user is None:
            return
        user_id = conn.user.user_id
        grace = self._settings.reconnect_grace_s
        for room_id, live in list(self._rooms.items()):
            async with live.lock:
                was_watching = conn.id in live.room.watchers
                detached = live.room.detach(conn.id)
                await self.settle(live)
            if was_watching:
                rooms, _ = self._watches.get(user_id, (set(), 0.0))
                self._watches[user_id] = (rooms | {room_id}, time.monotonic() + grace)
            for member_user, seq in detached:
                log.info("detached room=%s conn=%s grace=%ss", room_id, conn.id, grace)
                self._expire_later(live, member_user, seq)

    def _expire_later(self, live: LiveRoom, user_id: str, seq: int) -> None:
        async def expire() -> None:
            await asyncio.sleep(self._settings.reconnect_grace_s)
            try:
                async with live.lock:
                    before = live.room.member_of(user_id)
                    effects = live.room.expire(user_id, seq)
                    if before is not None and live.room.member_of(user_id) is None:
                        log.info("grace expired, left room=%s", live.room.room_id)
                    self.deliver(effects)
                    await self.settle(live)
            except Exception as exc:
                log.error("grace timer failed room=%s error=%s", live.room.room_id, type(exc).__name__)
                log.debug("grace timer traceback", exc_info=True)

        task = asyncio.create_task(expire())
        self._timers.add(task)
        task.add_done_callback(self._timers.discard)

    async def close(self) -> None:
        """Stop the grace timers (service shutdown)."""
        for task in list(self._timers):
            task.cancel()
        if self._timers:
            await asyncio.gather(*self._timers, return_exceptions=True)
        self._timers.clear()

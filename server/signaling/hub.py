"""The connection registry and the live rooms: delivery, per-room locking, storage and reconnect grace.

A room's state has one owner: the ``LiveRoom`` held here, changed only inside ``Hub.locked`` (one
change at a time per room). When the block ends the new views are sent and the room's lasting state
(``server/rooms/snapshot.py``) is stored before the lock is released, so a restart finds every
lobby place, call seat, host role, lock, ban and PIN counter as it was. A room nobody is in,
watches or has open is dropped from memory and loaded again from the database when asked for.

With several instances (``server.signaling.cluster.RedisCluster``, decision 0016) the block also holds the
room's lock in Redis, reloads the room from the database first when another instance changed it
since, and hands messages for connections held elsewhere to Redis before the lock is released,
with a notice that the room changed, for every other instance (its Janus sessions follow the room).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from starlette.concurrency import run_in_threadpool

from app.core.protocol import ServerMessage, UserInfo, decode_server, encode
from server.edge.outage import is_outage
from server.network.turn import TurnCredentials
from server.rooms.audit_event import AuditEvent
from server.rooms.closing import close_room
from server.rooms.room import Effects, Room
from server.rooms.snapshot import guardian_user_ids, member_user_ids, nearby_user_ids, restore, snapshot
from server.rooms.view import settle
from server.settings import ServiceSettings
from server.sfu.choice import media_of
from server.sfu.manager import SfuManager
from server.signaling.cluster import Cluster, LocalCluster
from server.signaling.connection import Connection, owner
from server.store import Repository
from server.store.live_rooms import LiveRooms
from server.store.live_rooms import encode as encode_state
from server.store.room_store import RoomStore

log = logging.getLogger(__name__)

GuardianName = Callable[[str], Awaitable[str | None]]
# The messages of the change under way in this task's ``Hub.locked`` block, sent once it is stored.
_HELD: ContextVar[list[tuple[str, ServerMessage]] | None] = ContextVar("held", default=None)
OUTAGE_RETRY_S = 1.0  # a disconnect or grace expiry that met an outage is tried again this often


@dataclass(slots=True)
class LiveRoom:
    """A room's state, the lock that serialises every change to it, and what was last stored."""

    room: Room
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    saved: str = ""  # the stored snapshot's text: an unchanged room is not written again
    retired: bool = False  # dropped from memory; whoever waited for its lock loads it anew
    version: int = 0  # the room's version in the cluster when this copy was loaded or stored


def _log_failure(task: asyncio.Task[object]) -> None:
    if not task.cancelled() and (exc := task.exception()) is not None:
        log.warning("background work failed error=%s", type(exc).__name__)


class Hub:
    """Owns the live connections and rooms of one service instance (one event loop)."""

    def __init__(
        self,
        settings: ServiceSettings,
        repo: Repository,
        room_store: RoomStore,
        guardian_name: GuardianName | None = None,
        cluster: Cluster | None = None,
        media: SfuManager | None = None,
    ) -> None:
        self._settings = settings
        self._repo = repo
        self._room_store = room_store
        self._stored = LiveRooms(repo)
        self._guardian_name = guardian_name
        self._cluster: Cluster = cluster if cluster is not None else LocalCluster()
        self.media = media  # the media server side (issue 14); None without Janus
        if media is not None:
            media.bind(self)
            self._cluster.on_changed = media.noticed  # Janus sessions held here follow the room
        self.connections: dict[str, Connection] = {}
        self._rooms: dict[str, LiveRoom] = {}
        self._timers: set[asyncio.Task[object]] = set()
        self._expiring: set[tuple[str, str, int]] = set()  # (room, user, detach seq) timed here
        # user id → (room ids they watched, until when) so a reconnect restores the subscription
        self._watches: dict[str, tuple[set[str], float]] = {}
        # connection id → the rooms it acted in (a superset of where it is bound): what detach visits
        self._conn_rooms: dict[str, set[str]] = {}

    async def start(self) -> None:
        """Load every room someone has a place in: each member gets the grace time from now.

        With other instances, only those not connected anywhere (for instance through an instance
        that stopped) get it: a grace timer runs for them here."""
        for room_id in await run_in_threadpool(self._stored.occupied):
            await self.live_room(room_id)
        if self._rooms:
            log.info("restored rooms=%d", len(self._rooms))

    async def _load(self, room_id: str) -> tuple[Room, list[tuple[str, int]], str] | None:
        """A stored room with its lasting state, every member detached (with other instances: as
        connected there); ``None`` if no such room."""
        record = await run_in_threadpool(self._repo.room, room_id)
        if record is None:
            return None
        config = await run_in_threadpool(self._room_store.config, room_id)
        turn = TurnCredentials.from_settings(self._settings)
        ice_for = turn.ice_servers if turn.enabled else None
        room = Room(
            record.room_id,
            record.owner_user_id,
            self._settings.ice_servers,
            ice_for=ice_for,
            config=config,
            media=media_of(config.room_type, self._settings.sfu_rooms),
        )
        if record.closed:
            room.mark_closed()
        data = await run_in_threadpool(self._stored.load, room_id)
        if data is None or room.closed:
            return room, [], ""
        users: dict[str, UserInfo] = {}
        for user_id in [*member_user_ids(data), *nearby_user_ids(data)]:
            person = await run_in_threadpool(self._repo.user, user_id)
            if person is not None:
                users[user_id] = person.info()
        guardians: dict[str, str | None] = {}
        if self._guardian_name is not None:
            for user_id in guardian_user_ids(data):
                guardians[user_id] = await self._guardian_name(user_id)
        detached = restore(room, data, users, guardians, keep_conns=self._cluster.shared)
        return room, detached, encode_state(data)

    async def live_room(self, room_id: str) -> LiveRoom | None:
        """The live state of a stored room (loaded on first use), or ``None`` if it does not exist."""
        live = self._rooms.get(room_id)
        if live is not None:
            return live
        version = await self._cluster.version(room_id)  # before reading: a later change is noticed
        loaded = await self._load(room_id)
        if loaded is None:
            return None
        live = self._rooms.get(room_id)  # another task loaded it while we waited: one lock
        if live is not None:
            return live
        room, detached, saved = loaded
        live = self._rooms[room_id] = LiveRoom(room, saved=saved, version=version)
        for user_id, seq in detached:
            self._expire_later(room_id, user_id, seq)
        return live

    async def view(self, room_id: str) -> Room | None:
        """A room to read (counts, who waits, who is host), loaded or not; never change it."""
        live = self._rooms.get(room_id)
        if live is not None and (
            not self._cluster.shared or live.version == await self._cluster.version(room_id)
        ):
            return live.room
        loaded = await self._load(room_id)
        return None if loaded is None else loaded[0]

    @asynccontextmanager
    async def locked(self, room_id: str, conn_id: str | None = None) -> AsyncIterator[LiveRoom | None]:
        """The room under its lock (``None``: no such room); the views and storage follow the block.

        ``conn_id``: the connection acting in it, remembered so its disconnect visits this room.
        """
        track = False
        if conn_id is not None and conn_id in self.connections:
            rooms = self._conn_rooms.setdefault(conn_id, set())
            track = room_id not in rooms
            rooms.add(room_id)
        while True:
            live = await self.live_room(room_id)
            if live is None:
                yield None
                return
            async with live.lock:
                if live.retired:
                    continue
                async with self._cluster.room_lock(room_id):
                    if track:
                        await self._cluster.track(room_id)
                    if not await self._refresh(live):
                        yield None
                        return
                    held: list[tuple[str, ServerMessage]] = []
                    token = _HELD.set(held)
                    try:
                        yield live
                        await self.settle(live)
                    except BaseException:
                        if self._cluster.shared:  # not stored: forget the change, reload the stored room
                            self._retire(live)
                        raise
                    finally:
                        _HELD.reset(token)
                    self.deliver(held)  # only what was stored is told
                    await self._cluster.flush()
                return

    async def _refresh(self, live: LiveRoom) -> bool:
        """Under the room's lock: reload it if another instance changed it since (``False``: gone)."""
        version = await self._cluster.version(live.room.room_id)
        if version == live.version:
            return True
        loaded = await self._load(live.room.room_id)
        if loaded is None:
            return False
        live.room, detached, live.saved = loaded
        live.version = version
        for user_id, seq in detached:  # disconnected at another instance, which may have stopped
            self._expire_later(live.room.room_id, user_id, seq)
        return True

    @property
    def instance(self) -> str:
        """This instance's id in the cluster ("" alone), named in its connections' ids."""
        return self._cluster.instance

    async def take_over(self, dead: str, rooms: list[str]) -> None:
        """Instance ``dead`` is gone: its connections in ``rooms`` (and in every room someone has a
        place in) count as dropped, so the reconnect grace runs for their people here."""
        occupied = await run_in_threadpool(self._stored.occupied)
        dropped = 0
        for room_id in sorted(set(rooms) | set(occupied)):
            async with self.locked(room_id) as live:
                if live is None:
                    continue
                room = live.room
                conns = room.connections()
                detached: list[tuple[str, int]] = []
                for conn_id in sorted(c for c in conns if owner(c) == dead):
                    detached += room.detach(conn_id)
                    dropped += 1
            for user_id, seq in detached:
                self._expire_later(room_id, user_id, seq)
        log.warning("took over instance=%s connections=%d", dead, dropped)

    async def bind_again(self) -> None:
        """This instance was taken for dead: bind its connections to their places again."""
        for conn in list(self.connections.values()):
            if conn.user is None:
                continue
            for room_id in sorted(self._conn_rooms.get(conn.id, set())):
                async with self.locked(room_id) as live:
                    if live is not None and live.room.member_of(conn.user.user_id) is not None:
                        self.deliver(live.room.rebind(conn.user.user_id, conn.id, True))

    def redis_lost(self, back: bool) -> None:
        """Redis was lost (and may come back empty): reload each room before its next change; once
        back, tell this instance's connections their rooms as they are (messages were missed)."""
        for live in self._rooms.values():
            live.version = -1
        if back:
            self.later(self.resync())
            if self.media is not None:  # changes announced meanwhile were missed: Janus follows them now
                self.media.recheck()

    async def resync(self) -> None:
        """Send each connection held here the queue, lobby place and call view of its rooms."""
        here = set(self.connections)
        rooms = {room_id for conn_id in here for room_id in self._conn_rooms.get(conn_id, ())}
        for room_id in sorted(rooms):
            try:
                async with self.locked(room_id) as live:
                    if live is None:
                        continue
                    room = live.room
                    effects = [(conn, queue) for conn, queue in room.to_watchers() if conn in here]
                    for member in room.lobby.values():
                        if member.conn in here:
                            effects += room.lobby_message(member)
                    room.resend_states()  # settle sends every call member's view again
                    self.deliver(effects)
            except Exception as exc:
                log.warning("resync failed room=%s error=%s", room_id, type(exc).__name__)

    async def close_room(self, room_id: str, actor: UserInfo) -> None:
        """The owner closed the room (already marked in the database): tell everyone in it, forget it."""
        live = self._rooms.get(room_id)
        if live is None and not self._cluster.shared:  # nobody is in it: only the audit entry
            event = AuditEvent.of(room_id, time.time(), actor, "close_room", None, "")
            await run_in_threadpool(self._room_store.record, [event])
            return
        async with self.locked(room_id) as live:
            if live is None:
                return
            effects = close_room(live.room, actor)
            log.info("room closed room=%s told=%d", room_id, len(effects))
            self.deliver(effects)
            self._retire(live)  # loaded again from the database (closed) if asked for

    def loaded_rooms(self) -> list[str]:
        """The rooms whose state is in memory now (someone is in, watches or has open each)."""
        return sorted(self._rooms)

    def loaded(self, room_id: str) -> LiveRoom | None:
        """The room's live state if it is in memory now; never loads it (for metrics and timing)."""
        return self._rooms.get(room_id)

    def loaded_live(self) -> list[LiveRoom]:
        """Every room in memory now (for metrics); read only."""
        return list(self._rooms.values())

    def deliver(self, effects: Effects) -> None:
        """Send each message to its connection: here, or through the cluster to where it is held.

        Inside ``locked`` the messages wait until the room's change is stored (a change the database
        did not take is told to nobody)."""
        held = _HELD.get()
        if held is not None:
            held.extend(effects)
            return
        for conn_id, message in effects:
            conn = self.connections.get(conn_id)
            if conn is not None:
                conn.send(message)
            elif self._cluster.shared:
                self._cluster.publish(conn_id, encode(message))

    def deliver_here(self, conn_id: str, text: str) -> None:
        """A message another instance published: sent if the connection is held here."""
        conn = self.connections.get(conn_id)
        if conn is not None:
            conn.send(decode_server(text))

    async def settle(self, live: LiveRoom) -> None:
        """After a change (under the room's lock): send the new views, store audit entries and the
        room's lasting state; drop an idle room from memory."""
        room = live.room
        self.deliver(settle(room))
        if self.media is not None:
            self.deliver(await self.media.sync(room))
        events = room.drain_audit()
        if events:
            await run_in_threadpool(self._room_store.record, events)
        state = snapshot(room, with_conns=self._cluster.shared)
        text = encode_state(state)
        if text != live.saved:
            await run_in_threadpool(self._stored.save, room.room_id, text, member_user_ids(state))
            live.saved = text
            live.version = await self._cluster.bump(room.room_id)
        if room.idle():
            self._retire(live)

    def _retire(self, live: LiveRoom) -> None:
        live.retired = True
        if self._rooms.get(live.room.room_id) is live:
            del self._rooms[live.room.room_id]

    async def attach(self, conn: Connection) -> None:
        """Register an authenticated connection and hand it the user's memberships, if any.

        A call membership moves only to a resumed connection (``hello`` with ``resume``: the same
        app within the grace time); a fresh start gets its lobby places back, never a call. Only
        the rooms this person has a place in or watched are visited, and at disconnect only the rooms
        the connection acted in.
        """
        assert conn.user is not None
        user = conn.user
        self.connections[conn.id] = conn
        watched, until = self._watches.pop(user.user_id, (set(), 0.0))
        if time.monotonic() >= until:
            watched = set()
        member_of = await run_in_threadpool(self._stored.rooms_of, user.user_id)
        for room_id in sorted(set(member_of) | watched):
            async with self.locked(room_id, conn.id) as live:
                if live is None or live.room.closed:
                    continue
                if live.room.member_of(user.user_id) is not None:
                    log.info("rebind room=%s conn=%s", room_id, conn.id)
                    self.deliver(live.room.rebind(user.user_id, conn.id, conn.resumed))
                if room_id in watched and live.room.is_host(user.user_id):
                    self.deliver(live.room.watch(user, conn.id))

    async def detach(self, conn: Connection) -> None:
        """The connection is gone: keep its memberships for the grace time, then treat as leave.

        Never raises: a room the database or Redis could not be reached for is visited again every
        ``OUTAGE_RETRY_S`` until it can, so nobody stays listed as connected through a dead socket."""
        if self.connections.pop(conn.id, None) is None or conn.user is None:
            return
        rooms = sorted(self._conn_rooms.pop(conn.id, set()))
        await self.detach_rooms(conn.id, conn.user.user_id, rooms)

    async def detach_rooms(self, conn_id: str, user_id: str, rooms: list[str]) -> None:
        """Treat connection ``conn_id`` (of ``user_id``) as gone from ``rooms``; retried over an outage."""
        grace = self._settings.reconnect_grace_s
        left: list[str] = []
        for room_id in rooms:
            try:
                async with self.locked(room_id) as live:
                    if live is None:
                        continue
                    was_watching = conn_id in live.room.watchers
                    detached = live.room.detach(conn_id)
            except Exception as exc:
                if not is_outage(exc):
                    log.error("detach failed room=%s error=%s", room_id, type(exc).__name__)
                    continue
                left.append(room_id)
                continue
            if was_watching:
                now = time.monotonic()
                for gone in [u for u, (_, until) in self._watches.items() if until <= now]:
                    del self._watches[gone]  # their grace ran out: they come back to no queue window
                watched, _ = self._watches.get(user_id, (set(), 0.0))
                self._watches[user_id] = (watched | {room_id}, now + grace)
            for member_user, seq in detached:
                log.info("detached room=%s conn=%s grace=%ss", room_id, conn_id, grace)
                self._expire_later(room_id, member_user, seq)
        if left:
            log.warning("detach waits for the database or Redis conn=%s rooms=%d", conn_id, len(left))
            self.later(self._detach_again(conn_id, user_id, left))

    async def _detach_again(self, conn_id: str, user_id: str, rooms: list[str]) -> None:
        await asyncio.sleep(OUTAGE_RETRY_S)
        await self.detach_rooms(conn_id, user_id, rooms)

    def later(self, work: Coroutine[Any, Any, object]) -> None:
        """Run ``work`` as a task this hub owns (cancelled at ``close``; a failure is logged)."""
        task = asyncio.create_task(work)
        self._timers.add(task)
        task.add_done_callback(self._timers.discard)
        task.add_done_callback(_log_failure)

    def _expire_later(self, room_id: str, user_id: str, seq: int) -> None:
        key = (room_id, user_id, seq)
        if key in self._expiring:
            return
        self._expiring.add(key)

        async def expire() -> None:
            await asyncio.sleep(self._settings.reconnect_grace_s)
            try:
                while True:
                    try:
                        async with self.locked(room_id) as live:
                            if live is None:
                                return
                            before = live.room.member_of(user_id)
                            effects = live.room.expire(user_id, seq)
                            if before is not None and live.room.member_of(user_id) is None:
                                log.info("grace expired, left room=%s", room_id)
                            self.deliver(effects)
                        return
                    except Exception as exc:
                        if not is_outage(exc):
                            raise
                        log.warning("grace expiry waits for the database or Redis room=%s", room_id)
                        await asyncio.sleep(OUTAGE_RETRY_S)
            except Exception as exc:
                log.error("grace timer failed room=%s error=%s", room_id, type(exc).__name__)
                log.debug("grace timer traceback", exc_info=True)
            finally:
                self._expiring.discard(key)

        self.later(expire())

    async def close(self) -> None:
        """Stop the grace timers (service shutdown)."""
        for task in list(self._timers):
            task.cancel()
        if self._timers:
            await asyncio.gather(*self._timers, return_exceptions=True)
        self._timers.clear()

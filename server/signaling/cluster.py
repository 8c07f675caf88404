"""Instances of one deployment, coordinated through Redis (decision 0016).

What the hub needs from the other instances, and nothing else:

- **a room lock across instances** (``room_lock``): held around every change to a room, with a
  lease so an instance that dies holding it blocks the room for at most ``LOCK_LEASE_S``;
- **the room's version** (``version``, ``bump``): a counter raised after each stored change, so an
  instance whose copy in memory is older reloads it from the database before changing it;
- **messages for connections another instance holds** (``publish``, ``flush``): one Pub/Sub
  channel; every instance hands on those meant for its own connections, in the order published;
- **a notice of every stored change of a room** (``bump`` queues it, ``flush`` publishes it in the
  same round trip as the messages): every other instance hears of it (``on_changed``), whether or
  not it holds a connection of the room, so one that holds Janus sessions of the room makes Janus
  follow it (``server.sfu.manager``). Only a service with media servers sends and hears these.

``LocalCluster`` is the single process (dev, demo, SQLite): no Redis, nothing shared, no cost.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import redis
import redis.asyncio as aredis

from server.signaling.instances import rooms_key

log = logging.getLogger(__name__)

CHANNEL = "samtale:deliver"
REVOKED = "samtale:revoked"  # a login revoked at one instance: every instance closes its sockets
CHANGED = "samtale:room_changed"  # "<instance> <room id>": a room's stored state changed there
LOCK_LEASE_S = 10.0  # an instance that dies holding a room's lock frees it after this long
LOCK_WAIT_S = 15.0  # a change waits this long for the room, then fails (service_unavailable)
REDIS_TIMEOUT_S = 2.0  # a Redis that does not answer fails the request instead of holding the room
POOL_WAIT_S = 5.0  # a command waits this long for a free pooled connection, then fails (overload)
Deliver = Callable[[str, str], None]  # (connection id, encoded server message)
Revoked = Callable[[str], None]  # a refresh family revoked at another instance
Changed = Callable[[str], None]  # a room changed at another instance (its id)


class LocalCluster:
    """One process: its own locks suffice and every connection is its own."""

    shared = False
    instance = ""
    on_changed: Changed | None = None  # never called: no other instance

    async def track(self, room_id: str) -> None:
        return None

    async def start(self, deliver: Deliver, revoked: Revoked) -> None:
        return None

    def announce_revoked(self, family: str) -> None:
        return None

    @asynccontextmanager
    async def room_lock(self, room_id: str) -> AsyncIterator[None]:
        yield

    async def version(self, room_id: str) -> int:
        return 0

    async def bump(self, room_id: str) -> int:
        return 0

    def publish(self, conn_id: str, text: str) -> None:
        log.debug("no connection conn=%s", conn_id)

    async def flush(self) -> None:
        return None

    async def close(self) -> None:
        return None


class RedisCluster:
    """Several instances on one database, sharing rooms through Redis at ``url``."""

    shared = True

    def __init__(
        self,
        url: str,
        *,
        max_connections: int = 50,
        announce_changes: bool = True,
        connection_class: type[aredis.Connection] = aredis.Connection,
    ) -> None:
        self._url = url
        # Whether other instances hear of each room change: only Janus sessions follow it
        # (``server.sfu.manager``), so a service without media servers neither sends nor listens.
        self._announce = announce_changes
        self.instance = secrets.token_hex(4)  # this run of this instance (``server.signaling.instances``)
        self.on_changed: Changed | None = None  # set by the hub
        self._changed: list[str] = []  # rooms changed here since the last flush
        # A bounded pool that waits for a free connection: a burst of room changes queues here
        # instead of failing as if Redis were away (redis-py's default pool refuses command 101).
        self._pool = aredis.BlockingConnectionPool.from_url(
            url,
            connection_class=connection_class,
            max_connections=max_connections,
            timeout=POOL_WAIT_S,
            socket_timeout=REDIS_TIMEOUT_S,
            socket_connect_timeout=REDIS_TIMEOUT_S,
        )
        self._redis = aredis.Redis(connection_pool=self._pool)
        # Pub/Sub waits for messages as long as there are none: its own connection, no read timeout.
        self._sub = aredis.Redis.from_url(
            url, socket_connect_timeout=REDIS_TIMEOUT_S, health_check_interval=10
        )
        self._outbox: list[tuple[str, str]] = []
        self._announcing: set[asyncio.Task[None]] = set()
        self._listener: asyncio.Task[None] | None = None
        self._pubsub: aredis.client.PubSub | None = None
        # Called when the connection to Redis was lost (False) and when it is back (True): room
        # versions may have restarted and messages were missed, so nothing known from Redis holds.
        self.on_lost: Callable[[bool], None] | None = None

    def _lost(self, back: bool) -> None:
        if self.on_lost is not None:
            try:
                self.on_lost(back)
            except Exception as exc:
                log.error("on_lost failed error=%s", type(exc).__name__)

    async def start(self, deliver: Deliver, revoked: Revoked) -> None:
        """Subscribe before serving, so no message for this instance's connections is missed."""
        self._pubsub = self._sub.pubsub(ignore_subscribe_messages=True)
        await self._pubsub.subscribe(*self._channels)
        self._listener = asyncio.create_task(self._listen(deliver, revoked), name="cluster-listener")

    async def _listen(self, deliver: Deliver, revoked: Revoked) -> None:
        assert self._pubsub is not None
        while True:
            try:
                async for message in self._pubsub.listen():
                    if message["channel"] == REVOKED.encode():
                        revoked(message["data"].decode())
                        continue
                    if message["channel"] == CHANGED.encode():
                        self._heard_change(message["data"].decode())
                        continue
                    for conn_id, text in json.loads(message["data"]):
                        deliver(conn_id, text)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # Redis went away: resubscribe when it is back
                log.warning("cluster listener error=%s", type(exc).__name__)
                self._lost(False)
                await asyncio.sleep(0.5)
                with contextlib.suppress(Exception):
                    await self._pubsub.subscribe(*self._channels)
                    log.info("cluster listener back")
                    self._lost(True)  # what was published meanwhile is missed: trust nothing kept

    @property
    def _channels(self) -> list[str]:
        return [CHANNEL, REVOKED, CHANGED] if self._announce else [CHANNEL, REVOKED]

    def _heard_change(self, data: str) -> None:
        sender, _, room_id = data.partition(" ")
        if sender != self.instance and room_id and self.on_changed is not None:
            self.on_changed(room_id)

    @asynccontextmanager
    async def room_lock(self, room_id: str) -> AsyncIterator[None]:
        lock = self._redis.lock(
            f"samtale:room:{room_id}:lock", timeout=LOCK_LEASE_S, sleep=0.005, blocking_timeout=LOCK_WAIT_S
        )
        if not await lock.acquire():
            raise TimeoutError(f"room lock not acquired within {LOCK_WAIT_S} s")
        try:
            yield
        finally:
            with contextlib.suppress(redis.exceptions.LockError):  # the lease ran out: nothing to free
                await lock.release()

    @property
    def client(self) -> aredis.Redis:
        """The connection pool, for what else is kept in Redis (``server.edge.shared_limits``)."""
        return self._redis

    async def track(self, room_id: str) -> None:
        """A connection held here acts in ``room_id``: where the others look should this one die."""
        await self._redis.sadd(rooms_key(self.instance), room_id)

    async def version(self, room_id: str) -> int:
        value = await self._redis.get(f"samtale:room:{room_id}:version")
        return int(value) if value is not None else 0

    async def bump(self, room_id: str) -> int:
        """The room's stored state changed: a new version, and a notice to every other instance
        (published by ``flush``, after the messages the change caused)."""
        version = int(await self._redis.incr(f"samtale:room:{room_id}:version"))
        if self._announce and room_id not in self._changed:
            self._changed.append(room_id)
        return version

    def publish(self, conn_id: str, text: str) -> None:
        """Queue a message for a connection held elsewhere; ``flush`` sends the queue in order."""
        self._outbox.append((conn_id, text))

    async def flush(self) -> None:
        """Publish what was queued (before the room's lock is released, so order holds): the
        messages, then the change notices, in one round trip."""
        batch, self._outbox = self._outbox, []
        changed, self._changed = self._changed, []
        if not self._announce:
            changed = []
        if not batch and not changed:
            return
        async with self._redis.pipeline(transaction=False) as pipe:
            if batch:
                pipe.publish(CHANNEL, json.dumps(batch, separators=(",", ":")))
            for room_id in changed:
                pipe.publish(CHANGED, f"{self.instance} {room_id}")
            await pipe.execute()

    def announce_revoked(self, family: str) -> None:
        """Tell every other instance a login was revoked here (they close its sockets too)."""

        async def publish() -> None:
            try:
                await self._redis.publish(REVOKED, family)
            except Exception as exc:
                log.warning("revocation not announced error=%s", type(exc).__name__)

        task = asyncio.create_task(publish())
        self._announcing.add(task)
        task.add_done_callback(self._announcing.discard)

    def check(self) -> None:
        """Blocking readiness check: Redis answers a PING."""
        with redis.Redis.from_url(self._url, socket_timeout=2, socket_connect_timeout=2) as client:
            client.ping()

    async def close(self) -> None:
        if self._announcing:
            await asyncio.gather(*self._announcing, return_exceptions=True)
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listener
            self._listener = None
        if self._pubsub is not None:
            with contextlib.suppress(Exception):
                await self._pubsub.aclose()  # type: ignore[no-untyped-call]
            self._pubsub = None
        await self._redis.aclose()
        await self._pool.disconnect()  # a pool handed in is not closed with its client
        await self._sub.aclose()


Cluster = LocalCluster | RedisCluster

"""Which instances of a deployment are alive: a heartbeat per instance in Redis, with a lease.

Every ``BEAT_S`` each instance renews its key (``samtale:instance:<id>``, expiring after
``LEASE_S``) and lists itself in ``samtale:instances``. An instance whose key has been missing for
``SUSPECT_S`` more (its lease ran out: it was killed, or it hangs) is dead: one survivor claims it
and ``on_dead`` (given the rooms its connections acted in) treats its connections as dropped; the
reconnect grace then runs as for any other drop. An instance that stopped cleanly deletes its key,
so it is taken over at once.

A live instance that was only slow, or cut off from Redis, and was taken for dead finds the mark
the survivor left (``on_taken_over``) and binds its connections again. A Redis that restarted empty
knows no instance: nobody is taken for dead, and each lists itself again at its next beat. An
instance that died meanwhile cannot: the survivors remember whom they saw listed before Redis was
lost and judge those too, so its connections are taken over as any dead instance's.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import redis.asyncio as aredis

log = logging.getLogger(__name__)

BEAT_S = 0.5
LEASE_S = 2.0  # a heartbeat key lives this long without renewal
SUSPECT_S = 1.5  # ...and is missing this much longer before its instance is taken for dead
CLAIM_S = 60  # a survivor taking over a dead instance holds the claim this long (then another may)
MEMBERS = "samtale:instances"


def key(instance: str) -> str:
    return f"samtale:instance:{instance}"


def rooms_key(instance: str) -> str:
    """The rooms an instance's connections acted in (where a takeover looks)."""
    return f"samtale:instance:{instance}:rooms"


def _taken_key(instance: str) -> str:
    return f"samtale:instance:{instance}:taken"


class Heartbeat:
    """Owns the beat task of one instance; ``close()`` stops it and says goodbye (idempotent)."""

    def __init__(
        self,
        client: aredis.Redis,
        instance: str,
        on_dead: Callable[[str, list[str]], Awaitable[None]],
        on_taken_over: Callable[[], Coroutine[Any, Any, None]],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._redis = client
        self.instance = instance
        self._on_dead = on_dead
        self._on_taken_over = on_taken_over
        self._clock = clock
        self._missing: dict[str, float] = {}  # another instance → since when its key was missed
        self._healthy_since: float | None = None  # beats succeeded without a break since then
        self._seen: set[str] = set()  # the others listed at the last beat that reached Redis
        # the others seen before Redis was lost, which a Redis that restarted empty no longer lists:
        # judged until their lease is back (alive) or they are taken over
        self._remembered: set[str] = set()
        self._task: asyncio.Task[None] | None = None
        # a dead instance → its takeover under way (this one's own id: binding its connections again)
        self._taking: dict[str, asyncio.Task[None]] = {}
        self._closed = False

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="heartbeat")

    async def _run(self) -> None:
        while True:
            try:
                await self.beat()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self._healthy_since = None
                self._missing.clear()  # what was seen before the break does not count after it
                self._remembered |= self._seen
                log.warning("heartbeat failed error=%s", type(exc).__name__)
            await asyncio.sleep(BEAT_S)

    async def beat(self) -> None:
        """Renew this instance's lease; look for instances whose lease ran out and take them over."""
        me = self.instance
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.set(key(me), "1", px=int(LEASE_S * 1000))
            pipe.sadd(MEMBERS, me)
            pipe.getdel(_taken_key(me))
            pipe.smembers(MEMBERS)
            _, _, taken, members = await pipe.execute()
        now = self._clock()
        if self._healthy_since is None:
            self._healthy_since = now
        if taken is not None:
            log.warning("this instance was taken for dead: binding its connections again")
            if me not in self._taking:  # in its own task too: the beat goes on meanwhile
                task = asyncio.create_task(self._on_taken_over(), name="bind-again")
                self._taking[me] = task
                task.add_done_callback(functools.partial(self._taken, me))
        others = sorted({m.decode() for m in members if m.decode() != me} | self._remembered)
        self._seen = set(others)
        if not others:
            self._missing.clear()
            return
        async with self._redis.pipeline(transaction=False) as pipe:
            for other in others:
                pipe.exists(key(other))
            alive = await pipe.execute()
        for other, present in zip(others, alive, strict=True):
            if present:
                self._missing.pop(other, None)
                self._remembered.discard(other)  # alive: it lists itself again
                continue
            since = self._missing.setdefault(other, now)
            # Only a survivor that itself beat all along judges: after a Redis pause every lease ran
            # out at once, and the others renew theirs within a beat.
            if now - since >= SUSPECT_S and self._healthy_since <= since and other not in self._taking:
                # Its own task: a takeover of many rooms must not hold up this instance's own beat.
                task = asyncio.create_task(self._take_over(other), name="takeover")
                self._taking[other] = task
                task.add_done_callback(functools.partial(self._taken, other))

    def _taken(self, dead: str, task: asyncio.Task[None]) -> None:
        self._taking.pop(dead, None)
        if not task.cancelled() and (exc := task.exception()) is not None:
            log.warning("takeover of instance %s failed error=%s", dead, type(exc).__name__)

    async def _take_over(self, dead: str) -> None:
        claimed = await self._redis.set(f"{key(dead)}:claim", self.instance, nx=True, ex=CLAIM_S)
        if not claimed:
            self._remembered.discard(dead)
            return  # another survivor is on it
        log.warning("instance %s is gone: its connections count as dropped", dead)
        await self._redis.set(_taken_key(dead), "1", ex=3600)
        stored = await self._redis.smembers(rooms_key(dead))
        rooms = sorted(r.decode() if isinstance(r, bytes) else str(r) for r in stored)
        await self._on_dead(dead, rooms)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.srem(MEMBERS, dead)
            pipe.delete(rooms_key(dead))
            await pipe.execute()
        self._missing.pop(dead, None)
        self._remembered.discard(dead)

    async def close(self) -> None:
        """Stop beating and give the lease up, so the others take over at once."""
        if self._closed:
            return
        self._closed = True
        tasks = [t for t in [self._task, *self._taking.values()] if t is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._task = None
        with contextlib.suppress(Exception):
            await self._redis.delete(key(self.instance))

"""One Janus instance as the service sees it: its connection, the service's admin session there, and
whether it is alive. ``probe()`` is the health check (``info`` every 2 s by ``server.sfu.placement``):
an instance that has not answered for ``DEAD_AFTER_S`` is dead; one that answers again is back, with
a fresh connection (a restarted Janus has none of the old rooms or sessions).
"""

from __future__ import annotations

import contextlib
import logging
import time

from server.secret import Secret
from server.sfu.janus_client import JanusConnection, JanusError, JanusGone
from server.sfu.janus_rooms import JanusRooms

log = logging.getLogger(__name__)

PROBE_EVERY_S = 2.0
DEAD_AFTER_S = 6.0


class JanusInstance:
    """A Janus the service may place rooms on."""

    def __init__(self, url: str, api_secret: Secret | None) -> None:
        self.url = url
        self._secret = api_secret
        self.rooms: JanusRooms | None = None  # the admin session; None while disconnected
        self.alive = False
        self.last_answer = 0.0
        self.generation = 0  # counts connections: rooms made on an earlier one are gone with it

    def require(self) -> JanusRooms:
        if self.rooms is None or not self.rooms.conn.alive:
            raise JanusGone(f"not connected to {self.url}")
        return self.rooms

    async def connect(self) -> None:
        """A fresh connection and admin session (the old ones, if any, are dropped)."""
        await self._drop()
        conn = JanusConnection(self.url, self._secret)
        await conn.connect()
        rooms = JanusRooms(conn)
        try:
            await rooms.open()
        except BaseException:
            await conn.close()
            raise
        self.rooms = rooms
        self.generation += 1
        self.last_answer = time.monotonic()

    async def disconnect(self) -> None:
        """Drop the connection (Janus destroys every session made over it)."""
        await self._drop()

    async def _drop(self) -> None:
        rooms, self.rooms = self.rooms, None
        if rooms is not None:
            await rooms.conn.close()

    async def probe(self) -> bool:
        """One health check: ``info`` on the live connection, or a new connection. True if it answered."""
        try:
            if self.rooms is not None and self.rooms.conn.alive:
                await self.rooms.conn.info(wait_s=PROBE_EVERY_S)
            else:
                await self.connect()
        except (JanusGone, JanusError, OSError) as exc:
            log.debug("janus probe failed url=%s error=%s", self.url, type(exc).__name__)
            return False
        self.last_answer = time.monotonic()
        return True

    def silent_for(self) -> float:
        return time.monotonic() - self.last_answer

    async def close(self) -> None:
        self.alive = False
        with contextlib.suppress(Exception):
            await self._drop()

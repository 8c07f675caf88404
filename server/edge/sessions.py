"""Live logins: which WebSockets each refresh family (one login on one computer) has open, and which
families were revoked (logout, or a reused refresh token) while their access tokens still run.

Revoking closes the family's open WebSockets with ``invalid_token`` and makes its access tokens
invalid at once. ``revoke`` may be called from a worker thread (the refresh store runs there).
Revocations are remembered in this process for one access-token lifetime; with several instances
each one is announced over Redis (``on_revoked``, ``server.signaling.cluster``) and every other instance
revokes it too (``revoke(..., announce=False)``).
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import Error
from server.signaling.connection import CLOSE_POLICY, Connection

log = logging.getLogger(__name__)


class Sessions:
    def __init__(self, token_ttl_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl_s = token_ttl_s
        self._clock = clock
        self._lock = threading.Lock()
        self._revoked: dict[str, float] = {}  # family id -> until when to remember it
        self._open: dict[str, set[Connection]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        # Called on the event loop with each family revoked here: tells the other instances.
        self.on_revoked: Callable[[str], None] | None = None

    def bind(self) -> None:
        """At start, on the service's event loop: where revocations from worker threads are handled."""
        self._loop = asyncio.get_running_loop()

    def check(self, family: str | None) -> None:
        """Refuse an access token whose login was revoked (``invalid_token``)."""
        if family is None:
            return
        with self._lock:
            until = self._revoked.get(family)
        if until is not None and until > self._clock():
            raise ProtocolError(ErrorCode.INVALID_TOKEN, "signed out")

    def attach(self, family: str | None, conn: Connection) -> None:
        if family is None:
            return
        self._loop = asyncio.get_running_loop()
        self._open.setdefault(family, set()).add(conn)

    def detach(self, family: str | None, conn: Connection) -> None:
        conns = self._open.get(family or "")
        if conns is not None:
            conns.discard(conn)
            if not conns:
                del self._open[family or ""]

    def revoke(self, family: str, announce: bool = True) -> None:
        """From any thread: the family's tokens stop working and its WebSockets are closed.

        ``announce``: revoked here (not told by another instance), so the others are told."""
        now = self._clock()
        with self._lock:
            self._revoked = {f: t for f, t in self._revoked.items() if t > now}
            self._revoked[family] = now + self._ttl_s
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            self._revoked_here(family, announce)
        else:
            loop.call_soon_threadsafe(self._revoked_here, family, announce)

    def _revoked_here(self, family: str, announce: bool) -> None:
        self._close(family)
        if announce and self.on_revoked is not None:
            self.on_revoked(family)

    def _close(self, family: str) -> None:
        conns = self._open.pop(family, set())
        for conn in conns:
            conn.send(Error(ErrorCode.INVALID_TOKEN, None, "signed out"))
            conn.close(CLOSE_POLICY, "signed out")
        if conns:
            log.info("revoked login closed connections=%d", len(conns))

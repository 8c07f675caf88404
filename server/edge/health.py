"""Liveness and readiness: ``/v1/health`` says the process serves; ``/v1/ready`` that what it depends
on (the database; Redis once configured) answers, so a load balancer sends it new work."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from sqlalchemy import select

from server.store import Repository
from server.store.models import UserRow

log = logging.getLogger(__name__)

Check = Callable[[], None]  # blocking; raises when the dependency does not answer


def database_check(repo: Repository) -> Check:
    """Read one row of a real table (``SELECT 1`` would not notice a locked SQLite file)."""

    def check() -> None:
        with repo.transaction() as session:
            session.scalar(select(UserRow.id).limit(1))

    return check


class Readiness:
    """Runs each check in a worker thread with a time limit; a check still running from an earlier
    probe is waited for again rather than started twice (probes never pile up threads)."""

    def __init__(self, checks: dict[str, Check], timeout_s: float = 2.0) -> None:
        self._checks = checks
        self._timeout_s = timeout_s
        self._running: dict[str, asyncio.Future[None]] = {}

    async def state(self) -> dict[str, str]:
        """Each dependency's name with ``ok`` or ``down``."""
        results = await asyncio.gather(*(self._one(name) for name in self._checks))
        return dict(zip(self._checks, results, strict=True))

    async def _one(self, name: str) -> str:
        running = self._running.get(name)
        if running is None or running.done():
            running = self._running[name] = asyncio.ensure_future(asyncio.to_thread(self._checks[name]))
        try:
            async with asyncio.timeout(self._timeout_s):
                await asyncio.shield(running)
        except TimeoutError:
            log.warning("not ready dependency=%s why=timeout", name)
            return "down"
        except Exception as exc:
            log.warning("not ready dependency=%s error=%s", name, type(exc).__name__)
            return "down"
        return "ok"

    async def close(self) -> None:
        """Wait (briefly) for checks still running, so none outlives the service."""
        pending = [f for f in self._running.values() if not f.done()]
        if pending:
            await asyncio.wait(pending, timeout=self._timeout_s * 3)
        for future in pending:
            if future.done() and not future.cancelled():
                future.exception()  # retrieved: a failed check was already reported

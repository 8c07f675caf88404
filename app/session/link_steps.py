"""One step at a time per link of a media-server call, and a link that failed tried again later.

A link is named by a key ("audio", "video", or a feed's participant id). ``start(key)`` runs the
call's ``step(key, keep)`` for it in a task the call's ``TaskOwner`` owns, after the step already in
progress for that key (never two at once: the second would close what the first is making).
``retry_later(key)`` starts it again after a pause that grows with each failure in a row
(``RETRY_S`` times the failures, at most ``RETRY_MAX_S``), if the link is still ``wanted`` and
nothing is in progress for it then (the pause is waited with the ``sleep`` given, so tests need no
real time); ``succeeded(key)`` resets the count. After ``stop()`` nothing new starts;
``in_progress()`` lists the steps a closing call lets finish.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from app.session.tasks import TaskOwner

RETRY_S = 0.5  # a link that failed is made again after this pause, longer each time, up to
RETRY_MAX_S = 3.0

Step = Callable[[str, bool], Awaitable[None]]  # (key, keep): close the link, and with keep make it again


class LinkSteps:
    """Serialises the steps of each link and schedules the retries of those that failed."""

    def __init__(
        self,
        tasks: TaskOwner,
        step: Step,
        wanted: Callable[[str], bool],
        *,
        retry_s: float = RETRY_S,
        retry_max_s: float = RETRY_MAX_S,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._tasks = tasks
        self._step = step
        self._wanted = wanted
        self._retry_s = retry_s
        self._retry_max_s = retry_max_s
        self._sleep = sleep
        self._busy: dict[str, asyncio.Task[None]] = {}  # the step in progress per link key
        self._tries: dict[str, int] = {}  # failed attempts in a row per link key
        self.stopped = False

    def busy(self, key: str) -> bool:
        """Whether a step for ``key`` is in progress (or waiting for the one before it)."""
        return key in self._busy

    def in_progress(self) -> list[asyncio.Task[None]]:
        return list(self._busy.values())

    def start(self, key: str, *, keep: bool = True) -> None:
        """Close the link ``key`` (if any) and, with ``keep``, make it again; after any step in progress."""
        if self.stopped:
            return
        before = self._busy.get(key)
        self._busy[key] = self._tasks.spawn(self._run(key, before, keep), f"link-{key}")

    async def _run(self, key: str, before: asyncio.Task[None] | None, keep: bool) -> None:
        try:
            if before is not None:
                await asyncio.gather(before, return_exceptions=True)
            await self._step(key, keep)
        finally:
            if self._busy.get(key) is asyncio.current_task():
                del self._busy[key]

    def succeeded(self, key: str) -> None:
        self._tries.pop(key, None)

    def retry_later(self, key: str) -> None:
        tries = self._tries[key] = self._tries.get(key, 0) + 1

        async def later() -> None:
            await self._sleep(min(self._retry_max_s, self._retry_s * tries))
            if not self.stopped and self._wanted(key) and key not in self._busy:
                self.start(key)

        if not self.stopped:
            self._tasks.spawn(later(), f"retry-{key}")

    def stop(self) -> None:
        """The call is closing: nothing new starts (idempotent)."""
        self.stopped = True

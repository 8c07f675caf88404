"""Records session events in order and lets a test await a condition on them (no sleeps)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

from app.session.events import SessionEvent

E = TypeVar("E")


class EventRecorder:
    """An ``on_event`` sink that keeps every event and wakes waiters on each one."""

    def __init__(self) -> None:
        self.events: list[SessionEvent] = []
        self._changed = asyncio.Event()

    def __call__(self, event: SessionEvent) -> None:
        self.events.append(event)
        self._changed.set()

    def of(self, kind: type[E]) -> list[E]:
        return [e for e in self.events if isinstance(e, kind)]

    async def wait_for(
        self, kind: type[E], predicate: Callable[[E], bool] = lambda e: True, timeout: float = 15
    ) -> E:
        """The first recorded event of ``kind`` matching ``predicate`` (waiting for it if needed)."""
        async with asyncio.timeout(timeout):
            while True:
                for event in self.of(kind):
                    if predicate(event):
                        return event
                self._changed.clear()
                await self._changed.wait()


async def eventually(condition: Callable[[], bool], timeout: float = 15, what: str = "condition") -> None:
    """Poll ``condition`` every 20 ms until it holds; fail with ``what`` after ``timeout`` seconds."""
    try:
        async with asyncio.timeout(timeout):
            while not condition():
                await asyncio.sleep(0.02)
    except TimeoutError:
        raise AssertionError(f"timed out waiting for {what}") from None

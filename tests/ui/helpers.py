"""Small helpers shared by the UI tests."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, SignalInstance


async def until(condition: Callable[[], bool], limit_s: float = 5.0) -> None:
    """Let Qt and asyncio run until ``condition()`` holds; fail the test after ``limit_s``."""
    deadline = time.monotonic() + limit_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.01)


class SignalLog(QObject):
    """Records ``(name, *args)`` for every emission of the signals it is given, in order."""

    def __init__(self, **signals: SignalInstance) -> None:
        super().__init__()
        self.events: list[tuple[object, ...]] = []
        for name, signal in signals.items():
            signal.connect(lambda *args, name=name: self.events.append((name, *args)))

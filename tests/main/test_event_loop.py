"""The app's event loop batches ``call_soon`` and keeps asyncio's behaviour: order, turns, errors, threads."""

from __future__ import annotations

import asyncio
import os
import threading
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.main.event_loop import QEventLoop


def run(qapp: QApplication, coro: Any) -> Any:
    return asyncio.run(coro, loop_factory=lambda: QEventLoop(qapp))


def test_callbacks_run_in_order_and_later_ones_wait_for_the_next_turn(qapp: QApplication) -> None:
    async def main() -> list[str]:
        loop = asyncio.get_running_loop()
        seen: list[str] = []
        done = asyncio.Event()

        def first(tag: str) -> None:
            seen.append(tag)
            if tag == "a":
                loop.call_soon(seen.append, "c")  # scheduled while a batch runs: after "b"

        loop.call_soon(first, "a")
        loop.call_soon(first, "b")
        cancelled = loop.call_soon(seen.append, "never")
        cancelled.cancel()
        loop.call_soon(lambda: loop.call_soon(lambda: loop.call_soon(done.set)))
        await done.wait()
        return seen

    assert run(qapp, main()) == ["a", "b", "c"]


def test_qt_events_are_handled_between_batches(qapp: QApplication) -> None:
    """A callback that keeps scheduling itself must not starve Qt (painting, input, timers)."""

    async def main() -> int:
        loop = asyncio.get_running_loop()
        turns = 0
        fired = asyncio.Event()
        QTimer.singleShot(0, fired.set)

        def again() -> None:
            nonlocal turns
            turns += 1
            if not fired.is_set() and turns < 100_000:
                loop.call_soon(again)

        loop.call_soon(again)
        await asyncio.wait_for(fired.wait(), 5)
        return turns

    assert run(qapp, main()) < 100_000


def test_an_exception_goes_to_the_handler_and_the_batch_goes_on(qapp: QApplication) -> None:
    async def main() -> tuple[list[str], list[str]]:
        loop = asyncio.get_running_loop()
        errors: list[str] = []
        loop.set_exception_handler(lambda _loop, context: errors.append(type(context["exception"]).__name__))
        seen: list[str] = []
        done = asyncio.Event()

        def boom() -> None:
            raise ValueError("test")

        loop.call_soon(boom)
        loop.call_soon(seen.append, "after")
        loop.call_soon(done.set)
        await done.wait()
        return seen, errors

    assert run(qapp, main()) == (["after"], ["ValueError"])


def test_futures_from_threads_sockets_and_timers_complete(qapp: QApplication) -> None:
    async def main() -> tuple[int, bytes, float]:
        loop = asyncio.get_running_loop()
        from_thread = await loop.run_in_executor(None, lambda: threading.get_ident())
        server = await asyncio.start_server(_echo, "127.0.0.1", 0)
        async with server:
            reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname()[:2])
            writer.write(b"ping\n")
            line = await reader.readline()
            writer.close()
            await writer.wait_closed()
        start = loop.time()
        await asyncio.sleep(0.05)
        return from_thread, line, loop.time() - start

    thread, line, slept = run(qapp, main())
    assert thread != threading.get_ident()
    assert line == b"ping\n"
    assert slept >= 0.045


async def _echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(await reader.readline())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


def test_call_soon_after_close_raises(qapp: QApplication) -> None:
    loop = QEventLoop(qapp)
    loop.close()
    with pytest.raises(RuntimeError):
        loop.call_soon(print)

"""The service also starts where the event loop has no signal handlers (Windows' loops: the release
workflow's self-test runs the service on a Windows runner)."""

from __future__ import annotations

import asyncio

import pytest

from server.__main__ import _serve
from server.runner import READY_PREFIX, make_server
from server.settings import ServiceSettings


class WindowsLikeLoop(asyncio.SelectorEventLoop):
    def add_signal_handler(self, sig: int, callback: object, *args: object) -> None:
        raise NotImplementedError  # as ProactorEventLoop and SelectorEventLoop do on Windows


def test_the_service_serves_and_stops_without_signal_handlers(capsys: pytest.CaptureFixture[str]) -> None:
    settings = ServiceSettings(probe_enabled=False)
    server = make_server(settings)

    async def serve_then_stop() -> int:
        task = asyncio.create_task(_serve(server, settings))
        async with asyncio.timeout(30):
            while not server.started and not task.done():
                await asyncio.sleep(0.01)
            server.should_exit = True  # what the signal handler would do
            return await task

    loop = WindowsLikeLoop()
    try:
        assert loop.run_until_complete(serve_then_stop()) == 0
    finally:
        loop.close()
    assert capsys.readouterr().out.startswith(f"{READY_PREFIX} http://127.0.0.1:")

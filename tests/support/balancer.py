"""A loopback TCP load balancer for tests: new connections go round robin to the backends that
accept, as a reverse proxy in front of several service instances would; one that refuses (stopped)
is skipped. A connection stays with its backend until either side closes it."""

from __future__ import annotations

import asyncio
import contextlib


class Balancer:
    """Listens on 127.0.0.1:``port``; ``backends`` are (host, port) pairs."""

    def __init__(self, backends: list[tuple[str, int]]) -> None:
        self._backends = backends
        self._next = 0
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._pumps: set[asyncio.Task[None]] = set()
        self.port = 0
        self.chosen: list[int] = []  # the backend index of each connection, in order

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> Balancer:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def _connect(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter] | None:
        for _ in range(len(self._backends)):
            index = self._next
            self._next = (self._next + 1) % len(self._backends)
            try:
                connected = await asyncio.open_connection(*self._backends[index])
            except OSError:
                continue
            self.chosen.append(index)
            return connected
        return None

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        upstream = await self._connect()
        if upstream is None:
            writer.transport.abort()
            return
        up_reader, up_writer = upstream
        self._writers |= {writer, up_writer}
        for src, dst in ((reader, up_writer), (up_reader, writer)):
            task = asyncio.get_running_loop().create_task(self._pump(src, dst))
            self._pumps.add(task)
            task.add_done_callback(self._pumps.discard)

    async def _pump(self, src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError, OSError):
            while data := await src.read(65536):
                dst.write(data)
                await dst.drain()
        with contextlib.suppress(ConnectionError, OSError):
            dst.close()
        self._writers.discard(dst)

    async def close(self) -> None:
        for writer in list(self._writers):
            if writer.transport is not None:
                writer.transport.abort()
        self._writers.clear()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
        for task in list(self._pumps):
            task.cancel()
        await asyncio.gather(*self._pumps, return_exceptions=True)

"""A one-shot loopback redirect receiver on 127.0.0.1 with an OS-chosen port (RFC 8252, section 7.3)."""

from __future__ import annotations

import asyncio
import contextlib
from urllib.parse import parse_qs, urlsplit

CALLBACK_PATH = "/callback"
PAGE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
    b"Connection: close\r\n\r\n<!doctype html><title>Samtale</title><p>Samtale: &#10003;</p>"
)
NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"


class LoopbackRedirect:
    """Listens until one request to ``/callback`` arrives; ``close()`` may be called twice."""

    def __init__(self) -> None:
        self._server: asyncio.Server | None = None
        self._result: asyncio.Future[dict[str, str]] | None = None
        self.redirect_uri = ""

    async def start(self) -> str:
        """Bind 127.0.0.1:0 and return the redirect URI with the port the OS chose."""
        self._result = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.redirect_uri = f"http://127.0.0.1:{port}{CALLBACK_PATH}"
        return self.redirect_uri

    async def wait(self) -> dict[str, str]:
        """The callback's query parameters (each the first value); bound it with ``asyncio.timeout``."""
        assert self._result is not None, "start() first"
        return await asyncio.shield(self._result)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            line = await asyncio.wait_for(reader.readline(), 5.0)
            while (await asyncio.wait_for(reader.readline(), 5.0)) not in (b"\r\n", b"\n", b""):
                pass
            parts = line.decode("latin-1").split()
            target = urlsplit(parts[1]) if len(parts) >= 2 and parts[0] == "GET" else None
            if target is None or target.path != CALLBACK_PATH or self._result is None or self._result.done():
                writer.write(NOT_FOUND)
                return
            self._result.set_result({k: v[0] for k, v in parse_qs(target.query).items()})
            writer.write(PAGE)
        except (TimeoutError, ConnectionError, UnicodeDecodeError):
            return
        finally:
            with contextlib.suppress(ConnectionError):
                await writer.drain()
            writer.close()

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        if self._result is not None and not self._result.done():
            self._result.cancel()

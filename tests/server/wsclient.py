"""A minimal protocol v1 WebSocket client for tests: send typed or raw frames, read typed replies."""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from app.core.protocol import ClientMessage, Error, Hello, ServerMessage, Welcome, decode_server, encode

_ids = itertools.count(1)


def new_id(prefix: str = "m") -> str:
    return f"{prefix}{next(_ids)}"


STATE_TYPES = frozenset({"room_state"})


class WsClient:
    """One connection to ``/v1/ws``; every read has a timeout so a missing answer fails the test.

    By default ``room_state`` messages (sent after every change since issue 5) are skipped, so the
    lobby and call flows read as before; moderation tests pass ``see_state=True`` to read them.
    """

    def __init__(self, ws: ClientConnection, see_state: bool = False) -> None:
        self.ws = ws
        self.skip: frozenset[str] = frozenset() if see_state else STATE_TYPES

    @classmethod
    async def connect(cls, ws_url: str, see_state: bool = False) -> WsClient:
        ws = await connect(ws_url, max_size=2**20, compression=None, open_timeout=10)
        return cls(ws, see_state)

    @classmethod
    async def logged_in(
        cls, ws_url: str, token: str, see_state: bool = False, resume: bool = False
    ) -> tuple[WsClient, Welcome]:
        client = await cls.connect(ws_url, see_state)
        welcome = await client.request(Hello(id=new_id("hello"), token=token, resume=resume))
        assert isinstance(welcome, Welcome), welcome
        return client, welcome

    async def send(self, message: ClientMessage) -> None:
        await self.ws.send(encode(message))

    async def send_raw(self, frame: str | bytes) -> None:
        await self.ws.send(frame)

    async def recv(self, wait: float = 5.0) -> ServerMessage:
        async with asyncio.timeout(wait):
            while True:
                message = decode_server(await self.ws.recv())
                if message.TYPE not in self.skip:
                    return message

    async def recv_raw(self, wait: float = 5.0) -> str | bytes:
        """The next frame exactly as the service sent it (nothing skipped)."""
        async with asyncio.timeout(wait):
            return await self.ws.recv()

    async def recv_n(self, n: int, wait: float = 5.0) -> list[ServerMessage]:
        return [await self.recv(wait) for _ in range(n)]

    async def request(self, message: ClientMessage, wait: float = 5.0) -> ServerMessage:
        await self.send(message)
        return await self.recv(wait)

    async def assert_silent(self, duration: float = 0.3) -> None:
        """Nothing arrives for ``duration`` seconds."""
        try:
            async with asyncio.timeout(duration):
                while True:
                    raw = await self.ws.recv()
                    if decode_server(raw).TYPE not in self.skip:
                        break
        except TimeoutError:
            return
        raise AssertionError(f"unexpected message {raw!r}")

    async def wait_closed(self, wait: float = 5.0) -> int | None:
        """Read until the service closes the connection; returns the close code."""
        async with asyncio.timeout(wait):
            try:
                while True:
                    await self.ws.recv()
            except ConnectionClosed as closed:
                return closed.rcvd.code if closed.rcvd is not None else None

    async def close(self) -> None:
        await self.ws.close()

    async def __aenter__(self) -> WsClient:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()


def assert_error(message: ServerMessage, code: str, ref: str | None) -> None:
    """``message`` is an ``error`` with this code and ref (the detail text is free-form)."""
    assert isinstance(message, Error), message
    assert (message.code.value, message.ref) == (code, ref), message

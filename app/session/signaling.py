"""The client's one authenticated WebSocket to the service: requests with acks, events, reconnect.

``start()`` connects and authenticates (``hello`` → ``welcome``). Afterwards one owned task reads
frames: ``ack``/``error``/``pong`` resolve the pending request with that id; every other message
goes to ``on_message``. ``sfu_answer`` and ``sfu_offer`` answer a request too (by ``ref``), in
place of its ``ack``. If the connection drops, pending requests fail with ``CONNECTION_LOST``,
``on_connection(False)`` is called and the client reconnects with backoff, re-authenticating with a
fresh token from ``token_provider``; ``on_connection(True)`` follows once it is back. A token
refused at reconnect (expired while the laptop slept, or signed with keys a restarted service no
longer has) is renewed through ``renew`` and tried again; only a renewal the service refuses (the
refresh token rejected, or no way to renew) or ``close()`` stops it.

A dead service is noticed quickly: a closed socket at once, a silent one (a network that stopped
carrying bytes, a frozen service) by ping/pong — a ping every ``ping_interval`` seconds that must be
answered within ``ping_timeout``, and a close that gives up after ``close_timeout``: about 6 s by
default, not the 40 s and more of the library's defaults.
"""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import logging
from collections.abc import Awaitable, Callable

import websockets
from websockets.asyncio.client import ClientConnection, connect

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import (
    Ack,
    ClientMessage,
    Error,
    Hello,
    Ping,
    Pong,
    ServerMessage,
    SfuAnswer,
    SfuOffer,
    UserInfo,
    Welcome,
    decode_server,
    encode,
)
from app.session.backoff import Backoff
from app.session.errors import SessionError
from app.session.tasks import TaskOwner

log = logging.getLogger(__name__)

PING_INTERVAL_S = 2.0
PING_TIMEOUT_S = 3.0
CLOSE_TIMEOUT_S = 1.0

_FATAL = {ErrorCode.INVALID_TOKEN, ErrorCode.TOKEN_EXPIRED, ErrorCode.UNAUTHENTICATED}


class SignalingClient:
    """One WebSocket to the service with request/ack matching and automatic reconnect."""

    def __init__(
        self,
        ws_url: str,
        token_provider: Callable[[], str],
        on_message: Callable[[ServerMessage], None],
        on_connection: Callable[[bool], None] = lambda up: None,
        *,
        backoff: Backoff | None = None,
        request_timeout: float = 10.0,
        renew: Callable[[], Awaitable[object]] | None = None,
        ping_interval: float = PING_INTERVAL_S,
        ping_timeout: float = PING_TIMEOUT_S,
        reconnect_timeout: float | None = None,
    ) -> None:
        self._url = ws_url
        self._token = token_provider
        self._on_message = on_message
        self._on_connection = on_connection
        self._backoff = backoff or Backoff()
        self._timeout = request_timeout
        # A reconnect attempt gives up sooner than the first connect: one started while the network was
        # down waits on lost SYNs, and a fresh attempt after it is back gets through at once.
        self._reconnect_timeout = reconnect_timeout or request_timeout
        self._renew = renew
        self._ping = (ping_interval, ping_timeout)
        self._ids = itertools.count(1)
        self._pending: dict[str, asyncio.Future[ServerMessage]] = {}
        self._ws: ClientConnection | None = None
        self._tasks = TaskOwner("signaling")
        self._closed = False
        self.user: UserInfo | None = None
        self.reconnects = 0

    @property
    def connected(self) -> bool:
        return self._ws is not None

    async def start(self) -> UserInfo:
        """Connect and authenticate; raises ``SessionError`` if the service refuses or is away."""
        user = await self._connect()
        self._tasks.spawn(self._run(), "reader")
        return user

    async def request(self, message: ClientMessage) -> ServerMessage:
        """Send ``message`` with a fresh id and wait for its ack; raise ``SessionError`` on refusal."""
        ws = self._ws
        if ws is None:
            raise SessionError(ErrorCode.CONNECTION_LOST, "not connected")
        request_id = str(next(self._ids))
        message = dataclasses.replace(message, id=request_id)
        future: asyncio.Future[ServerMessage] = asyncio.get_running_loop().create_future()
        self._pending[request_id] = future
        try:
            await ws.send(encode(message))
            reply = await asyncio.wait_for(future, self._timeout)
        except TimeoutError:
            raise SessionError(ErrorCode.CONNECTION_LOST, "no answer in time") from None
        except websockets.ConnectionClosed:
            raise SessionError(ErrorCode.CONNECTION_LOST, "connection closed") from None
        finally:
            self._pending.pop(request_id, None)
        if isinstance(reply, Error):
            raise SessionError(reply.code, reply.detail)
        return reply

    def reconnect_now(self) -> None:
        """The network changed: drop this connection (its socket may be bound to an address that is
        gone, and would take the ping timeout to notice) and reconnect at once."""
        ws = self._ws
        self._backoff.reset()
        if ws is not None and not self._closed and ws.transport is not None:
            ws.transport.abort()  # the reader ends now and ``_run`` reconnects

    async def ping(self) -> float:
        """Round trip to the service in seconds."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        await self.request(Ping(id=""))
        return loop.time() - started

    async def _connect(self, open_timeout: float | None = None) -> UserInfo:
        try:
            ws = await connect(
                self._url,
                max_size=1 << 20,
                open_timeout=open_timeout or self._timeout,
                ping_interval=self._ping[0],
                ping_timeout=self._ping[1],
                close_timeout=CLOSE_TIMEOUT_S,
            )
        except (OSError, websockets.InvalidHandshake, TimeoutError) as exc:
            raise SessionError(ErrorCode.SERVICE_UNREACHABLE, type(exc).__name__) from exc
        try:
            # After the first welcome every connect is a reconnect: ask for the call back (``resume``).
            hello = Hello(id="hello", token=self._token(), resume=self.user is not None)
            await ws.send(encode(hello))
            reply = decode_server(await asyncio.wait_for(ws.recv(), self._timeout))
        except (websockets.ConnectionClosed, TimeoutError, ProtocolError) as exc:
            await ws.close()
            raise SessionError(ErrorCode.CONNECTION_LOST, type(exc).__name__) from exc
        if isinstance(reply, Error):
            await ws.close()
            raise SessionError(reply.code, reply.detail)
        if not isinstance(reply, Welcome):
            await ws.close()
            raise SessionError(ErrorCode.BAD_MESSAGE, f"expected welcome, got {reply.TYPE}")
        self._ws = ws
        self.user = reply.user
        return reply.user

    async def _run(self) -> None:
        while not self._closed:
            ws = self._ws
            if ws is not None:
                await self._read(ws)
                self._ws = None
                self._fail_pending()
                if self._closed:
                    return
                log.info("signaling connection lost; reconnecting")
                self._on_connection(False)
            if not await self._reconnect():
                return

    async def _read(self, ws: ClientConnection) -> None:
        try:
            async for raw in ws:
                self._dispatch(raw)
        except websockets.ConnectionClosed:
            pass

    def _dispatch(self, raw: str | bytes) -> None:
        try:
            message = decode_server(raw)
        except ProtocolError as exc:
            log.warning("ignored a malformed message from the service: %s", exc.code.value)
            return
        # sfu_answer and sfu_offer answer a request (by ``ref``) in place of its ack.
        if isinstance(message, Ack | Pong | SfuAnswer | SfuOffer) or (
            isinstance(message, Error) and message.ref is not None
        ):
            future = self._pending.get(message.ref or "")
            if future is not None and not future.done():
                future.set_result(message)
            return
        if isinstance(message, Error):
            log.warning("service error without request: %s", message.code.value)
        self._on_message(message)

    async def _reconnect(self) -> bool:
        """Try again with backoff until back, closed, or the login itself is refused.

        A token refused at ``hello`` (expired while offline, or signed with a key the service no
        longer has after a deploy) is renewed with ``renew`` and tried again at once; a renewal that
        cannot reach the service is tried again with the next attempt. Only a renewal the service
        refuses (the refresh token rejected, or none to renew with) ends the session.
        """
        retry_now = False  # straight after a renewal the service is known to be there
        renewed_in_a_row = 0  # a fresh token refused again waits for the backoff, never spins
        while not self._closed:
            if not retry_now:
                await asyncio.sleep(self._backoff.next())
            retry_now = False
            try:
                await self._connect(self._reconnect_timeout)
            except SessionError as exc:
                if exc.code not in _FATAL:
                    continue  # away, refused, restarting: the next attempt follows the backoff
                refusal = await self._renewal_refused() if self._renew is not None else exc.code
                if refusal is not None:
                    log.warning("reconnect refused: %s", refusal.value)
                    self._on_message(Error(code=refusal, detail="reconnect refused"))
                    return False
                renewed_in_a_row += 1
                retry_now = renewed_in_a_row == 1
                continue
            self._backoff.reset()
            self.reconnects += 1
            self._on_connection(True)
            return True
        return False

    async def _renewal_refused(self) -> ErrorCode | None:
        """Renew the token; the code if the service refused the renewal, ``None`` otherwise."""
        assert self._renew is not None
        try:
            await self._renew()
        except SessionError as exc:
            log.info("token renewal for reconnect failed: %s", exc.code.value)
            return exc.code if exc.code in _FATAL else None
        return None

    def _fail_pending(self) -> None:
        for future in self._pending.values():
            if not future.done():
                future.set_exception(SessionError(ErrorCode.CONNECTION_LOST, "connection closed"))
        self._pending.clear()

    async def close(self) -> None:
        """Close the socket and stop reconnecting; safe to call more than once."""
        if self._closed:
            return
        self._closed = True
        ws, self._ws = self._ws, None
        if ws is not None:
            await ws.close()
        self._fail_pending()
        await self._tasks.close()

    def __repr__(self) -> str:
        return f"SignalingClient(url={self._url!r}, connected={self.connected})"


__all__ = ["SignalingClient"]

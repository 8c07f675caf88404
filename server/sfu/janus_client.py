"""A client of the Janus API over its WebSocket transport (subprotocol ``janus-protocol``).

One ``JanusConnection`` per Janus instance carries every session the service opens there. Each
request carries a fresh ``transaction`` and the API secret (never logged); its answer is matched by
transaction: ``success`` / ``error`` at once, or ``ack`` and later an ``event`` with the same
transaction (a plugin's asynchronous answer, perhaps with a JSEP). Events without a transaction
(a plugin's notifications, ``hangup``, ``webrtcup``, a session ``timeout``) go to the handle that
``sender`` names. Sessions send ``keepalive`` so Janus keeps them (it would time them out after 60 s);
closing the connection makes Janus destroy every session on it.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import secrets
from collections.abc import Callable
from typing import Any

import websockets
from websockets.asyncio.client import ClientConnection

from server.secret import Secret

log = logging.getLogger(__name__)

Json = dict[str, Any]
EventSink = Callable[[Json], None]
SUBPROTOCOL = websockets.Subprotocol("janus-protocol")


class JanusError(Exception):
    """Janus or one of its plugins refused a request (``code`` is Janus's numeric error code)."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(f"janus error {code}: {reason}")
        self.code = code
        self.reason = reason


class JanusGone(Exception):
    """The Janus instance cannot be reached (connection closed, refused or not answering)."""


def plugin_data(answer: Json) -> Json:
    """A plugin answer's ``data``; a plugin-level refusal (``error_code``) raises ``JanusError``."""
    data: Json = answer.get("plugindata", {}).get("data", {})
    if "error_code" in data:
        raise JanusError(int(data["error_code"]), str(data.get("error", "")))
    return data


class JanusConnection:
    """One WebSocket to one Janus instance, with its transactions and event routing."""

    def __init__(self, url: str, api_secret: Secret | None, timeout_s: float = 5.0) -> None:
        self.url = url
        self._secret = api_secret
        self._timeout = timeout_s
        self._ws: ClientConnection | None = None
        self._reader: asyncio.Task[None] | None = None
        self._pending: dict[str, asyncio.Future[Json]] = {}
        self._acked: set[str] = set()
        self._sinks: dict[int, EventSink] = {}  # handle or session id → its events
        self._ids = itertools.count(1)
        self.closed = asyncio.Event()
        self.on_close: Callable[[], None] | None = None

    @property
    def alive(self) -> bool:
        return self._ws is not None and not self.closed.is_set()

    async def connect(self) -> None:
        try:
            self._ws = await asyncio.wait_for(
                websockets.connect(self.url, subprotocols=[SUBPROTOCOL], max_size=2**22, ping_interval=None),
                self._timeout,
            )
        except (OSError, TimeoutError, websockets.WebSocketException) as exc:
            raise JanusGone(f"cannot connect: {type(exc).__name__}") from None
        self._reader = asyncio.create_task(self._read(), name="janus-reader")

    async def _read(self) -> None:
        assert self._ws is not None
        try:
            async for raw in self._ws:
                try:
                    message = json.loads(raw)
                except ValueError:
                    continue
                if isinstance(message, dict):
                    self._route(message)
        except websockets.ConnectionClosed:
            pass
        except Exception as exc:  # never let a reader die silently
            log.error("janus reader failed error=%s", type(exc).__name__)
        finally:
            self._gone()

    def _route(self, message: Json) -> None:
        kind = message.get("janus")
        transaction = message.get("transaction")
        future = self._pending.get(transaction) if isinstance(transaction, str) else None
        if future is not None and not future.done():
            if not (kind == "ack" and transaction in self._acked):  # else: wait for the plugin's event
                future.set_result(message)
            return
        sender = message.get("sender") or message.get("session_id")
        sink = self._sinks.get(sender) if isinstance(sender, int) else None
        if sink is not None:
            try:
                sink(message)
            except Exception as exc:
                log.error("janus event handler failed error=%s", type(exc).__name__)

    def _gone(self) -> None:
        if self.closed.is_set():
            return
        self.closed.set()
        for future in self._pending.values():
            if not future.done():
                future.set_exception(JanusGone("connection closed"))
        if self.on_close is not None:
            self.on_close()

    def listen(self, sender: int, sink: EventSink) -> None:
        self._sinks[sender] = sink

    def forget(self, sender: int) -> None:
        self._sinks.pop(sender, None)

    async def request(self, body: Json, *, wait_event: bool = False, wait_s: float | None = None) -> Json:
        """Send ``body`` and return Janus's answer; ``wait_event``: a plugin request answered by ``ack``
        and then an event (``join``, ``configure``, ``start``...), whose event is returned."""
        if not self.alive:
            raise JanusGone("not connected")
        assert self._ws is not None
        transaction = f"t{next(self._ids)}-{secrets.token_hex(3)}"
        message = dict(body, transaction=transaction)
        if self._secret is not None:
            message["apisecret"] = self._secret.reveal()
        future: asyncio.Future[Json] = asyncio.get_running_loop().create_future()
        self._pending[transaction] = future
        if wait_event:
            self._acked.add(transaction)
        try:
            await self._ws.send(json.dumps(message))
            answer = await asyncio.wait_for(future, wait_s or self._timeout)
        except TimeoutError:
            raise JanusGone(f"no answer to {body.get('janus')}") from None
        except websockets.ConnectionClosed:
            raise JanusGone("connection closed") from None
        finally:
            self._pending.pop(transaction, None)
            self._acked.discard(transaction)
        if answer.get("janus") == "error":
            error = answer.get("error", {})
            raise JanusError(int(error.get("code", 0)), str(error.get("reason", "")))
        return answer

    async def info(self, wait_s: float) -> Json:
        """The server's ``info`` (the health probe)."""
        return await self.request({"janus": "info"}, wait_s=wait_s)

    async def close(self) -> None:
        """Close the WebSocket (Janus destroys every session on it); idempotent."""
        ws, self._ws = self._ws, None
        if ws is not None:
            with contextlib.suppress(Exception):
                await ws.close()
        if self._reader is not None:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(self._reader, 2.0)
        self._gone()

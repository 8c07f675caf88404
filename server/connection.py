"""One WebSocket connection's outbound side: an ordered send queue drained by a writer task."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from dataclasses import dataclass

from starlette.websockets import WebSocket

from app.core.protocol import ServerMessage, UserInfo, encode

log = logging.getLogger(__name__)

CLOSE_NORMAL = 1000
CLOSE_POLICY = 1008  # authentication failures
CLOSE_GOING_AWAY = 1001
CLOSE_TRY_LATER = 1013  # the client did not keep up with its messages


@dataclass(frozen=True, slots=True)
class _Close:
    code: int
    reason: str


class Connection:
    """Messages are encoded on ``send`` and written in order; ``send`` never blocks the caller.

    A client that lets more than ``max_queue`` messages pile up is disconnected rather than
    allowed to hold memory or stall the rooms it is in.
    """

    def __init__(self, websocket: WebSocket, max_queue: int) -> None:
        self.id = "c_" + secrets.token_urlsafe(9)
        self.user: UserInfo | None = None
        self.guardian: str | None = None  # set at hello when a guardian acts for a child
        self.resumed = False  # set at hello: the same app reconnecting (its calls are still up)
        self.session: str | None = None  # set at hello: the login (refresh family) its token belongs to
        self._websocket = websocket
        self._max_queue = max_queue
        self._queue: asyncio.Queue[str | _Close] = asyncio.Queue()
        self._writer: asyncio.Task[None] | None = None
        self.closing = False

    def start(self) -> None:
        self._writer = asyncio.create_task(self._write_loop(), name=f"ws-writer-{self.id}")

    def send(self, message: ServerMessage) -> None:
        if self.closing:
            return
        if self._queue.qsize() >= self._max_queue:
            log.warning("dropping slow connection conn=%s", self.id)
            self.close(CLOSE_TRY_LATER, "too slow")
            return
        self._queue.put_nowait(encode(message))

    def close(self, code: int = CLOSE_NORMAL, reason: str = "") -> None:
        """Close after everything already queued has been written."""
        if self.closing:
            return
        self.closing = True
        self._queue.put_nowait(_Close(code, reason))

    async def wait_closed(self) -> None:
        """Wait (up to 5 s) for the writer to finish (close first); cancel it if it takes longer."""
        writer = self._writer
        if writer is None:
            return
        try:
            async with asyncio.timeout(5.0):
                await asyncio.shield(writer)
        except TimeoutError:
            writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await writer

    async def _write_loop(self) -> None:
        while True:
            item = await self._queue.get()
            try:
                if isinstance(item, _Close):
                    await self._websocket.close(item.code, item.reason)
                    return
                await self._websocket.send_text(item)
            except Exception:  # the peer is gone; the reader will notice and clean up
                log.debug("write failed conn=%s", self.id, exc_info=True)
                self.closing = True
                return

"""One WebSocket connection's outbound side: an ordered send queue drained by a writer task."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from starlette.websockets import WebSocket

from app.core.errors import ErrorCode
from app.core.protocol import Error, ServerMessage, UserInfo, encode

if TYPE_CHECKING:
    from server.rooms.admission import Admission

log = logging.getLogger(__name__)

CLOSE_NORMAL = 1000
CLOSE_POLICY = 1008  # authentication failures
CLOSE_GOING_AWAY = 1001
CLOSE_TRY_LATER = 1013  # the client did not keep up with its messages


# Each of these is a whole view of one room: once a newer one is queued, an older one unsent is moot.
SNAPSHOTS = frozenset({"queue", "room_state", "nearby", "lobby"})
SNAPSHOTS_PER_QUEUE = 8  # room views a connection may have pending, per allowed queued event


def owner(conn_id: str) -> str:
    """The instance holding connection ``conn_id`` ("" in a single process)."""
    head, dot, _ = conn_id.removeprefix("c_").partition(".")
    return head if dot else ""


@dataclass(frozen=True, slots=True)
class _Close:
    code: int
    reason: str


@dataclass(slots=True)
class _Snapshot:
    key: tuple[str, str]
    text: str | None  # None: superseded by a newer view of the same room, skipped by the writer


class Connection:
    """Messages are encoded on ``send`` and written in order; ``send`` never blocks the caller.

    A room view (``SNAPSHOTS``) replaces an older one of the same room still waiting to be written
    (the newer is written where it was sent, after everything sent before it), so a host watching
    hundreds of rooms gets each room's views once instead of a burst. A client that lets more than
    ``max_queue`` other messages (or ``SNAPSHOTS_PER_QUEUE`` times as many room views) pile up is
    disconnected rather than allowed to hold memory or stall the rooms it is in.
    """

    def __init__(
        self,
        websocket: WebSocket,
        max_queue: int,
        on_refusal: Callable[[ErrorCode], None] = lambda code: None,
        instance: str = "",
    ) -> None:
        # With several instances the id names the instance holding it (``owner``): when that one
        # dies, the others know whose connections count as dropped.
        self.id = f"c_{instance}.{secrets.token_urlsafe(9)}" if instance else "c_" + secrets.token_urlsafe(9)
        self.user: UserInfo | None = None
        self.guardian: str | None = None  # set at hello when a guardian acts for a child
        self.admission: Admission | None = None  # the deployment's knock rules (set by the endpoint)
        self.resumed = False  # set at hello: the same app reconnecting (its calls are still up)
        self.session: str | None = None  # set at hello: the login (refresh family) its token belongs to
        self._websocket = websocket
        self._max_queue = max_queue
        self._on_refusal = on_refusal  # told the code of every error sent (metrics)
        self._queue: asyncio.Queue[str | _Snapshot | _Close] = asyncio.Queue()
        self._events = 0  # queued messages that are not room views
        self._snapshots: dict[tuple[str, str], _Snapshot] = {}  # the newest pending view per room
        self._writer: asyncio.Task[None] | None = None
        self.closing = False

    def start(self) -> None:
        self._writer = asyncio.create_task(self._write_loop(), name=f"ws-writer-{self.id}")

    def send(self, message: ServerMessage) -> None:
        if self.closing:
            return
        if isinstance(message, Error):
            self._on_refusal(message.code)
        room_id = getattr(message, "room_id", None)
        key = (message.TYPE, room_id) if message.TYPE in SNAPSHOTS and isinstance(room_id, str) else None
        max_snapshots = self._max_queue * SNAPSHOTS_PER_QUEUE
        if (
            (key is None and self._events >= self._max_queue)
            or (key is not None and key not in self._snapshots and len(self._snapshots) >= max_snapshots)
            or self._queue.qsize() >= self._max_queue + 2 * max_snapshots
        ):
            log.warning("dropping slow connection conn=%s", self.id)
            self.close(CLOSE_TRY_LATER, "too slow")
            return
        if key is None:
            self._events += 1
            self._queue.put_nowait(encode(message))
            return
        older = self._snapshots.get(key)
        if older is not None:
            older.text = None
        snapshot = self._snapshots[key] = _Snapshot(key, encode(message))
        self._queue.put_nowait(snapshot)

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
                if isinstance(item, _Snapshot):
                    if item.text is None:
                        continue
                    text = item.text
                    if self._snapshots.get(item.key) is item:
                        del self._snapshots[item.key]
                else:
                    self._events -= 1
                    text = item
                await self._websocket.send_text(text)
            except Exception:  # the peer is gone; the reader will notice and clean up
                log.debug("write failed conn=%s", self.id, exc_info=True)
                self.closing = True
                return

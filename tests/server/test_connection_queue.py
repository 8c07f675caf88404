"""The outbound queue of one connection: room views coalesce, other messages keep their order, and a
client that does not read is still dropped (1013)."""

from __future__ import annotations

import asyncio
import json
from typing import Any, cast

from starlette.websockets import WebSocket

from app.core.protocol import Ack, Participant, ParticipantJoined, QueueUpdate, Role
from server.signaling.connection import CLOSE_TRY_LATER, SNAPSHOTS_PER_QUEUE, Connection


class StuckSocket:
    """A WebSocket whose peer reads only once ``release`` is set."""

    def __init__(self) -> None:
        self.release = asyncio.Event()
        self.sent: list[dict[str, Any]] = []
        self.closed: int | None = None

    async def send_text(self, text: str) -> None:
        await self.release.wait()
        self.sent.append(json.loads(text))

    async def close(self, code: int, reason: str = "") -> None:
        self.closed = code


async def test_a_newer_room_view_replaces_an_unsent_older_one_after_what_came_between() -> None:
    ws = StuckSocket()
    conn = Connection(cast(WebSocket, ws), max_queue=4)
    conn.start()
    await asyncio.sleep(0)
    conn.send(Ack("a1"))  # the writer holds this one while the peer is stuck
    await asyncio.sleep(0)
    joined = ParticipantJoined("r1", Participant("p1", "Ann", Role.PATIENT))
    conn.send(QueueUpdate("r1", []))
    conn.send(joined)
    conn.send(QueueUpdate("r2", []))
    conn.send(QueueUpdate("r1", []))  # supersedes the first view of r1
    conn.close()
    ws.release.set()
    await conn.wait_closed()
    assert [(m["type"], m.get("room_id")) for m in ws.sent] == [
        ("ack", None),
        ("participant_joined", "r1"),
        ("queue", "r2"),
        ("queue", "r1"),
    ]


async def test_many_room_views_fit_but_a_pile_of_events_drops_the_client() -> None:
    ws = StuckSocket()
    conn = Connection(cast(WebSocket, ws), max_queue=4)
    conn.start()
    for i in range(4 * SNAPSHOTS_PER_QUEUE):
        conn.send(QueueUpdate(f"r{i}", []))
    assert not conn.closing
    for i in range(6):
        conn.send(Ack(f"a{i}"))
    assert conn.closing
    ws.release.set()
    await conn.wait_closed()
    assert ws.closed == CLOSE_TRY_LATER

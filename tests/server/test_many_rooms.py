"""A host watching hundreds of rooms reconnects: the service's own burst of room views (a queue and a
room state per room) must not get them dropped as a slow client (1013)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest

from app.core.protocol import Ack, Ping, Pong, QueueUpdate, WatchRoom
from tests.server.wsclient import WsClient
from tests.support.service import ServiceProcess, login

ROOMS = 300  # over the 512 queued messages a connection may have: 2 views per room


@pytest.fixture(scope="module")
def roomy_service() -> Iterator[ServiceProcess]:
    with ServiceProcess("--rate", "5000", "--burst", "5000", reconnect_grace=10) as proc:
        yield proc


async def test_a_host_watching_300_rooms_reconnects_and_gets_every_queue(
    roomy_service: ServiceProcess,
) -> None:
    service = roomy_service
    token = login(service.url, "Dr Many", "clinician")
    async with httpx.AsyncClient(base_url=service.url, headers={"Authorization": f"Bearer {token}"}) as http:
        rooms = [
            (await http.post("/v1/rooms", json={"title": f"R{i}"})).json()["room_id"] for i in range(ROOMS)
        ]
    first, _ = await WsClient.logged_in(service.ws_url, token)
    for i, room_id in enumerate(rooms):
        await first.send(WatchRoom(id=f"w{i}", room_id=room_id))
    acks = 0
    while acks < ROOMS:
        acks += isinstance(await first.recv(), Ack)
    await first.close()

    again, _ = await WsClient.logged_in(service.ws_url, token)
    queues: set[str] = set()
    while len(queues) < ROOMS:
        message = await again.recv(wait=10)
        if isinstance(message, QueueUpdate):
            queues.add(message.room_id)
    assert queues == set(rooms)
    assert await again.request(Ping(id="still-here")) == Pong("still-here")
    await asyncio.sleep(0.2)
    await again.close()

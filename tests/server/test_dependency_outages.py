"""Redis or PostgreSQL away (issue 13): ``/v1/ready`` fails, new requests get a coded
``service_unavailable`` (503 over REST, an error frame on the WebSocket) instead of ``internal``, open
connections stay open, and once the dependency is back the service serves again without a restart.

Two real service processes on a real PostgreSQL and a real Redis; each dependency is stopped and
started again in the middle of the test (Redis comes back empty, as a restarted Redis does)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import httpx
import pytest

from app.core.errors import ErrorCode
from app.core.protocol import Ack, Error, Hello, Knock, Ping, Pong, QueueUpdate, WatchRoom
from tests.server.wsclient import WsClient
from tests.support.deployment import Deployment, needs_postgres_and_redis, two_instances
from tests.support.service import create_room, login

pytestmark = needs_postgres_and_redis


@pytest.fixture
async def deployment() -> AsyncIterator[Deployment]:
    async with two_instances() as made:  # its own PostgreSQL: the tests stop it
        yield made


async def _ready(url: str) -> httpx.Response:
    async with httpx.AsyncClient(timeout=10) as http:
        return await http.get(f"{url}/v1/ready")


async def _until_ready(url: str, within: float = 15.0) -> None:
    deadline = time.monotonic() + within
    while (answer := await _ready(url)).status_code != 200:
        assert time.monotonic() < deadline, answer.text
        await asyncio.sleep(0.2)


async def _answer(client: WsClient, ref: str) -> Ack | Error:
    async with asyncio.timeout(10):
        while True:
            message = await client.recv(10)
            if isinstance(message, Ack | Error) and message.ref == ref:
                return message


async def _knock_until_accepted(client: WsClient, room: str, within: float = 15.0) -> None:
    """Knock until the service takes it (it recovers on its own, maybe not on the first try)."""
    deadline = time.monotonic() + within
    for attempt in range(1000):
        ref = f"k{attempt}"
        await client.send(Knock(id=ref, room_id=room))
        answer = await _answer(client, ref)
        if isinstance(answer, Ack):
            return
        assert answer.code is ErrorCode.SERVICE_UNAVAILABLE, answer
        assert time.monotonic() < deadline, "the service did not recover"
        await asyncio.sleep(0.3)


async def _queue_names(client: WsClient, wanted: int) -> None:
    async with asyncio.timeout(10):
        while True:
            message = await client.recv(10)
            if isinstance(message, QueueUpdate) and len(message.entries) == wanted:
                return


async def test_redis_away_refuses_with_service_unavailable_and_the_service_recovers(
    deployment: Deployment,
) -> None:
    d = deployment
    doc_token = await asyncio.to_thread(login, d.b.url, "Dr. Outage", "clinician")
    ann_token = await asyncio.to_thread(login, d.a.url, "Ann Outage", "patient")
    room = str((await asyncio.to_thread(create_room, d.b.url, doc_token, "Redis away"))["room_id"])
    doc, _ = await WsClient.logged_in(d.b.ws_url, doc_token)
    ann, _ = await WsClient.logged_in(d.a.ws_url, ann_token)
    assert await doc.request(WatchRoom(id="w1", room_id=room)) == Ack("w1")
    assert await doc.recv() == QueueUpdate(room, [])

    await asyncio.to_thread(d.redis.halt)
    down = await _ready(d.a.url)
    assert (down.status_code, down.json()["redis"], down.json()["database"]) == (503, "down", "ok")
    await ann.send(Knock(id="k-down", room_id=room))
    refused = await _answer(ann, "k-down")
    assert isinstance(refused, Error) and refused.code is ErrorCode.SERVICE_UNAVAILABLE
    assert await ann.request(Ping(id="p1")) == Pong("p1")  # the open connection stays open
    async with httpx.AsyncClient(timeout=10) as http:  # a join code is counted in Redis
        rest = await http.get(
            f"{d.a.url}/v1/rooms/ZZZZ-0000", headers={"Authorization": f"Bearer {ann_token}"}
        )
    assert (rest.status_code, rest.json()["code"]) == (503, "service_unavailable")
    assert rest.headers["retry-after"]

    await asyncio.to_thread(d.redis.start)  # back, and empty
    await _until_ready(d.a.url)
    await _knock_until_accepted(ann, room)
    await _queue_names(doc, 1)  # the clinician on B sees the knock on A: messages cross again
    for process in (d.a, d.b):
        assert "Traceback" not in process.stderr()
    await ann.close()
    await doc.close()


async def test_database_away_refuses_with_service_unavailable_and_the_service_recovers(
    deployment: Deployment,
) -> None:
    d = deployment
    doc_token = await asyncio.to_thread(login, d.b.url, "Dr. Database", "clinician")
    ann_token = await asyncio.to_thread(login, d.a.url, "Ann Database", "patient")
    room = str((await asyncio.to_thread(create_room, d.b.url, doc_token, "Database away"))["room_id"])
    doc, _ = await WsClient.logged_in(d.b.ws_url, doc_token)
    ann, _ = await WsClient.logged_in(d.a.ws_url, ann_token)
    assert await doc.request(WatchRoom(id="w1", room_id=room)) == Ack("w1")
    assert await doc.recv() == QueueUpdate(room, [])

    await asyncio.to_thread(d.pg.halt)
    try:
        down = await _ready(d.a.url)
        assert (down.status_code, down.json()["database"]) == (503, "down")
        async with httpx.AsyncClient(timeout=10) as http:
            rest = await http.post(
                f"{d.b.url}/v1/rooms", json={"title": "x"}, headers={"Authorization": f"Bearer {doc_token}"}
            )
        assert (rest.status_code, rest.json()["code"]) == (503, "service_unavailable")
        await ann.send(Knock(id="k-down", room_id=room))
        refused = await _answer(ann, "k-down")
        assert isinstance(refused, Error) and refused.code is ErrorCode.SERVICE_UNAVAILABLE
        await doc.assert_silent(0.5)  # a change the database did not take is told to nobody
        assert await ann.request(Ping(id="p1")) == Pong("p1")
        fresh = await WsClient.connect(d.a.ws_url)  # a new connection: hello needs the database
        await fresh.send(Hello(id="h1", token=ann_token))
        refusal = await fresh.recv()
        assert isinstance(refusal, Error) and refusal.code is ErrorCode.SERVICE_UNAVAILABLE
        assert await fresh.wait_closed() == 1013  # try again later
    finally:
        await asyncio.to_thread(d.pg.resume)

    await _until_ready(d.a.url)
    await _knock_until_accepted(ann, room)
    await _queue_names(doc, 1)
    async with httpx.AsyncClient(timeout=10) as http:
        again = await http.post(
            f"{d.b.url}/v1/rooms", json={"title": "y"}, headers={"Authorization": f"Bearer {doc_token}"}
        )
    assert again.status_code == 201, again.text
    await ann.close()
    await doc.close()

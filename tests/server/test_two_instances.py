"""Two service processes on one PostgreSQL database and one Redis (issue 13, decision 0016): a
patient on instance A, the clinician on instance B. What one does reaches the other at once, and
a room changes one request at a time across the instances."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator

import httpx
import pytest

from app.core.errors import ErrorCode
from app.core.protocol import (
    Ack,
    Admit,
    Admitted,
    Error,
    JoinCall,
    Knock,
    LobbyUpdate,
    QueueUpdate,
    Signal,
    SignalFrom,
    SignalPayload,
    WatchRoom,
)
from app.core.protocol.moderation import (
    CallEndedForAll,
    EndCall,
    Kick,
    Kicked,
    MediaControl,
    Moderate,
    Moderated,
)
from server.edge.client_limits import BUDGETS
from tests.server.wsclient import WsClient
from tests.support.deployment import Deployment, needs_postgres_and_redis, two_instances
from tests.support.postgres import PostgresCluster
from tests.support.service import create_room, login, room_state

log = logging.getLogger(__name__)

pytestmark = needs_postgres_and_redis


@pytest.fixture
async def pair(postgres: PostgresCluster) -> AsyncIterator[Deployment]:
    async with two_instances(postgres) as deployment:
        yield deployment


async def _recv_type(client: WsClient, cls: type, wait: float = 5.0) -> object:
    """The next message of type ``cls`` (others on the way are skipped)."""
    async with asyncio.timeout(wait):
        while True:
            message = await client.recv(wait)
            if isinstance(message, cls):
                return message


async def _ask(client: WsClient, message: Admit | EndCall) -> Ack | Error:
    """Send ``message``; its answer (views and events on the way are skipped)."""
    await client.send(message)
    async with asyncio.timeout(5):
        while True:
            answer = await client.recv()
            if isinstance(answer, Ack | Error) and answer.ref == message.id:
                return answer


async def _setup(pair: Deployment) -> tuple[str, str, str]:
    doc = await asyncio.to_thread(login, pair.b.url, "Dr. Bee", "clinician")
    ann = await asyncio.to_thread(login, pair.a.url, "Ann Aa", "patient")
    room = await asyncio.to_thread(create_room, pair.b.url, doc, "Two")
    return doc, ann, str(room["room_id"])


async def test_ready_reports_redis_and_fails_when_it_stops_answering(pair: Deployment) -> None:
    async with httpx.AsyncClient() as http:
        ready = await http.get(f"{pair.a.url}/v1/ready")
        assert (ready.status_code, ready.json()) == (
            200,
            {"status": "ready", "database": "ok", "redis": "ok"},
        )
        pair.redis.pause()
        try:
            down = await http.get(f"{pair.a.url}/v1/ready", timeout=10)
        finally:
            pair.redis.resume()
        assert (down.status_code, down.json()["redis"]) == (503, "down")
        again = await http.get(f"{pair.a.url}/v1/ready")
        assert again.status_code == 200


async def test_join_code_misses_are_counted_across_the_instances(pair: Deployment) -> None:
    token = await asyncio.to_thread(login, pair.a.url, "Eve Guesser", "patient")
    auth = {"Authorization": f"Bearer {token}"}
    per_user = BUDGETS["join_code_miss_user"].amount
    async with httpx.AsyncClient(timeout=10) as http:
        codes = [
            (await http.get(f"{(pair.a, pair.b)[i % 2].url}/v1/rooms/ZZZZ-{i:04d}", headers=auth)).status_code
            for i in range(per_user + 1)
        ]
    assert codes[:per_user] == [404] * per_user
    assert codes[per_user] == 429  # each instance alone has seen only half the misses


async def test_patient_on_a_clinician_on_b_knock_admit_signal_mute_kick(pair: Deployment) -> None:
    doc_token, ann_token, room = await _setup(pair)
    doc, _ = await WsClient.logged_in(pair.b.ws_url, doc_token)
    ann, _ = await WsClient.logged_in(pair.a.ws_url, ann_token)
    assert await doc.request(WatchRoom(id="w1", room_id=room)) == Ack("w1")
    assert await doc.recv() == QueueUpdate(room, [])

    started = time.perf_counter()
    assert await ann.request(Knock(id="k1", room_id=room)) == Ack("k1")
    lobby = await ann.recv()
    assert isinstance(lobby, LobbyUpdate) and lobby.position == 1
    queue = await doc.recv()
    knock_seen_ms = (time.perf_counter() - started) * 1000
    assert isinstance(queue, QueueUpdate)
    assert [(e.participant_id, e.name) for e in queue.entries] == [(lobby.participant_id, "Ann Aa")]
    log.info("knock on A seen by the clinician on B after %.1f ms", knock_seen_ms)

    assert await doc.request(JoinCall(id="j1", room_id=room)) == Ack("j1")
    doc_pid = (await _recv_type(doc, Admitted)).participant_id  # type: ignore[attr-defined]
    assert await doc.request(Admit(id="a1", room_id=room, participant_id=lobby.participant_id)) == Ack("a1")
    admitted = await _recv_type(ann, Admitted)
    assert isinstance(admitted, Admitted)
    assert [p.participant_id for p in admitted.participants] == [doc_pid]

    offer, answer = SignalPayload(kind="offer", sdp="v=0 offer"), SignalPayload(kind="answer", sdp="v=0 a")
    assert await ann.request(Signal(id="s1", room_id=room, to=doc_pid, payload=offer)) == Ack("s1")
    assert await _recv_type(doc, SignalFrom) == SignalFrom(room, lobby.participant_id, offer)
    assert await doc.request(Signal(id="s2", room_id=room, to=lobby.participant_id, payload=answer)) == Ack(
        "s2"
    )
    assert await _recv_type(ann, SignalFrom) == SignalFrom(room, doc_pid, answer)

    mute = Moderate(id="m1", room_id=room, participant_id=lobby.participant_id, audio=MediaControl.MUTE)
    assert await doc.request(mute) == Ack("m1")
    assert await _recv_type(ann, Moderated) == Moderated(room, audio=MediaControl.MUTE)

    assert await doc.request(Kick(id="x1", room_id=room, participant_id=lobby.participant_id)) == Ack("x1")
    assert await _recv_type(ann, Kicked) == Kicked(room, banned=True)
    # The ban holds at the other instance: knocking again on A is refused.
    refused = await ann.request(Knock(id="k2", room_id=room))
    assert isinstance(refused, Error) and refused.code is ErrorCode.BANNED
    await ann.close()
    await doc.close()


async def test_end_for_all_reaches_the_other_instance(pair: Deployment) -> None:
    doc_token, ann_token, room = await _setup(pair)
    doc, _ = await WsClient.logged_in(pair.b.ws_url, doc_token)
    ann, _ = await WsClient.logged_in(pair.a.ws_url, ann_token)
    assert await doc.request(JoinCall(id="j1", room_id=room)) == Ack("j1")
    await _recv_type(doc, Admitted)
    assert await ann.request(Knock(id="k1", room_id=room)) == Ack("k1")
    lobby = await _recv_type(ann, LobbyUpdate)
    assert isinstance(lobby, LobbyUpdate)
    assert await doc.request(Admit(id="a1", room_id=room, participant_id=lobby.participant_id)) == Ack("a1")
    await _recv_type(ann, Admitted)
    assert await _ask(doc, EndCall(id="e1", room_id=room)) == Ack("e1")
    assert await _recv_type(ann, CallEndedForAll) == CallEndedForAll(room)
    await ann.close()
    await doc.close()


async def test_the_same_patient_admitted_at_once_from_both_instances_is_admitted_once(
    pair: Deployment,
) -> None:
    doc_token, _, room = await _setup(pair)
    on_a, _ = await WsClient.logged_in(pair.a.ws_url, doc_token)
    on_b, _ = await WsClient.logged_in(pair.b.ws_url, doc_token)
    for round_ in range(3):  # a call of four: the mesh limit
        token = await asyncio.to_thread(login, pair.a.url, f"Patient {round_}", "patient")
        patient, _ = await WsClient.logged_in(pair.a.ws_url, token)
        assert await patient.request(Knock(id="k", room_id=room)) == Ack("k")
        lobby = await _recv_type(patient, LobbyUpdate)
        assert isinstance(lobby, LobbyUpdate)
        pid = lobby.participant_id
        answers = await asyncio.gather(
            on_a.request(Admit(id=f"a{round_}", room_id=room, participant_id=pid)),
            on_b.request(Admit(id=f"b{round_}", room_id=room, participant_id=pid)),
        )
        acks = [a for a in answers if isinstance(a, Ack)]
        refusals = [a for a in answers if isinstance(a, Error)]
        assert len(acks) == 1, answers
        assert [r.code for r in refusals] == [ErrorCode.NOT_IN_LOBBY]
        assert isinstance(await _recv_type(patient, Admitted), Admitted)
        with pytest.raises(TimeoutError):  # admitted once: no second ``admitted``
            await _recv_type(patient, Admitted, wait=0.5)
        await patient.close()
    await on_a.close()
    await on_b.close()


async def test_a_redis_that_stops_answering_fails_requests_then_the_service_recovers(
    pair: Deployment,
) -> None:
    doc_token, ann_token, room = await _setup(pair)
    ann, _ = await WsClient.logged_in(pair.a.ws_url, ann_token)
    pair.redis.pause()
    try:
        started = time.monotonic()
        refused = await ann.request(Knock(id="k1", room_id=room), wait=10)
        assert isinstance(refused, Error) and refused.code is ErrorCode.SERVICE_UNAVAILABLE
        assert time.monotonic() - started < 5  # not held until Redis comes back
    finally:
        pair.redis.resume()
    doc, _ = await WsClient.logged_in(pair.b.ws_url, doc_token)
    assert await doc.request(WatchRoom(id="w1", room_id=room)) == Ack("w1")
    assert await doc.recv() == QueueUpdate(room, [])
    assert await ann.request(Knock(id="k2", room_id=room)) == Ack("k2")
    queue = await _recv_type(doc, QueueUpdate)
    assert isinstance(queue, QueueUpdate) and [e.name for e in queue.entries] == ["Ann Aa"]
    await ann.close()
    await doc.close()


async def test_a_patient_gone_with_a_stopped_instance_leaves_the_queue_after_the_grace(
    postgres: PostgresCluster,
) -> None:
    """The reconnect grace of someone whose connection was on an instance that then stopped runs
    at the instance that loads the room next, so they do not wait in the queue for ever."""
    async with two_instances(postgres, reconnect_grace=2) as d:
        a, b = d.instances
        doc_token, ann_token, room = await _setup(d)
        ann, _ = await WsClient.logged_in(a.ws_url, ann_token)
        assert await ann.request(Knock(id="k1", room_id=room)) == Ack("k1")
        await ann.close()  # gone; A's grace timer would take her out of the queue...
        await asyncio.to_thread(a.stop)  # ...but A stops first
        doc, _ = await WsClient.logged_in(b.ws_url, doc_token)
        assert await doc.request(WatchRoom(id="w1", room_id=room)) == Ack("w1")
        first = await doc.recv()
        assert isinstance(first, QueueUpdate) and [e.name for e in first.entries] == ["Ann Aa"]
        assert await doc.recv(wait=10) == QueueUpdate(room, [])  # B's timer ran out
        await doc.close()


async def test_an_instance_killed_with_sigkill_is_noticed_and_its_connections_count_as_dropped(
    postgres: PostgresCluster,
) -> None:
    """A killed instance says goodbye to nobody: its heartbeat lease runs out, a survivor takes its
    connections for dropped, and the reconnect grace runs for their people as for any other drop.
    Bo comes back (to B) within the grace and keeps his place; Ann does not and leaves the queue."""
    async with two_instances(postgres, reconnect_grace=4) as d:
        a, b = d.instances
        doc_token, ann_token, room = await _setup(d)
        bo_token = await asyncio.to_thread(login, a.url, "Bo Bb", "patient")
        ann, _ = await WsClient.logged_in(a.ws_url, ann_token)
        bo, _ = await WsClient.logged_in(a.ws_url, bo_token)
        assert await ann.request(Knock(id="k1", room_id=room)) == Ack("k1")
        assert await bo.request(Knock(id="k2", room_id=room)) == Ack("k2")
        doc, _ = await WsClient.logged_in(b.ws_url, doc_token)
        assert await doc.request(WatchRoom(id="w1", room_id=room)) == Ack("w1")
        first = await doc.recv()
        assert isinstance(first, QueueUpdate) and [e.name for e in first.entries] == ["Ann Aa", "Bo Bb"]

        killed = time.monotonic()
        await asyncio.to_thread(a.kill)
        bo, _ = await WsClient.logged_in(b.ws_url, bo_token, resume=True)  # Bo's app comes back at once
        lobby = await _recv_type(bo, LobbyUpdate, wait=10)
        assert isinstance(lobby, LobbyUpdate)
        async with asyncio.timeout(20):
            while True:
                queue = await _recv_type(doc, QueueUpdate, wait=20)
                assert isinstance(queue, QueueUpdate)
                if [e.name for e in queue.entries] == ["Bo Bb"]:
                    break
        gone_after = time.monotonic() - killed
        log.info("a killed instance's patient left the queue %.1f s after the kill (grace 4 s)", gone_after)
        assert gone_after < 4 + 6  # the grace, and a few seconds to notice the instance is gone
        assert "took over instance" in b.stderr()
        await doc.close()
        await bo.close()


async def test_an_instance_killed_while_redis_restarts_is_taken_over_once_redis_is_back(
    postgres: PostgresCluster,
) -> None:
    """Redis restarts empty and instance A dies meanwhile: nothing in Redis names A any more, but B
    saw it before, notices its lease stays gone and takes its connections for dropped: the waiting
    patient who does not come back leaves the queue after the grace."""
    async with two_instances(postgres, reconnect_grace=2) as d:
        a, b, redis = d.a, d.b, d.redis
        doc_token, ann_token, room = await _setup(d)
        ann, _ = await WsClient.logged_in(a.ws_url, ann_token)
        assert await ann.request(Knock(id="k1", room_id=room)) == Ack("k1")
        doc, _ = await WsClient.logged_in(b.ws_url, doc_token)
        assert await doc.request(WatchRoom(id="w1", room_id=room)) == Ack("w1")
        first = await doc.recv()
        assert isinstance(first, QueueUpdate) and [e.name for e in first.entries] == ["Ann Aa"]

        await asyncio.to_thread(redis.halt)
        await asyncio.to_thread(a.kill)
        await asyncio.sleep(1.0)  # B's beats fail meanwhile
        await asyncio.to_thread(redis.start)  # back, and empty: A is listed nowhere
        async with asyncio.timeout(20):  # the lease, the suspicion, the grace, and a reload
            while True:
                queue = await _recv_type(doc, QueueUpdate, wait=20)
                assert isinstance(queue, QueueUpdate)
                if not queue.entries:
                    break
        assert "took over instance" in b.stderr()
        await doc.close()


async def test_a_redis_pause_longer_than_the_lease_takes_no_live_instance_for_dead(
    postgres: PostgresCluster,
) -> None:
    """Every heartbeat lease runs out while Redis hangs; once it answers again no instance takes a
    live one's connections for dropped (or, if one did, they are bound again): the waiting patient
    stays in the queue past the reconnect grace."""
    async with two_instances(postgres, reconnect_grace=2) as d:
        a, b, redis = d.a, d.b, d.redis
        doc_token, ann_token, room = await _setup(d)
        ann, _ = await WsClient.logged_in(a.ws_url, ann_token)
        assert await ann.request(Knock(id="k1", room_id=room)) == Ack("k1")
        redis.pause()
        await asyncio.sleep(4)  # twice the lease
        redis.resume()
        await asyncio.sleep(5)  # the grace, and then some
        counts = await asyncio.to_thread(room_state, b.url, doc_token, room)
        assert counts["lobby"] == 1, counts
        doc, _ = await WsClient.logged_in(b.ws_url, doc_token)
        assert await doc.request(WatchRoom(id="w1", room_id=room)) == Ack("w1")
        queue = await doc.recv()
        assert isinstance(queue, QueueUpdate) and [e.name for e in queue.entries] == ["Ann Aa"]
        await doc.close()
        await ann.close()

"""Many connected clients in many live 1:1 rooms: two instances (PostgreSQL + Redis) against one
instance with SQLite, side by side (not a timed test).

Each room has a clinician and a patient on their own WebSockets (the patient knocked and was
admitted; on two instances they are on different ones). After one relay per room (not measured:
the first reloads the room at the instance that did not admit), for ``--seconds``, the patients of
randomly chosen rooms relay a signal to their clinician at ``--rate`` a second in all; the relay
latency is from sending to the clinician receiving it. Per instance: CPU (user + system, as a share
of one core) and RSS; the database's committed transactions a second (PostgreSQL) and Redis's
commands a second, over the same window.

    PYTHONPATH=$PWD .venv/bin/python -m bench.load_bench [--rooms 1000] [--seconds 20] [--rate 200]

``--rooms 1000`` is the issue's 2,000 clients; a machine that cannot carry them is run with fewer
(the table says how many).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import secrets
import statistics
import tempfile
import time
from dataclasses import dataclass, field

import httpx
import psycopg
import redis
from websockets.asyncio.client import ClientConnection, connect

from app.core.protocol import (
    Admit,
    Admitted,
    ClientMessage,
    Error,
    Hello,
    JoinCall,
    Knock,
    LobbyUpdate,
    ServerMessage,
    Signal,
    SignalFrom,
    SignalPayload,
    decode_server,
    encode,
)
from tests.support.deployment import two_instances
from tests.support.postgres import PostgresCluster
from tests.support.service import ServiceProcess


@dataclass
class Client:
    ws: ClientConnection
    inbox: asyncio.Queue[ServerMessage] = field(default_factory=asyncio.Queue)
    reader: asyncio.Task[None] | None = None
    on_signal: dict[str, float] = field(default_factory=dict)  # sdp tag → when it was sent
    latencies: list[float] = field(default_factory=list)

    @classmethod
    async def open(cls, ws_url: str, token: str) -> Client:
        ws = await connect(ws_url, max_size=2**20, compression=None, open_timeout=60)
        client = cls(ws)
        client.reader = asyncio.create_task(client._read())
        await client.send(Hello(id="h", token=token))
        await client.wait_for(lambda m: m.TYPE == "welcome")
        return client

    async def _read(self) -> None:
        with contextlib.suppress(Exception):
            async for raw in self.ws:
                message = decode_server(raw)
                if isinstance(message, SignalFrom) and message.payload.sdp in self.on_signal:
                    self.latencies.append(time.perf_counter() - self.on_signal.pop(message.payload.sdp))
                    continue
                self.inbox.put_nowait(message)

    async def send(self, message: ClientMessage) -> None:
        await self.ws.send(encode(message))

    async def wait_for(self, match: object) -> ServerMessage:
        async with asyncio.timeout(60):
            while True:
                message = await self.inbox.get()
                if callable(match) and match(message):
                    return message

    async def close(self) -> None:
        await self.ws.close()
        if self.reader is not None:
            self.reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.reader


@dataclass
class Room:
    room_id: str
    doc: Client
    patient: Client
    doc_pid: str


async def _login(http: httpx.AsyncClient, url: str, name: str, role: str) -> str:
    answer = await http.post(f"{url}/v1/auth/test", json={"name": name, "role": role})
    answer.raise_for_status()
    return str(answer.json()["access_token"])


async def _room(http: httpx.AsyncClient, doc_url: str, patient_url: str, i: int) -> Room:
    doc_token = await _login(http, doc_url, f"Dr Load {i}", "clinician")
    patient_token = await _login(http, patient_url, f"Patient Load {i}", "patient")
    made = await http.post(
        f"{doc_url}/v1/rooms", json={"title": "Load"}, headers={"Authorization": f"Bearer {doc_token}"}
    )
    made.raise_for_status()
    room_id = made.json()["room_id"]
    doc = await Client.open("ws" + doc_url.removeprefix("http") + "/v1/ws", doc_token)
    patient = await Client.open("ws" + patient_url.removeprefix("http") + "/v1/ws", patient_token)
    await doc.send(JoinCall(id="j", room_id=room_id))
    joined = await doc.wait_for(lambda m: isinstance(m, Admitted))
    assert isinstance(joined, Admitted)
    await patient.send(Knock(id="k", room_id=room_id))
    lobby = await patient.wait_for(lambda m: isinstance(m, LobbyUpdate))
    assert isinstance(lobby, LobbyUpdate)
    await doc.send(Admit(id="a", room_id=room_id, participant_id=lobby.participant_id))
    await patient.wait_for(lambda m: isinstance(m, Admitted))
    return Room(room_id, doc, patient, joined.participant_id)


def _refusals(rooms: list[Room]) -> dict[str, int]:
    """The error codes the patients were answered with so far (their inboxes are emptied)."""
    codes: dict[str, int] = {}
    for room in rooms:
        while not room.patient.inbox.empty():
            message = room.patient.inbox.get_nowait()
            if isinstance(message, Error):
                codes[message.code.value] = codes.get(message.code.value, 0) + 1
    return codes


def _cpu_s(pid: int) -> float:
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


@dataclass
class Result:
    label: str
    clients: int
    p50_ms: float
    p99_ms: float
    cpu: list[float]
    rss: list[float]
    db_ops: float | None
    redis_ops: float | None


async def measure(
    label: str,
    services: list[ServiceProcess],
    rooms_n: int,
    seconds: float,
    rate: float,
    db_count: object = None,
    redis_count: object = None,
) -> Result:
    urls = [s.url for s in services]
    limits = httpx.Limits(max_connections=50)
    async with httpx.AsyncClient(timeout=60, limits=limits) as http:
        gate = asyncio.Semaphore(20)

        async def one(i: int) -> Room:
            async with gate:
                return await _room(http, urls[i % len(urls)], urls[(i + 1) % len(urls)], i)

        rooms = await asyncio.gather(*(one(i) for i in range(rooms_n)))
    # One relay per room first, not measured: an instance whose copy of a room is older than a
    # change made at the other (the admission) reloads it from the database once.
    for n, room in enumerate(rooms):
        room.doc.on_signal[f"v=0 w{n}"] = time.perf_counter()
        await room.patient.send(
            Signal(
                id=f"w{n}", room_id=room.room_id, to=room.doc_pid, payload=SignalPayload("offer", f"v=0 w{n}")
            )
        )
    deadline = time.monotonic() + 60
    while any(room.doc.on_signal for room in rooms) and time.monotonic() < deadline:
        await asyncio.sleep(0.2)  # every warm-up relay arrived (or a minute went by)
    warm = sorted(x for r in rooms for x in r.doc.latencies)
    first_p50, first_max = statistics.median(warm) * 1000, warm[-1] * 1000
    print(
        f"{label}: first relay per room arrived {len(warm)}/{len(rooms)}, p50 {first_p50:.0f} ms, "
        f"max {first_max:.0f} ms; refusals {_refusals(rooms)}"
    )
    for room in rooms:
        room.doc.latencies.clear()
        room.doc.on_signal.clear()
    pids = [s.pid for s in services]
    cpu0, db0, redis0, t0 = [_cpu_s(p) for p in pids], _call(db_count), _call(redis_count), time.monotonic()
    sent = 0
    while time.monotonic() - t0 < seconds:
        room = random.choice(rooms)
        tag = f"v=0 {secrets.token_hex(6)}"
        room.doc.on_signal[tag] = time.perf_counter()
        await room.patient.send(
            Signal(id=f"s{sent}", room_id=room.room_id, to=room.doc_pid, payload=SignalPayload("offer", tag))
        )
        sent += 1
        await asyncio.sleep(1 / rate)
    await asyncio.sleep(1)
    elapsed = time.monotonic() - t0
    cpu = [(_cpu_s(p) - c) / elapsed for p, c in zip(pids, cpu0, strict=True)]
    rss = [_rss_mb(p) for p in pids]
    db_ops = (_call(db_count) - db0) / elapsed if db_count is not None else None  # type: ignore[operator]
    redis_ops = (_call(redis_count) - redis0) / elapsed if redis_count is not None else None  # type: ignore[operator]
    latencies = sorted(x for r in rooms for x in r.doc.latencies)
    print(f"{label}: relays sent {sent}, arrived {len(latencies)}; refusals {_refusals(rooms)}")
    for room in rooms:
        await room.doc.close()
        await room.patient.close()
    p99 = (
        latencies[min(len(latencies) - 1, round(0.99 * (len(latencies) - 1)))] if latencies else float("nan")
    )
    p50 = statistics.median(latencies) if latencies else float("nan")
    return Result(label, rooms_n * 2, p50 * 1000, p99 * 1000, cpu, rss, db_ops, redis_ops)


def _call(counter: object) -> float:
    return float(counter()) if callable(counter) else 0.0


def _pg_commits(pg: PostgresCluster) -> float:
    where = f"host=127.0.0.1 port={pg.port} user=samtale dbname=postgres"
    with psycopg.connect(where, autocommit=True) as db:
        row = db.execute("SELECT sum(xact_commit) FROM pg_stat_database").fetchone()
    return float(row[0]) if row else 0.0


def _redis_commands(url: str) -> float:
    with redis.Redis.from_url(url) as client:
        return float(client.info("stats")["total_commands_processed"])


async def run(rooms: int, seconds: float, rate: float) -> list[Result]:
    results = []
    with PostgresCluster() as pg:
        async with two_instances(pg) as d:
            results.append(
                await measure(
                    "2 instances, PostgreSQL + Redis",
                    list(d.instances),
                    rooms,
                    seconds,
                    rate,
                    lambda: _pg_commits(pg),
                    lambda: _redis_commands(d.redis.url),
                )
            )
    with tempfile.TemporaryDirectory() as tmp:
        single = ServiceProcess(database_url=f"sqlite:///{tmp}/load.db", startup_timeout=60.0)
        try:
            await asyncio.to_thread(single.start)
            results.append(await measure("1 instance, SQLite", [single], rooms, seconds, rate))
        finally:
            await asyncio.to_thread(single.close)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rooms", type=int, default=1000, help="1:1 rooms (two clients each)")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--rate", type=float, default=200.0, help="relayed signals a second, in all")
    args = parser.parse_args()
    results = asyncio.run(run(args.rooms, args.seconds, args.rate))
    print(f"{args.rooms} rooms, {args.rooms * 2} clients, {args.rate:.0f} relays/s for {args.seconds:.0f} s")
    print(
        f"{'setup':32} {'relay p50 ms':>12} {'relay p99 ms':>12} {'CPU per instance':>18} "
        f"{'RSS MB per instance':>20} {'DB tx/s':>8} {'Redis cmd/s':>12}"
    )
    for r in results:
        cpu = " / ".join(f"{c:.0%}" for c in r.cpu)
        rss = " / ".join(f"{m:.0f}" for m in r.rss)
        db = f"{r.db_ops:.0f}" if r.db_ops is not None else "n/a"
        rd = f"{r.redis_ops:.0f}" if r.redis_ops is not None else "n/a"
        print(f"{r.label:32} {r.p50_ms:12.1f} {r.p99_ms:12.1f} {cpu:>18} {rss:>20} {db:>8} {rd:>12}")


if __name__ == "__main__":
    main()

"""Operations: liveness, readiness (the database answers) and Prometheus metrics with no personal data."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from app.core.protocol import Admit, Admitted, JoinCall, Knock, Signal, SignalPayload, WatchRoom
from server.settings import ServiceSettings
from tests.server.identity.conftest import running_service
from tests.server.wsclient import WsClient

PATIENT = "Pia Pasient-Hemmelig"


def sample(text: str, name: str) -> float:
    """The value of one sample line ``name`` (with its labels, if any) in the exposition text."""
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    raise AssertionError(f"{name} not in metrics")


async def test_health_is_liveness_and_ready_checks_the_database(tmp_path: Path) -> None:
    db = tmp_path / "samtale.db"
    async with running_service(ServiceSettings(database_url=f"sqlite:///{db}")) as client:
        assert (await client.get("/v1/health")).json() == {"status": "ok"}
        ready = await client.get("/v1/ready")
        assert ready.status_code == 200 and ready.json() == {"status": "ready", "database": "ok"}
        # Another process holds the database (as an outage or a stuck migration would) ...
        blocker = sqlite3.connect(db, isolation_level=None)
        blocker.execute("BEGIN EXCLUSIVE")
        try:
            down = await client.get("/v1/ready", timeout=15)
            assert down.status_code == 503 and down.json() == {"status": "unavailable", "database": "down"}
            assert (await client.get("/v1/health")).status_code == 200  # alive, just not ready
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        # ... and lets go: ready again without a restart.
        deadline = asyncio.get_running_loop().time() + 15
        while (await client.get("/v1/ready", timeout=15)).status_code != 200:
            assert asyncio.get_running_loop().time() < deadline
            await asyncio.sleep(0.2)


async def test_metrics_count_what_happens_and_name_nobody() -> None:
    path = "/v1/metrics"
    async with running_service(ServiceSettings(dev_mode=True)) as client:
        ws_url = "ws" + str(client.base_url).removeprefix("http").rstrip("/") + "/v1/ws"
        doctor = (await client.post("/v1/auth/test", json={"name": "Dr Lege", "role": "clinician"})).json()
        patient = (await client.post("/v1/auth/test", json={"name": PATIENT, "role": "patient"})).json()
        room = (
            await client.post(
                "/v1/rooms",
                json={"title": "Rom"},
                headers={"Authorization": f"Bearer {doctor['access_token']}"},
            )
        ).json()
        host, _ = await WsClient.logged_in(ws_url, doctor["access_token"])
        guest, _ = await WsClient.logged_in(ws_url, patient["access_token"])
        await host.request(WatchRoom(id="w", room_id=room["room_id"]))
        await host.request(JoinCall(id="j", room_id=room["room_id"]))
        await guest.request(Knock(id="k", room_id=room["room_id"]))
        before = (await client.get(path)).text
        assert sample(before, "samtale_connections") == 2
        assert sample(before, "samtale_lobby_waiting") == 1
        queue = None
        while queue is None or not queue.entries:  # type: ignore[attr-defined]
            queue = await host.recv()
            if getattr(queue, "TYPE", "") != "queue":
                queue = None
        pid = queue.entries[0].participant_id  # type: ignore[attr-defined]
        await host.request(Admit(id="a", room_id=room["room_id"], participant_id=pid))
        while not isinstance(await guest.recv(), Admitted):
            pass
        offer = Signal(
            id="s", room_id=room["room_id"], to=pid, payload=SignalPayload(kind="offer", sdp="v=0")
        )
        await host.request(offer)
        await guest.request(Knock(id="k2", room_id="no-such-room"))  # refused: not_found
        await client.get(
            "/v1/rooms/ZZZZ-ZZZZ", headers={"Authorization": f"Bearer {patient['access_token']}"}
        )
        text = (await client.get(path)).text
        await host.close()
        await guest.close()
    assert sample(text, "samtale_lobby_waiting") == 0
    assert sample(text, "samtale_rooms_active") == 1
    assert sample(text, "samtale_admit_seconds_count") == 1
    assert sample(text, "samtale_lobby_wait_seconds_count") == 1
    assert sample(text, "samtale_relay_seconds_count") == 1
    assert sample(text, 'samtale_refusals_total{code="not_found",via="ws"}') == 1
    assert sample(text, 'samtale_refusals_total{code="not_found",via="rest"}') == 1
    for private in (PATIENT, "Pia", "Dr Lege", room["room_id"], room["code"], patient["user"]["user_id"]):
        assert private not in text

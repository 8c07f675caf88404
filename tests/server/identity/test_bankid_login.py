"""BankID logins through the service against the RP API v6 simulator over real mutual TLS."""

from __future__ import annotations

import asyncio
import itertools
import logging
import ssl
import time
from dataclasses import replace
from typing import Any

import httpx
import pytest

from app.core.protocol import from_json
from app.core.protocol.rest import BankIdLoginState
from server.settings import ServiceSettings
from tests.server.identity.conftest import STAFF_PN, bankid_settings, running_service
from tests.support.bankid_certs import SimPki
from tests.support.bankid_sim import BankIdSimulator

Sim = tuple[BankIdSimulator, str]
PATIENT_PN = "198112289874"


def settings(pki: SimPki, base_url: str, **kw: float) -> ServiceSettings:
    kw.setdefault("collect_interval_s", 0.2)
    return ServiceSettings(bankid=bankid_settings(pki, base_url, **kw), staff_ids=frozenset({STAFF_PN}))


async def poll(client: httpx.AsyncClient, login_id: str) -> BankIdLoginState:
    response = await client.get(f"/v1/auth/bankid/{login_id}")
    assert response.status_code == 200, response.text
    return from_json(BankIdLoginState, response.json())


async def until(
    client: httpx.AsyncClient, login_id: str, status: str, timeout: float = 5.0
) -> BankIdLoginState:
    deadline = time.monotonic() + timeout
    while True:
        state = await poll(client, login_id)
        if state.status == status or time.monotonic() > deadline:
            return state
        await asyncio.sleep(0.05)


async def login(
    client: httpx.AsyncClient, sim: BankIdSimulator, pn: str
) -> tuple[BankIdLoginState, list[str]]:
    """A whole QR login; returns the final state and every response text the desktop saw."""
    seen: list[str] = []
    start = await client.post("/v1/auth/bankid")
    assert start.status_code == 201
    seen.append(start.text)
    login_id = start.json()["login_id"]
    first = await poll(client, login_id)
    assert first.status == "pending" and first.message == "RFA1" and first.qr is not None
    order = sim.scan(first.qr)
    assert (await until(client, login_id, "x", 0.6)).message == "RFA9"  # user is asked for the code
    sim.approve(order, pn, "Anna", "Andersson")
    done = await until(client, login_id, "complete")
    seen.append(repr(done))
    return done, seen


async def test_qr_login_completes_as_a_verified_patient(pki: SimPki, sim: Sim) -> None:
    simulator, url = sim
    async with running_service(settings(pki, url)) as client:
        done, seen = await login(client, simulator, PATIENT_PN)
        assert done.login is not None
        user = done.login.user
        assert (user.name, user.role, user.verified_by) == ("Anna Andersson", "patient", "bankid_se")
        assert done.login.refresh_token
        rooms = await client.get(
            "/v1/rooms/ABCD-EFGH", headers={"Authorization": f"Bearer {done.login.access_token}"}
        )
        assert rooms.status_code == 404  # authenticated; the room just does not exist
        order = next(iter(simulator.orders.values()))
        for secret in (order.order_ref, order.qr_start_secret, PATIENT_PN):
            assert all(secret not in text for text in seen)
        # the completed login is handed out once
        assert (await client.get(f"/v1/auth/bankid/{done}")).status_code == 404


async def test_a_staff_member_becomes_a_clinician_nobody_else_does(pki: SimPki, sim: Sim) -> None:
    simulator, url = sim
    async with running_service(settings(pki, url)) as client:
        staff, _ = await login(client, simulator, STAFF_PN)
        assert staff.login is not None and staff.login.user.role == "clinician"
        # a patient cannot ask for a role: the start body is not read, extra fields change nothing
        other = await client.post("/v1/auth/bankid", json={"role": "clinician"})
        assert other.status_code == 201
        await client.delete(f"/v1/auth/bankid/{other.json()['login_id']}")


async def test_the_qr_animates_each_second(pki: SimPki, sim: Sim) -> None:
    simulator, url = sim
    async with running_service(settings(pki, url)) as client:
        login_id = (await client.post("/v1/auth/bankid")).json()["login_id"]
        qrs = []
        for _ in range(3):
            state = await poll(client, login_id)
            assert state.qr is not None
            qrs.append(state.qr)
            await asyncio.sleep(1.05)
        assert [int(q.split(".")[2]) for q in qrs] == [0, 1, 2]
        simulator.scan(qrs[-1])  # the last one is still current and correctly signed
        await client.delete(f"/v1/auth/bankid/{login_id}")


async def test_same_device_messages(pki: SimPki, sim: Sim) -> None:
    _, url = sim
    async with running_service(settings(pki, url)) as client:
        login_id = (await client.post("/v1/auth/bankid")).json()["login_id"]
        await asyncio.sleep(0.5)
        assert (await poll(client, login_id)).message == "RFA1"  # outstandingTransaction, QR
        await client.get(f"/v1/auth/bankid/{login_id}", params={"device": "this"})
        assert (await until(client, login_id, "x", 0.6)).message == "RFA13"  # trying to start the app
        await client.delete(f"/v1/auth/bankid/{login_id}")


async def test_closing_cancels_the_order_and_collect_stops(pki: SimPki, sim: Sim) -> None:
    simulator, url = sim
    async with running_service(settings(pki, url)) as client:
        login_id = (await client.post("/v1/auth/bankid")).json()["login_id"]
        await asyncio.sleep(0.5)
        order_ref = next(iter(simulator.orders))
        assert (await client.delete(f"/v1/auth/bankid/{login_id}")).status_code == 204
        assert order_ref not in simulator.orders  # cancelled at BankID
        ended = time.monotonic()
        await asyncio.sleep(0.6)
        paths = [(path, ref) for t, path, ref in simulator.calls if ref == order_ref]
        assert paths[-1] == ("cancel", order_ref)
        assert not [
            t for t, path, ref in simulator.calls if ref == order_ref and path == "collect" and t > ended
        ]


async def test_user_cancel_fails_with_rfa6_and_collect_stops(pki: SimPki, sim: Sim) -> None:
    simulator, url = sim
    async with running_service(settings(pki, url)) as client:
        login_id = (await client.post("/v1/auth/bankid")).json()["login_id"]
        state = await poll(client, login_id)
        assert state.qr is not None
        simulator.user_cancel(simulator.scan(state.qr))
        failed = await until(client, login_id, "failed")
        assert (failed.status, failed.message, failed.qr, failed.login) == ("failed", "RFA6", None, None)
        count = len(simulator.calls)
        await asyncio.sleep(0.7)
        assert len(simulator.calls) == count  # never collect after the order ended


async def test_an_expired_order_fails_with_rfa8(pki: SimPki, sim: Sim) -> None:
    simulator, url = sim
    simulator.order_ttl_s = 0.3
    async with running_service(settings(pki, url)) as client:
        login_id = (await client.post("/v1/auth/bankid")).json()["login_id"]
        failed = await until(client, login_id, "failed")
        assert (failed.status, failed.message) == ("failed", "RFA8")


async def test_abandoned_login_is_cancelled(pki: SimPki, sim: Sim) -> None:
    simulator, url = sim
    async with running_service(settings(pki, url, abandon_after_s=0.5)) as client:
        await client.post("/v1/auth/bankid")
        await asyncio.sleep(1.2)
        assert simulator.orders == {}
        assert simulator.calls[-1][1] == "cancel"


async def test_collect_runs_every_two_seconds_by_default(pki: SimPki, sim: Sim) -> None:
    simulator, url = sim
    async with running_service(settings(pki, url, collect_interval_s=2.0)) as client:
        login_id = (await client.post("/v1/auth/bankid")).json()["login_id"]
        for _ in range(9):
            await poll(client, login_id)
            await asyncio.sleep(0.5)
        await client.delete(f"/v1/auth/bankid/{login_id}")
    times = [t for t, path, _ in simulator.calls if path == "collect"]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(times) >= 2 and all(1.9 <= g <= 2.5 for g in gaps), gaps


async def test_bankid_errors_map_to_rfa_codes(pki: SimPki, sim: Sim) -> None:
    simulator, url = sim
    async with running_service(settings(pki, url)) as client:
        simulator.fail_next_auth = "maintenance"
        refused = await client.post("/v1/auth/bankid")
        assert (refused.status_code, refused.json()["code"], refused.json()["detail"]) == (
            503,
            "provider_unavailable",
            "RFA5",
        )


async def test_only_the_pinned_ca_is_trusted(pki: SimPki, sim: Sim) -> None:
    _, url = sim
    wrong = settings(pki, url)
    assert wrong.bankid is not None
    wrong = replace(wrong, bankid=replace(wrong.bankid, ca_pem_path=str(pki.other_ca)))
    async with running_service(wrong) as client:
        refused = await client.post("/v1/auth/bankid")
        assert refused.json()["code"] == "provider_unavailable"


async def test_the_simulator_demands_a_client_certificate(pki: SimPki, sim: Sim) -> None:
    _, url = sim
    async with httpx.AsyncClient(
        verify=ssl.create_default_context(cafile=str(pki.server_ca)), trust_env=False
    ) as anonymous:
        with pytest.raises(httpx.HTTPError):
            await anonymous.post(f"{url}/auth", json={"endUserIp": "127.0.0.1"})


async def test_nothing_secret_is_logged(pki: SimPki, sim: Sim, caplog: pytest.LogCaptureFixture) -> None:
    simulator, url = sim
    caplog.set_level(logging.DEBUG)
    async with running_service(settings(pki, url)) as client:
        done, _ = await login(client, simulator, PATIENT_PN)
    assert done.login is not None
    order: Any = next(iter(simulator.orders.values()))
    secrets = [PATIENT_PN, order.order_ref, order.qr_start_secret, done.login.access_token]
    secrets += [done.login.refresh_token or "-", "Andersson"]
    logged = caplog.text + "".join(repr(r.args) for r in caplog.records)
    assert [s for s in secrets if s in logged] == []

"""Per-client-address limits at the unauthenticated edges: a flood from one address is refused with
``rate_limited`` while people at other addresses keep being served (the address is the one the
trusted reverse proxy names in X-Forwarded-For, loopback by default)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.core.errors import ErrorCode, ProtocolError
from server.edge.client_limits import BUDGETS, Budget, ClientLimits
from server.identity import bankid_logins
from server.settings import ServiceSettings
from tests.server.identity.conftest import running_service
from tests.server.identity.test_bankid_login import PATIENT_PN, Sim, poll, settings, until
from tests.support.bankid_certs import SimPki

ATTACKER = {"X-Forwarded-For": "198.51.100.7"}
SOMEONE = {"X-Forwarded-For": "203.0.113.5"}


async def test_a_bankid_start_flood_from_one_address_does_not_lock_out_others(pki: SimPki, sim: Sim) -> None:
    simulator, url = sim
    async with running_service(settings(pki, url)) as client:
        codes = [(await client.post("/v1/auth/bankid", headers=ATTACKER)).status_code for _ in range(40)]
        allowed = BUDGETS["bankid_start"].amount
        assert codes == [201] * allowed + [429] * (40 - allowed)
        refused = await client.post("/v1/auth/bankid", headers=ATTACKER)
        assert refused.json()["code"] == "rate_limited"
        real = await client.post("/v1/auth/bankid", headers=SOMEONE)
        assert real.status_code == 201
        # BankID is told the person's address, not the proxy's
        assert {o.end_user_ip for o in simulator.orders.values()} == {"198.51.100.7", "203.0.113.5"}


async def test_refresh_and_oidc_floods_are_throttled_per_address() -> None:
    async with running_service(ServiceSettings()) as client:
        for path, body, first_code, kind in [
            ("/v1/auth/refresh", {"refresh_token": "guess"}, 401, "refresh"),
            ("/v1/auth/oidc", {"provider_id": "none", "id_token": "x", "nonce": "n"}, 404, "oidc"),
        ]:
            allowed = BUDGETS[kind].amount
            codes = [
                (await client.post(path, json=body, headers=ATTACKER)).status_code for _ in range(allowed + 5)
            ]
            assert codes == [first_code] * allowed + [429] * 5, path
            assert (await client.post(path, json=body, headers=SOMEONE)).status_code == first_code


async def test_join_codes_cannot_be_tried_without_limit() -> None:
    async with running_service(ServiceSettings(dev_mode=True)) as client:
        token = (await client.post("/v1/auth/test", json={"name": "Eve", "role": "patient"})).json()
        auth = {"Authorization": f"Bearer {token['access_token']}"}
        clinician = (await client.post("/v1/auth/test", json={"name": "Dr A", "role": "clinician"})).json()
        room = await client.post(
            "/v1/rooms", json={"title": "T"}, headers={"Authorization": f"Bearer {clinician['access_token']}"}
        )
        code = room.json()["code"]
        allowed = BUDGETS["join_code_miss_user"].amount
        codes = [
            (await client.get(f"/v1/rooms/ZZZZ-{i:04d}", headers={**auth, **ATTACKER})).status_code
            for i in range(allowed + 5)
        ]
        assert codes == [404] * allowed + [429] * 5
        # even a right code is refused to the guesser now; someone else looks it up fine
        assert (await client.get(f"/v1/rooms/{code}", headers={**auth, **ATTACKER})).status_code == 429
        other = (await client.post("/v1/auth/test", json={"name": "Ann", "role": "patient"})).json()
        answer = await client.get(
            f"/v1/rooms/{code}", headers={"Authorization": f"Bearer {other['access_token']}", **SOMEONE}
        )
        assert answer.status_code == 200


async def test_a_forwarded_header_from_an_untrusted_peer_is_ignored(pki: SimPki, sim: Sim) -> None:
    simulator, url = sim
    base = settings(pki, url)
    async with running_service(replace(base, trusted_proxies=())) as client:
        assert (await client.post("/v1/auth/bankid", headers=ATTACKER)).status_code == 201
        assert {o.end_user_ip for o in simulator.orders.values()} == {"127.0.0.1"}


async def test_a_window_frees_up_and_keys_stay_bounded() -> None:
    now = [0.0]
    limits = ClientLimits({"x": Budget(2, 10.0)}, max_keys=3, clock=lambda: now[0])
    await limits.take("x", "a")
    await limits.take("x", "a")
    with pytest.raises(ProtocolError) as refused:
        await limits.take("x", "a")
    assert refused.value.code is ErrorCode.RATE_LIMITED
    assert await limits.allowed("x", "b")  # another key is not affected
    now[0] = 10.5
    await limits.take("x", "a")  # the window moved on
    for key in "cdefg":
        await limits.hit("x", key)
    assert len(limits._events) == 3


async def test_join_code_misses_are_also_counted_per_address() -> None:
    async with running_service(ServiceSettings(dev_mode=True)) as client:
        allowed = BUDGETS["join_code_miss_address"].amount
        per_user = BUDGETS["join_code_miss_user"].amount
        codes: list[int] = []
        for n in range(allowed // per_user + 1):  # a guesser who signs in again and again
            login = (await client.post("/v1/auth/test", json={"name": f"Eve {n}", "role": "patient"})).json()
            auth = {"Authorization": f"Bearer {login['access_token']}", **ATTACKER}
            for i in range(per_user):
                codes.append((await client.get(f"/v1/rooms/ZZZZ-{i:04d}", headers=auth)).status_code)
        assert codes.count(404) == allowed and codes[-1] == 429


async def test_a_bankid_flood_from_many_addresses_does_not_lock_out_real_people(
    pki: SimPki, sim: Sim, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each flooding address stays within its budget, but together they start more orders than the
    table holds. The oldest orders nobody opened in a BankID app make room: a person who started
    before the flood and is signing keeps her order, and one who starts during it is served."""
    monkeypatch.setattr(bankid_logins, "MAX_LOGINS", 20)
    simulator, url = sim
    async with running_service(settings(pki, url)) as client:
        before = await client.post("/v1/auth/bankid", headers=SOMEONE)
        assert before.status_code == 201
        signing = before.json()["login_id"]
        first = await poll(client, signing)
        assert first.qr is not None
        order = simulator.scan(first.qr)  # she opened it in her BankID app
        assert (await until(client, signing, "x", 0.6)).message == "RFA9"

        flood = [{"X-Forwarded-For": f"198.51.100.{i}"} for i in range(1, 61)]
        codes = []
        for headers in flood:
            codes.append((await client.post("/v1/auth/bankid", headers=headers)).status_code)
            assert (await poll(client, signing)).status == "pending"  # her desktop keeps asking
        assert codes == [201] * len(flood)  # none refused: the oldest unopened made room

        late = await client.post("/v1/auth/bankid", headers={"X-Forwarded-For": "203.0.113.77"})
        assert late.status_code == 201, late.text
        late_id = late.json()["login_id"]
        late_first = await poll(client, late_id)
        assert late_first.status == "pending" and late_first.qr is not None

        simulator.approve(order, PATIENT_PN, "Anna", "Andersson")
        done = await until(client, signing, "complete")
        assert done.status == "complete" and done.login is not None
        running = sum(1 for o in simulator.orders.values() if o.status == "pending")
        assert running <= 20 + 1


async def test_one_address_keeps_only_its_newest_unopened_bankid_orders(pki: SimPki, sim: Sim) -> None:
    _, url = sim
    async with running_service(settings(pki, url)) as client:
        ids = [(await client.post("/v1/auth/bankid", headers=ATTACKER)).json()["login_id"] for _ in range(7)]
        states = [(await poll(client, i)).status for i in ids]
        kept = bankid_logins.MAX_PER_ADDRESS
        assert states == ["failed"] * (7 - kept) + ["pending"] * kept

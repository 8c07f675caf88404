"""Per-client-address limits at the unauthenticated edges: a flood from one address is refused with
``rate_limited`` while people at other addresses keep being served (the address is the one the
trusted reverse proxy names in X-Forwarded-For, loopback by default)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.core.errors import ErrorCode, ProtocolError
from server.edge.client_limits import BUDGETS, Budget, ClientLimits
from server.settings import ServiceSettings
from tests.server.identity.conftest import running_service
from tests.server.identity.test_bankid_login import Sim, settings
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

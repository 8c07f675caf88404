"""Two different people with the same name and provider are two users (issue 4: the name is not a key)."""

from __future__ import annotations

import asyncio

from app.core.protocol import Role, Verification
from server.identity.people import VerifiedPerson, store_person
from server.settings import Secret, ServiceSettings
from server.store import Repository
from tests.server.identity.conftest import bankid_settings, running_service
from tests.support.bankid_certs import SimPki
from tests.support.bankid_sim import BankIdSimulator

KEY = Secret("k" * 32)


def _repo() -> Repository:
    repo = Repository("sqlite://")
    repo.create_tables()
    return repo


def test_two_oidc_people_named_alike_are_two_users() -> None:
    repo = _repo()
    one = VerifiedPerson(Secret("01017012345"), "Anna Berg", Verification.OIDC)
    two = VerifiedPerson(Secret("02028054321"), "Anna Berg", Verification.OIDC)
    a = store_person(repo, KEY, Role.PATIENT, one)
    b = store_person(repo, KEY, Role.PATIENT, two)
    assert a.user_id != b.user_id and a.name == b.name == "Anna Berg"
    assert store_person(repo, KEY, Role.PATIENT, one).user_id == a.user_id  # same person, same id
    assert repo.user(a.user_id) is not None and repo.user(b.user_id) is not None
    repo.dispose()


def test_a_test_person_and_a_verified_person_may_share_a_name() -> None:
    repo = _repo()
    verified = store_person(
        repo, KEY, Role.PATIENT, VerifiedPerson(Secret("01017012345"), "Anna Berg", Verification.OIDC)
    )
    test = repo.test_user("Anna Berg", Role.PATIENT)
    assert test.user_id != verified.user_id and repo.test_user("Anna Berg", Role.PATIENT) == test
    repo.dispose()


async def _bankid_login(client: object, sim: BankIdSimulator, pn: str) -> dict[str, object]:
    import httpx

    assert isinstance(client, httpx.AsyncClient)
    login_id = (await client.post("/v1/auth/bankid")).json()["login_id"]
    qr = (await client.get(f"/v1/auth/bankid/{login_id}")).json()["qr"]
    sim.approve(sim.scan(qr), pn, "Anna", "Berg")
    for _ in range(100):
        state = (await client.get(f"/v1/auth/bankid/{login_id}")).json()
        if state["status"] != "pending":
            return dict(state)
        await asyncio.sleep(0.05)
    raise AssertionError("the login did not end")


async def test_two_bankid_people_named_anna_berg_both_log_in(
    pki: SimPki, sim: tuple[BankIdSimulator, str]
) -> None:
    simulator, url = sim
    settings = ServiceSettings(bankid=bankid_settings(pki, url, collect_interval_s=0.1))
    async with running_service(settings) as client:
        first = await _bankid_login(client, simulator, "198112289874")
        second = await _bankid_login(client, simulator, "199001019802")
    assert (first["status"], second["status"]) == ("complete", "complete"), (first, second)
    users = [s["login"]["user"] for s in (first, second)]  # type: ignore[index]
    assert users[0]["name"] == users[1]["name"] == "Anna Berg"
    assert users[0]["user_id"] != users[1]["user_id"]

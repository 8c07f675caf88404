"""A guardian logged in with BankID acts for a child under 16; both identities are recorded."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import sqlite3
from pathlib import Path

import httpx
import pytest

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import QueueEntry, Role, Verification
from app.media.sources import synthetic_factory
from app.session.auth.auth_api import AuthApi
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.errors import SessionError
from app.session.events import QueueChanged, SessionEvent
from server.identity.acting import ActingForChildren
from server.identity.guardianship import ChildRecord, SimulatedGuardianshipDirectory
from server.identity.people import pseudonym
from server.settings import Secret, ServiceSettings
from server.store import Repository
from tests.server.identity.conftest import bankid_settings, running_service
from tests.server.identity.numbers import norwegian, swedish
from tests.server.identity.test_same_name import _bankid_login
from tests.support.bankid_certs import SimPki
from tests.support.bankid_sim import BankIdSimulator

BANKID = Verification.BANKID_SE
GUARDIAN = "198112289874"
STRANGER = "199001019802"
today = dt.date.today()
CHILD = swedish(today.replace(year=today.year - 9), 123)
NO_CHILD = norwegian(today.replace(year=today.year - 4, day=1))
TEEN = swedish(today.replace(year=today.year - 16, day=1) - dt.timedelta(days=1), 456)


def families(tmp_path: Path) -> str:
    path = tmp_path / "families.json"
    entries = [
        {"child": CHILD, "name": "Ella Berg", "guardians": [GUARDIAN]},
        {"child": NO_CHILD, "name": "Ola Berg", "guardians": [GUARDIAN]},
        {"child": TEEN, "name": "Nils Berg", "guardians": [GUARDIAN]},
    ]
    path.write_text(json.dumps(entries))
    return str(path)


async def act(client: httpx.AsyncClient, token: str, number: str) -> httpx.Response:
    return await client.post(
        "/v1/auth/act-for", json={"national_id": number}, headers={"Authorization": f"Bearer {token}"}
    )


async def test_a_guardian_acts_for_their_child_and_both_are_recorded(
    tmp_path: Path, pki: SimPki, sim: tuple[BankIdSimulator, str]
) -> None:
    simulator, url = sim
    db = tmp_path / "samtale.db"
    settings = ServiceSettings(
        bankid=bankid_settings(pki, url, collect_interval_s=0.1),
        database_url=f"sqlite:///{db}",
        guardianship_simulator_file=families(tmp_path),
    )
    async with running_service(settings) as client:
        guardian = (await _bankid_login(client, simulator, GUARDIAN))["login"]
        stranger = (await _bankid_login(client, simulator, STRANGER))["login"]
        token = guardian["access_token"]  # type: ignore[index]
        acting = await act(client, token, CHILD)
        assert acting.status_code == 200, acting.text
        child = acting.json()
        assert (child["user"]["name"], child["user"]["role"]) == ("Ella Berg", "patient")
        assert child["user"]["verified_by"] == "bankid_se" and child["refresh_token"]
        assert child["user"]["user_id"] != guardian["user"]["user_id"]  # type: ignore[index]
        # the acting session works like any login, and its refresh keeps the child
        room = await client.get(
            "/v1/rooms/ABCD-EFGH", headers={"Authorization": f"Bearer {child['access_token']}"}
        )
        assert room.status_code == 404
        renewed = (
            await client.post("/v1/auth/refresh", json={"refresh_token": child["refresh_token"]})
        ).json()
        assert renewed["user"]["name"] == "Ella Berg"
        desktop = AuthApi(str(client.base_url))  # the desktop's call, for a Norwegian child
        ola = await desktop.act_for(token, NO_CHILD)
        assert ola.user.name == "Ola Berg" and ola.refresh_token is not None
        with pytest.raises(SessionError) as refused:
            await desktop.act_for(token, TEEN)
        assert refused.value.code is ErrorCode.FORBIDDEN
        await desktop.close()
        # refusals: a 16-year-old, somebody else's child, chaining, nonsense, no login
        assert (await act(client, token, TEEN)).json()["code"] == "forbidden"
        other = await act(client, stranger["access_token"], CHILD)  # type: ignore[index]
        assert (other.status_code, other.json()["code"]) == (403, "forbidden")
        assert (await act(client, child["access_token"], NO_CHILD)).status_code == 403
        assert (await act(client, token, "123")).json()["code"] == "bad_message"
        assert (await client.post("/v1/auth/act-for", json={"national_id": CHILD})).status_code == 401
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT acting_user_id, guardian_user_id, child_user_id, directory FROM guardian_acts"
        )
        recorded = rows.fetchall()
        names = dict(conn.execute("SELECT id, name FROM users").fetchall())
        dump = "\n".join(
            str(r) for t in ("users", "guardian_acts") for r in conn.execute(f"SELECT * FROM {t}")
        )
    assert len(recorded) == 2
    acting_id, guardian_id, child_id, directory = recorded[0]
    guardian_user: dict[str, str] = guardian["user"]  # type: ignore[index]
    assert (acting_id, guardian_id, directory) == (
        child["user"]["user_id"],
        guardian_user["user_id"],
        "simulator",
    )
    assert names[acting_id] == "Ella Berg" and names[guardian_id] == "Anna Berg" and child_id not in names
    assert CHILD not in dump and GUARDIAN not in dump  # national identity numbers are never stored


async def test_acting_is_not_offered_without_a_directory() -> None:
    async with running_service(ServiceSettings(dev_mode=True)) as client:
        token = (await client.post("/v1/auth/test", json={"name": "Anna", "role": "patient"})).json()
        refused = await act(client, token["access_token"], CHILD)
        assert (refused.status_code, refused.json()["code"]) == (404, "not_found")


async def test_the_guardians_name_is_known_for_the_queue() -> None:
    key = Secret("k" * 32)
    repo = Repository("sqlite://")
    repo.create_tables()
    guardian_record = repo.verified_user(pseudonym(key, Secret(GUARDIAN)), "Anna Berg", Role.PATIENT, BANKID)
    directory = SimulatedGuardianshipDirectory({CHILD: ChildRecord("Ella Berg", (Secret(GUARDIAN),))})
    acting = ActingForChildren(repo, key, directory)
    guardian = guardian_record.info()
    child_id, name = await acting.check(guardian, CHILD)
    session_user = acting.record(guardian, child_id, name)
    assert acting.guardian_name(session_user.user_id) == "Anna Berg"
    assert acting.guardian_name(guardian.user_id) is None
    with pytest.raises(ProtocolError):  # an acting session cannot act again
        acting.record(session_user.info(), child_id, name)
    repo.dispose()


async def test_the_clinicians_queue_shows_the_guardian_who_brings_the_child(
    tmp_path: Path, pki: SimPki, sim: tuple[BankIdSimulator, str]
) -> None:
    simulator, url = sim
    settings = ServiceSettings(
        dev_mode=True,  # the clinician signs in with the test identity
        bankid=bankid_settings(pki, url, collect_interval_s=0.1),
        guardianship_simulator_file=families(tmp_path),
    )
    queues: list[list[QueueEntry]] = []

    def on_event(event: SessionEvent) -> None:
        if isinstance(event, QueueChanged) and event.entries:
            queues.append(event.entries)

    async with running_service(settings) as client:
        base = str(client.base_url).rstrip("/")
        guardian = (await _bankid_login(client, simulator, GUARDIAN))["login"]
        desktop = AuthApi(base)
        child_login = await desktop.act_for(guardian["access_token"], CHILD)  # type: ignore[index]
        await desktop.close()
        clinician = ClinicianConsultation(
            SessionConfig(base, loopback_only=True), on_event, sources_factory=synthetic_factory()
        )
        child = PatientConsultation(
            SessionConfig(base, loopback_only=True), lambda _e: None, sources_factory=synthetic_factory()
        )
        plain = PatientConsultation(
            SessionConfig(base, loopback_only=True), lambda _e: None, sources_factory=synthetic_factory()
        )
        try:
            await clinician.login_test("Dr. Lind")
            room = await clinician.create_room("children's clinic")
            await child.login_with(child_login)
            await child.open_room(room.code)
            await child.knock()
            await plain.login_test("Bo Ek")
            await plain.open_room(room.code)
            await plain.knock()
            async with asyncio.timeout(10):
                while not queues or len(queues[-1]) < 2:
                    await asyncio.sleep(0.02)
            both = queues[-1]  # before anyone leaves
        finally:
            for consultation in (child, plain, clinician):
                await consultation.close()
    waiting = {e.name: e.guardian for e in both}
    assert waiting == {"Ella Berg": "Anna Berg", "Bo Ek": None}

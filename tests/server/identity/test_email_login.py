"""Sign-in with an e-mail address and a one-time code, against a real SMTP server that reads the mail."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path

import httpx
import pytest

from app.core.errors import ErrorCode
from app.core.protocol import Ack, Error, Knock, QueueUpdate, Verification, WatchRoom
from app.core.room_types import RoomType
from server.settings import EmailLoginSettings, ServiceSettings
from server.sfu.choice import SfuRooms
from tests.server.identity.conftest import running_service
from tests.server.identity.numbers import swedish
from tests.server.wsclient import WsClient, new_id
from tests.support.smtp import MailServer

ADDRESS = "kari.nordmann@example.no"


@pytest.fixture
def mail() -> Iterator[MailServer]:
    with MailServer() as server:
        yield server


@asynccontextmanager
async def service(mail: MailServer, ttl_s: float = 600.0) -> AsyncIterator[httpx.AsyncClient]:
    email = EmailLoginSettings(
        host="127.0.0.1", port=mail.port, sender="samtale@example.no", security="none", code_ttl_s=ttl_s
    )
    async with running_service(ServiceSettings(email_login=email)) as client:
        yield client


async def ask(client: httpx.AsyncClient, address: str = ADDRESS, language: str = "nb") -> httpx.Response:
    return await client.post(
        "/v1/auth/email", json={"address": address, "name": "Kari", "language": language}
    )


async def verify(client: httpx.AsyncClient, code: str, address: str = ADDRESS) -> httpx.Response:
    return await client.post("/v1/auth/email/verify", json={"address": address, "code": code})


async def test_the_code_in_the_mail_signs_in_a_patient_at_the_email_level(mail: MailServer) -> None:
    async with service(mail) as client:
        assert (await client.get("/v1/auth/providers")).json()["email"] is True
        assert (await ask(client, " Kari.Nordmann@Example.NO ")).status_code == 202
        message = await mail.next_message()
        assert message["To"] == ADDRESS
        assert message["From"] == "samtale@example.no"
        body = message.get_body(("plain",))
        assert body is not None and "én gang" in body.get_content()  # the patient's language
        code = next(w.strip(".") for w in body.get_content().split() if w.strip(".").isdigit())
        assert code not in str(message["Subject"])  # not on a locked phone's screen
        response = await verify(client, code)
        assert response.status_code == 200, response.text
        user = response.json()["user"]
        assert user == {**user, "name": "Kari", "role": "patient", "verified_by": "email"}


async def test_a_code_works_once(mail: MailServer) -> None:
    async with service(mail) as client:
        await ask(client)
        code = await mail.next_code(ADDRESS)
        assert (await verify(client, code)).status_code == 200
        reused = await verify(client, code)
        assert reused.status_code == 401
        assert reused.json()["code"] == "code_invalid"


async def test_an_expired_code_is_refused(mail: MailServer) -> None:
    async with service(mail, ttl_s=0.5) as client:
        await ask(client)
        code = await mail.next_code(ADDRESS)
        await asyncio.sleep(0.7)
        expired = await verify(client, code)
        assert expired.json()["code"] == "code_invalid"


async def test_a_wrong_code_is_refused_and_five_wrong_tries_spend_the_code(mail: MailServer) -> None:
    async with service(mail) as client:
        await ask(client)
        code = await mail.next_code(ADDRESS)
        wrong = f"{(int(code) + 1) % 10**6:06d}"
        assert (await verify(client, wrong)).json()["code"] == "code_invalid"
        assert (await verify(client, code, "someone.else@example.no")).json()["code"] == "code_invalid"
        assert (await verify(client, code)).status_code == 200  # one wrong try does not spend it
        await ask(client)
        code = await mail.next_code(ADDRESS)
        for _ in range(5):
            assert (await verify(client, wrong)).json()["code"] == "code_invalid"
        assert (await verify(client, code)).json()["code"] == "code_invalid"  # guessing is bounded


async def test_a_new_code_replaces_the_earlier_one(mail: MailServer) -> None:
    async with service(mail) as client:
        await ask(client)
        first = await mail.next_code(ADDRESS)
        await ask(client)
        second = await mail.next_code(ADDRESS)
        if first != second:
            assert (await verify(client, first)).json()["code"] == "code_invalid"
        assert (await verify(client, second)).status_code == 200


async def test_a_flood_of_mails_to_one_address_is_refused_and_not_sent(mail: MailServer) -> None:
    async with service(mail) as client:
        statuses = [(await ask(client)).status_code for _ in range(5)]
        assert statuses == [202, 202, 202, 429, 429]
        for _ in range(3):
            await mail.next_message()
        await asyncio.sleep(0.3)
        assert mail.count == 3  # the refused requests sent nothing
        other = [(await ask(client, f"p{i}@example.no")).status_code for i in range(8)]
        assert other[:7] == [202] * 7  # per client address: ten in ten minutes
        assert other[7] == 429


async def test_every_well_formed_address_gets_the_same_answer(mail: MailServer) -> None:
    async with service(mail) as client:
        assert (await verify(client, await _code_for(client, mail, ADDRESS))).status_code == 200
        known = await ask(client)  # someone who signed in before
        unknown = await ask(client, "never.seen@example.se")
        assert (known.status_code, known.content) == (unknown.status_code, unknown.content) == (202, b"")
        malformed = await ask(client, "not an address")
        assert malformed.json()["code"] == "bad_message"


async def _code_for(client: httpx.AsyncClient, mail: MailServer, address: str) -> str:
    await ask(client, address)
    return await mail.next_code(address)


async def test_a_relay_that_cannot_be_reached_is_said_plainly(mail: MailServer) -> None:
    email = EmailLoginSettings(host="127.0.0.1", port=1, sender="samtale@example.no", security="none")
    async with running_service(ServiceSettings(email_login=email)) as client:
        response = await ask(client)
    assert response.status_code == 503
    assert response.json()["code"] == "provider_unavailable"


async def test_the_providers_say_how_long_a_code_lasts(mail: MailServer) -> None:
    """The page that asks for the code says the deployment's time, not "a few minutes"."""
    async with service(mail, ttl_s=300.0) as client:
        assert (await client.get("/v1/auth/providers")).json()["email_code_ttl_s"] == 300


async def test_without_an_smtp_relay_email_sign_in_is_not_offered() -> None:
    async with running_service(ServiceSettings()) as client:
        assert (await client.get("/v1/auth/providers")).json()["email"] is False
        assert (await client.get("/v1/auth/providers")).json()["email_code_ttl_s"] is None
        assert (await ask(client)).json()["code"] == "not_found"
        assert (await verify(client, "123456")).json()["code"] == "not_found"


async def test_through_the_service_an_email_person_knocks_only_where_allowed(mail: MailServer) -> None:
    email = EmailLoginSettings(
        host="127.0.0.1",
        port=mail.port,
        sender="samtale@example.no",
        security="none",
        room_types=frozenset({RoomType.PERSONAL}),
    )
    settings = ServiceSettings(dev_mode=True, email_login=email, sfu_rooms=SfuRooms.NONE)
    async with running_service(settings) as client:
        doctor = await client.post("/v1/auth/test", json={"name": "Dr Lie", "role": "clinician"})
        bearer = {"Authorization": "Bearer " + doctor.json()["access_token"]}
        personal = (await client.post("/v1/rooms", json={}, headers=bearer)).json()
        admin = (await client.post("/v1/rooms", json={"room_type": "admin_small"}, headers=bearer)).json()
        await ask(client)
        kari = (await verify(client, await mail.next_code(ADDRESS))).json()["access_token"]
        ws_url = "ws" + str(client.base_url).rstrip("/").removeprefix("http") + "/v1/ws"
        host, _ = await WsClient.logged_in(ws_url, doctor.json()["access_token"])
        patient, _ = await WsClient.logged_in(ws_url, kari)
        try:
            assert isinstance(await host.request(WatchRoom(id=new_id(), room_id=personal["room_id"])), Ack)
            refused = await patient.request(Knock(id=new_id(), room_id=admin["room_id"]))
            assert isinstance(refused, Error) and refused.code is ErrorCode.ASSURANCE_TOO_LOW
            assert isinstance(await patient.request(Knock(id=new_id(), room_id=personal["room_id"])), Ack)
            queue = await host.recv()
            while not isinstance(queue, QueueUpdate) or not queue.entries:  # the first is the empty queue
                queue = await host.recv()
            (entry,) = queue.entries
            assert (entry.name, entry.verified_by) == ("Kari", Verification.EMAIL)
        finally:
            await host.close()
            await patient.close()


async def test_someone_signed_in_with_an_email_code_cannot_act_for_a_child(
    mail: MailServer, tmp_path: Path
) -> None:
    child = swedish(date.today().replace(year=date.today().year - 9), 123)
    families = tmp_path / "families.json"
    # Even a directory that named this e-mail identity as the guardian is not enough: only an e-ID acts.
    families.write_text(json.dumps([{"child": child, "name": "Ella", "guardians": ["email:" + ADDRESS]}]))
    email = EmailLoginSettings(host="127.0.0.1", port=mail.port, sender="s@example.no", security="none")
    settings = ServiceSettings(email_login=email, guardianship_simulator_file=str(families))
    async with running_service(settings) as client:
        await ask(client)
        token = (await verify(client, await mail.next_code(ADDRESS))).json()["access_token"]
        refused = await client.post(
            "/v1/auth/act-for", json={"national_id": child}, headers={"Authorization": f"Bearer {token}"}
        )
    assert (refused.status_code, refused.json()["code"]) == (403, "forbidden")


async def test_a_code_sent_by_one_instance_is_verified_at_another_and_after_a_restart(
    mail: MailServer, tmp_path: Path
) -> None:
    """Two instances on one database (as behind a load balancer): the code is not in either process."""
    email = EmailLoginSettings(
        host="127.0.0.1", port=mail.port, sender="samtale@example.no", security="none", code_ttl_s=600
    )
    settings = ServiceSettings(email_login=email, database_url=f"sqlite:///{tmp_path / 'shared.db'}")
    async with running_service(settings) as a, running_service(settings) as b:
        assert (await ask(a)).status_code == 202
        code = await mail.next_code(ADDRESS)
        response = await verify(b, code)
        assert response.status_code == 200, response.text
        assert response.json()["user"]["name"] == "Kari"
        assert (await verify(a, code)).json()["code"] == "code_invalid"  # used at B: spent at A too
        assert (await ask(b, "ola@example.no")).status_code == 202
        second = await mail.next_code("ola@example.no")
    async with running_service(settings) as restarted:  # both stopped; a new process verifies it
        answer = await verify(restarted, second, "ola@example.no")
        assert answer.status_code == 200, answer.text


async def test_wrong_tries_are_counted_across_instances(mail: MailServer, tmp_path: Path) -> None:
    email = EmailLoginSettings(
        host="127.0.0.1", port=mail.port, sender="samtale@example.no", security="none", code_ttl_s=600
    )
    settings = ServiceSettings(email_login=email, database_url=f"sqlite:///{tmp_path / 'shared.db'}")
    async with running_service(settings) as a, running_service(settings) as b:
        await ask(a)
        code = await mail.next_code(ADDRESS)
        wrong = f"{(int(code) + 1) % 10**6:06d}"
        for i in range(5):  # five wrong tries, spread over both instances, spend the code
            assert (await verify((a, b)[i % 2], wrong)).status_code == 401
        assert (await verify(a, code)).json()["code"] == "code_invalid"

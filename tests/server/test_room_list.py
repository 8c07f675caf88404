"""A clinician's rooms on the real service: listed with who waits, closed (and everyone told), and a
standing personal room at a chosen address that survives a restart of the service."""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
import pytest

from app.core.protocol import (
    Knock,
    LobbyUpdate,
    QueueUpdate,
    RoomList,
    RoomSummary,
    ServerMessage,
    WatchRoom,
    from_json,
)
from app.core.protocol.moderation import NearbyPatients, OpenRoom, RoomClosed
from tests.server.conftest import Consultation, person
from tests.server.test_rest import assert_refusal, bearer
from tests.server.wsclient import WsClient, assert_error
from tests.support.service import ServiceProcess, create_room, login


def rooms_of(service: ServiceProcess, token: str) -> RoomList:
    response = httpx.get(f"{service.url}/v1/rooms", headers=bearer(token))
    assert response.status_code == 200, response.text
    return from_json(RoomList, response.json())


async def rooms_async(http: httpx.AsyncClient, token: str) -> RoomList:
    response = await http.get("/v1/rooms", headers=bearer(token))
    assert response.status_code == 200, response.text
    return from_json(RoomList, response.json())


def keep_standing(service: ServiceProcess, token: str, address: str, title: str = "") -> httpx.Response:
    body = {"address": address, "title": title}
    return httpx.put(f"{service.url}/v1/me/room", json=body, headers=bearer(token))


async def told_closed(client: WsClient) -> ServerMessage:
    """The next ``room_closed`` (queue updates from before the close may come first)."""
    while True:
        message = await client.recv()
        if not isinstance(message, QueueUpdate | NearbyPatients):
            return message


def unique_address() -> str:
    return "dr" + uuid.uuid4().hex[:10]


async def test_the_list_shows_open_rooms_with_who_waits_and_only_the_owners(
    service: ServiceProcess, consultation: Consultation
) -> None:
    c = consultation
    http = httpx.AsyncClient(base_url=service.url)
    other = create_room(service.url, c.clinician.token, "Second")
    patient, _ = await WsClient.logged_in(service.ws_url, c.patient.token)
    await patient.request(Knock(id="k", room_id=c.room_id))
    listed = (await rooms_async(http, c.clinician.token)).rooms
    assert [r.room.room_id for r in listed] == [other["room_id"], c.room_id]  # newest first
    assert [(r.waiting, r.in_call, r.standing) for r in listed] == [(0, 0, False), (1, 0, False)]
    assert listed[1].room.code == c.code
    stranger = person(service, "clinician")
    assert (await rooms_async(http, stranger.token)).rooms == []
    refused = await http.get("/v1/rooms", headers=bearer(c.patient.token))
    assert_refusal(refused, 403, "forbidden")
    await patient.close()
    await http.aclose()


async def test_closing_tells_the_waiting_and_watching_and_refuses_them_afterwards(
    service: ServiceProcess, consultation: Consultation
) -> None:
    c = consultation
    http = httpx.AsyncClient(base_url=service.url)
    host, _ = await WsClient.logged_in(service.ws_url, c.clinician.token)
    await host.request(WatchRoom(id="w", room_id=c.room_id))
    await host.recv()  # the queue
    waiting, _ = await WsClient.logged_in(service.ws_url, c.patient.token)
    await waiting.request(Knock(id="k", room_id=c.room_id))
    assert isinstance(await waiting.recv(), LobbyUpdate)
    looking_person = person(service, "patient")
    looking, _ = await WsClient.logged_in(service.ws_url, looking_person.token)
    await looking.request(OpenRoom(id="o", room_id=c.room_id))

    by_patient = await http.post(f"/v1/rooms/{c.room_id}/close", headers=bearer(c.patient.token))
    assert_refusal(by_patient, 403, "forbidden")
    colleague = person(service, "clinician")
    by_colleague = await http.post(f"/v1/rooms/{c.room_id}/close", headers=bearer(colleague.token))
    assert_refusal(by_colleague, 403, "forbidden")
    closed = await http.post(f"/v1/rooms/{c.room_id}/close", headers=bearer(c.clinician.token))
    assert closed.status_code == 204

    for client in (waiting, looking, host):
        assert await told_closed(client) == RoomClosed(c.room_id)
    assert_error(await waiting.request(Knock(id="k2", room_id=c.room_id)), "room_closed", "k2")
    assert_error(await host.request(WatchRoom(id="w2", room_id=c.room_id)), "room_closed", "w2")
    by_code = await http.get(f"/v1/rooms/{c.code}", headers=bearer(c.patient.token))
    assert_refusal(by_code, 410, "room_closed")
    assert c.room_id not in [r.room.room_id for r in (await rooms_async(http, c.clinician.token)).rooms]
    again = await http.post(f"/v1/rooms/{c.room_id}/close", headers=bearer(c.clinician.token))
    assert again.status_code == 204
    audit = await http.get(f"/v1/rooms/{c.room_id}/audit", headers=bearer(c.clinician.token))
    assert [e["action"] for e in audit.json()["entries"]] == ["close_room"]
    for client in (host, waiting, looking):
        await client.close()
    await http.aclose()


def test_the_standing_room_has_the_chosen_address_and_is_listed_first(service: ServiceProcess) -> None:
    clinician = person(service, "clinician")
    create_room(service.url, clinician.token, "Ad hoc")
    address = unique_address()
    created = keep_standing(service, clinician.token, address.upper()[:2] + "-" + address[2:], "Dr Dahl")
    assert created.status_code == 201, created.text
    standing = from_json(RoomSummary, created.json())
    assert (standing.standing, standing.room.address, standing.room.title) == (True, address, "Dr Dahl")
    assert standing.room.link.endswith("/" + address) or standing.room.link.endswith(address)
    listed = rooms_of(service, clinician.token).rooms
    assert listed[0] == standing and len(listed) == 2
    patient = person(service, "patient")
    by_address = httpx.get(f"{service.url}/v1/rooms/{address}", headers=bearer(patient.token))
    assert by_address.status_code == 200 and by_address.json()["room_id"] == standing.room.room_id
    same = keep_standing(service, clinician.token, address, "")
    assert same.status_code == 200 and same.json()["room"]["room_id"] == standing.room.room_id
    mine = httpx.get(f"{service.url}/v1/me/room", headers=bearer(clinician.token))
    assert mine.json()["room"]["room_id"] == standing.room.room_id


@pytest.mark.parametrize(("address", "code"), [("ab", "bad_message"), ("ABCD-EFGH", "bad_message")])
def test_a_bad_address_is_refused(service: ServiceProcess, address: str, code: str) -> None:
    clinician = person(service, "clinician")
    assert_refusal(keep_standing(service, clinician.token, address), 400, code)


def test_an_address_in_use_is_refused_and_a_closed_standing_room_reopens(service: ServiceProcess) -> None:
    first, second = person(service, "clinician"), person(service, "clinician")
    address = unique_address()
    room_id = keep_standing(service, first.token, address).json()["room"]["room_id"]
    assert_refusal(keep_standing(service, second.token, address), 409, "address_taken")
    closed = httpx.post(f"{service.url}/v1/rooms/{room_id}/close", headers=bearer(first.token))
    assert closed.status_code == 204
    assert rooms_of(service, first.token).rooms == []
    reopened = keep_standing(service, first.token, address)
    assert reopened.status_code == 200 and reopened.json()["room"]["room_id"] == room_id
    assert [r.room.room_id for r in rooms_of(service, first.token).rooms] == [room_id]


def test_the_standing_room_survives_a_service_restart(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'samtale.db'}"
    with ServiceProcess(database_url=url) as svc:
        token = login(svc.url, "Dr Restart", "clinician")
        room_id = keep_standing(svc, token, "restartroom", "Morning").json()["room"]["room_id"]
        waiting_room = create_room(svc.url, token, "Before restart")["room_id"]
    with ServiceProcess(database_url=url) as svc:
        token = login(svc.url, "Dr Restart", "clinician")
        listed = rooms_of(svc, token).rooms
        assert [r.room.room_id for r in listed] == [room_id, waiting_room]
        assert listed[0].room.address == "restartroom"

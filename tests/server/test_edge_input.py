"""Black-box abuse of the real service: frames nested 1,500 deep and lone surrogates get coded refusals."""

from __future__ import annotations

import asyncio
import json

import httpx

from app.core.protocol import (
    Ack,
    Admit,
    JoinCall,
    Knock,
    Ping,
    Pong,
    QueueUpdate,
    Signal,
    SignalPayload,
    WatchRoom,
)
from app.core.protocol.moderation import Chat
from tests.server.conftest import Consultation, person
from tests.server.test_ws_abuse import assert_still_serving
from tests.server.wsclient import WsClient, assert_error
from tests.support.service import ServiceProcess

DEEP = "[" * 1500 + "]" * 1500  # 3 KB


async def test_a_deeply_nested_frame_before_hello_is_refused_without_a_traceback(
    service: ServiceProcess,
) -> None:
    client = await WsClient.connect(service.ws_url)
    await client.send_raw(DEEP)
    assert_error(await client.recv(), "bad_json", None)
    assert await client.wait_closed() == 1008
    assert "Traceback" not in service.stderr()
    assert "RecursionError" not in service.stderr()
    await assert_still_serving(service)


async def test_a_deeply_nested_frame_after_hello_is_refused_and_the_connection_stays(
    service: ServiceProcess,
) -> None:
    someone = person(service, "patient")
    client, _ = await WsClient.logged_in(service.ws_url, someone.token)
    await client.send_raw('{"v":1,"type":"ping","id":"d1","x":' + DEEP + "}")
    assert_error(await client.recv(), "bad_json", None)
    assert await client.request(Ping(id="after")) == Pong("after")
    await client.close()
    assert "RecursionError" not in service.stderr()


def test_a_deeply_nested_rest_body_is_bad_json_400(service: ServiceProcess) -> None:
    someone = person(service, "clinician")
    response = httpx.post(
        f"{service.url}/v1/rooms",
        content=DEEP,
        headers={"Authorization": f"Bearer {someone.token}", "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["code"] == "bad_json"


def test_a_lone_surrogate_in_a_room_title_is_bad_message_400(service: ServiceProcess) -> None:
    someone = person(service, "clinician")
    response = httpx.post(
        f"{service.url}/v1/rooms",
        content=json.dumps({"title": "Room \ud800"}),  # json.dumps writes the escape \\ud800
        headers={"Authorization": f"Bearer {someone.token}", "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["code"] == "bad_message"


def test_a_lone_surrogate_in_a_test_login_name_is_bad_message_400(service: ServiceProcess) -> None:
    response = httpx.post(
        f"{service.url}/v1/auth/test", content=json.dumps({"name": "A\udc80", "role": "patient"})
    )
    assert response.status_code == 400
    assert response.json()["code"] == "bad_message"


async def test_a_lone_surrogate_in_a_room_id_is_bad_message(
    service: ServiceProcess, consultation: Consultation
) -> None:
    client, _ = await WsClient.logged_in(service.ws_url, consultation.patient.token)
    await client.send_raw(json.dumps({"v": 1, "type": "knock", "id": "k1", "room_id": "r\ud800"}))
    assert_error(await client.recv(), "bad_message", "k1")
    assert await client.request(Knock(id="k2", room_id=consultation.room_id)) is not None
    await client.close()
    assert "UnicodeEncodeError" not in service.stderr()


async def test_a_whole_consultation_leaves_no_personal_data_in_the_log(service: ServiceProcess) -> None:
    clinician = person(service, "clinician")
    patient = person(service, "patient")
    forwarded = {"X-Forwarded-For": "192.0.2.77", "Authorization": f"Bearer {clinician.token}"}
    async with httpx.AsyncClient(base_url=service.url, headers=forwarded) as http:
        room = (await http.post("/v1/rooms", json={"title": "Ola Nordmanns time"})).json()
        await http.get(f"/v1/rooms/{room['code']}")
    host, _ = await WsClient.logged_in(service.ws_url, clinician.token)
    guest, _ = await WsClient.logged_in(service.ws_url, patient.token)
    await host.send(JoinCall(id="j", room_id=room["room_id"]))
    await host.send(WatchRoom(id="w", room_id=room["room_id"]))
    assert isinstance(await guest.request(Knock(id="k", room_id=room["room_id"])), Ack)
    queue = await host.recv()
    while not isinstance(queue, QueueUpdate) or not queue.entries:
        queue = await host.recv()
    pid = queue.entries[0].participant_id
    assert isinstance(await host.request(Admit(id="a", room_id=room["room_id"], participant_id=pid)), Ack)
    sdp = "v=0 o=- 4611731400430051336 2 IN IP4 192.0.2.55"
    offer = Signal(id="s", room_id=room["room_id"], to=pid, payload=SignalPayload(kind="offer", sdp=sdp))
    await host.request(offer)
    await host.request(Chat(id="c", room_id=room["room_id"], text="Blodtrykket ditt er 150/95"))
    await host.close()
    await guest.close()
    await asyncio.sleep(0.3)
    log = service.stderr()
    assert "accepted type=admit" in log  # the log is there, and says what happened ...
    for private in (
        clinician.name,
        patient.name,
        clinician.token,
        patient.token,
        "Ola Nordmann",
        room["code"],
        "192.0.2.77",
        "192.0.2.55",
        "Blodtrykket",
    ):
        assert private not in log  # ... but names nobody and repeats nothing they said

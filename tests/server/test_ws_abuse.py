"""Misbehaving clients against the real service: each gets a coded refusal, others keep being served."""

from __future__ import annotations

import asyncio
import json

import pytest

from app.core.protocol import (
    MAX_MESSAGE_BYTES,
    Ack,
    Admit,
    Admitted,
    Deny,
    Hello,
    JoinCall,
    Knock,
    LobbyUpdate,
    ParticipantJoined,
    Ping,
    Pong,
    Signal,
    SignalPayload,
    WatchRoom,
    Welcome,
)
from tests.server.conftest import Consultation, person
from tests.server.wsclient import WsClient, assert_error
from tests.support.service import ServiceProcess, create_room

OFFER = SignalPayload(kind="offer", sdp="v=0 secret-sdp")


async def assert_still_serving(service: ServiceProcess) -> None:
    """A second, well-behaved client on the same service still gets its answers."""
    someone = person(service, "patient")
    client, welcome = await WsClient.logged_in(service.ws_url, someone.token)
    assert welcome.user.name == someone.name
    assert await client.request(Ping(id="ok1")) == Pong("ok1")
    await client.close()


@pytest.mark.parametrize(
    ("frame", "code", "ref"),
    [
        ("{not json", "bad_json", None),
        (b"\xff\xfe", "bad_json", None),
        ("[1, 2]", "bad_message", None),
        (json.dumps({"v": 1, "type": "fly", "id": "x1"}), "unknown_type", "x1"),
        (json.dumps({"v": 2, "type": "ping", "id": "x2"}), "unsupported_version", "x2"),
        (json.dumps({"type": "ping", "id": "x3"}), "unsupported_version", "x3"),
        (json.dumps({"v": 1, "type": "knock", "id": "x4", "room_id": 7}), "bad_message", "x4"),
        (json.dumps({"v": 1, "type": "ping", "id": "x5", "extra": 1}), "bad_message", "x5"),
        (json.dumps({"v": True, "type": "ping", "id": "x6"}), "unsupported_version", "x6"),
        (json.dumps({"v": 1, "type": "ping", "id": "x" * 65}), "bad_message", None),
        ("x" * (MAX_MESSAGE_BYTES + 1), "too_large", None),
    ],
)
async def test_undecodable_frames_get_a_coded_error_and_the_connection_stays(
    service: ServiceProcess, frame: str | bytes, code: str, ref: str | None
) -> None:
    someone = person(service, "patient")
    client, _ = await WsClient.logged_in(service.ws_url, someone.token)
    await client.send_raw(frame)
    assert_error(await client.recv(), code, ref)
    assert await client.request(Ping(id="after")) == Pong("after")
    await client.close()
    await assert_still_serving(service)


async def test_large_frame_below_socket_limit_is_refused_not_dropped(service: ServiceProcess) -> None:
    someone = person(service, "patient")
    client, _ = await WsClient.logged_in(service.ws_url, someone.token)
    big = json.dumps({"v": 1, "type": "ping", "id": "big", "pad": "x" * (512 * 1024)})
    await client.send_raw(big)
    assert_error(await client.recv(), "too_large", None)
    assert await client.request(Ping(id="after")) == Pong("after")
    await client.close()


async def test_first_message_must_be_hello(service: ServiceProcess) -> None:
    client = await WsClient.connect(service.ws_url)
    await client.send(Ping(id="p1"))
    assert_error(await client.recv(), "unauthenticated", "p1")
    assert await client.wait_closed() == 1008
    await assert_still_serving(service)


async def test_garbage_before_hello_is_refused_and_closed(service: ServiceProcess) -> None:
    client = await WsClient.connect(service.ws_url)
    await client.send_raw("hello?")
    assert_error(await client.recv(), "bad_json", None)
    assert await client.wait_closed() == 1008


@pytest.mark.parametrize("token", ["garbage", "v1.e30.AAAA", ""])
async def test_bad_token_is_refused_and_closed(service: ServiceProcess, token: str) -> None:
    client = await WsClient.connect(service.ws_url)
    await client.send(Hello(id="h1", token=token))
    assert_error(await client.recv(), "invalid_token", "h1")
    assert await client.wait_closed() == 1008
    await assert_still_serving(service)


async def test_tampered_token_is_refused(service: ServiceProcess) -> None:
    someone = person(service, "patient")
    version, head, body, sig = someone.token.split(".")
    forged = f"{version}.{head}.{body}.{'A' if sig[0] != 'A' else 'B'}{sig[1:]}"
    client = await WsClient.connect(service.ws_url)
    await client.send(Hello(id="h1", token=forged))
    assert_error(await client.recv(), "invalid_token", "h1")
    assert await client.wait_closed() == 1008


async def test_second_hello_is_refused_but_connection_stays(service: ServiceProcess) -> None:
    someone = person(service, "patient")
    client, _ = await WsClient.logged_in(service.ws_url, someone.token)
    assert_error(await client.request(Hello(id="h2", token=someone.token)), "bad_message", "h2")
    assert await client.request(Ping(id="p")) == Pong("p")
    await client.close()


async def test_patient_cannot_act_as_host(service: ServiceProcess, consultation: Consultation) -> None:
    c, room = consultation, consultation.room_id
    patient, _ = await WsClient.logged_in(service.ws_url, c.patient.token)
    await patient.send(Knock(id="k1", room_id=room))
    _, lobby = await patient.recv_n(2)
    assert isinstance(lobby, LobbyUpdate)
    pid = lobby.participant_id
    for request in (
        WatchRoom(id="r1", room_id=room),
        JoinCall(id="r2", room_id=room),
        Admit(id="r3", room_id=room, participant_id=pid),
        Deny(id="r4", room_id=room, participant_id=pid),
    ):
        assert_error(await patient.request(request), "forbidden", request.id)
    await patient.assert_silent(0.2)  # in particular: not admitted
    await patient.close()
    await assert_still_serving(service)


async def test_host_cannot_knock_and_other_clinicians_cannot_host(
    service: ServiceProcess, consultation: Consultation
) -> None:
    c, room = consultation, consultation.room_id
    host, _ = await WsClient.logged_in(service.ws_url, c.clinician.token)
    assert_error(await host.request(Knock(id="k1", room_id=room)), "forbidden", "k1")
    colleague = person(service, "clinician")
    other, _ = await WsClient.logged_in(service.ws_url, colleague.token)
    assert_error(await other.request(WatchRoom(id="w1", room_id=room)), "forbidden", "w1")
    assert_error(await other.request(JoinCall(id="j1", room_id=room)), "forbidden", "j1")
    for client in (host, other):
        await client.close()


async def test_unknown_room_is_not_found(service: ServiceProcess, consultation: Consultation) -> None:
    host, _ = await WsClient.logged_in(service.ws_url, consultation.clinician.token)
    assert_error(await host.request(WatchRoom(id="w1", room_id="r_nope")), "not_found", "w1")
    assert_error(await host.request(Knock(id="k1", room_id="r_nope")), "not_found", "k1")
    signal = Signal(id="s1", room_id="r_nope", to="p_x", payload=OFFER)
    assert_error(await host.request(signal), "not_admitted", "s1")
    await host.close()


async def test_lobby_patient_cannot_signal_and_never_receives_sdp(
    service: ServiceProcess, consultation: Consultation
) -> None:
    c, room = consultation, consultation.room_id
    host, _ = await WsClient.logged_in(service.ws_url, c.clinician.token)
    await host.send(JoinCall(id="j1", room_id=room))
    _, admitted = await host.recv_n(2)
    assert isinstance(admitted, Admitted)
    patient, _ = await WsClient.logged_in(service.ws_url, c.patient.token)
    await patient.send(Knock(id="k1", room_id=room))
    _, lobby = await patient.recv_n(2)
    assert isinstance(lobby, LobbyUpdate)

    to_host = Signal(id="s1", room_id=room, to=admitted.participant_id, payload=OFFER)
    assert_error(await patient.request(to_host), "not_admitted", "s1")
    to_lobby = Signal(id="s2", room_id=room, to=lobby.participant_id, payload=OFFER)
    assert_error(await host.request(to_lobby), "unknown_participant", "s2")
    to_self = Signal(id="s3", room_id=room, to=admitted.participant_id, payload=OFFER)
    assert_error(await host.request(to_self), "unknown_participant", "s3")
    await patient.assert_silent(0.3)
    await host.assert_silent(0.1)
    for client in (host, patient):
        await client.close()
    await assert_still_serving(service)


async def test_signaling_into_another_room_is_refused(service: ServiceProcess) -> None:
    async def call_of_two() -> tuple[str, WsClient, WsClient, str]:
        host_person = person(service, "clinician")
        room = create_room(service.url, host_person.token)["room_id"]
        host, _ = await WsClient.logged_in(service.ws_url, host_person.token)
        await host.send(JoinCall(id="j", room_id=room))
        await host.recv_n(2)
        patient, _ = await WsClient.logged_in(service.ws_url, person(service, "patient").token)
        await patient.send(Knock(id="k", room_id=room))
        _, lobby = await patient.recv_n(2)
        assert isinstance(lobby, LobbyUpdate)
        assert await host.request(Admit(id="a", room_id=room, participant_id=lobby.participant_id)) == Ack(
            "a"
        )
        assert isinstance(await host.recv(), ParticipantJoined)  # no watchers, so no queue
        await patient.recv()  # admitted
        return room, host, patient, lobby.participant_id

    room_a, host_a, patient_a, _ = await call_of_two()
    room_b, host_b, patient_b, pid_b = await call_of_two()
    # Naming the other room's participant in your own room: not a member of this call.
    wrong_to = Signal(id="x1", room_id=room_a, to=pid_b, payload=OFFER)
    assert_error(await patient_a.request(wrong_to), "unknown_participant", "x1")
    # Naming the other room: you are not in its call.
    wrong_room = Signal(id="x2", room_id=room_b, to=pid_b, payload=OFFER)
    assert_error(await patient_a.request(wrong_room), "not_admitted", "x2")
    await patient_b.assert_silent(0.3)
    await host_b.assert_silent(0.1)
    for client in (host_a, patient_a, host_b, patient_b):
        await client.close()


async def test_rate_limit_drops_excess_and_spares_others(service: ServiceProcess) -> None:
    flooder, _ = await WsClient.logged_in(service.ws_url, person(service, "patient").token)
    ids = [f"f{i}" for i in range(150)]
    for ref in ids:
        await flooder.send(Ping(id=ref))
    replies = await flooder.recv_n(len(ids))
    pongs = [r.ref for r in replies if isinstance(r, Pong)]
    limited = [r for r in replies if not isinstance(r, Pong)]
    for reply in limited:
        assert_error(reply, "rate_limited", reply.ref)  # type: ignore[union-attr]
    assert 60 <= len(pongs) < len(ids)
    assert len(limited) >= 30
    assert sorted(pongs + [r.ref for r in limited]) == sorted(ids)  # type: ignore[union-attr]
    await assert_still_serving(service)
    await asyncio.sleep(0.2)  # the bucket refills
    assert await flooder.request(Ping(id="later")) == Pong("later")
    await flooder.close()


async def test_welcome_names_the_person(service: ServiceProcess) -> None:
    someone = person(service, "clinician")
    client = await WsClient.connect(service.ws_url)
    welcome = await client.request(Hello(id="h", token=someone.token))
    assert isinstance(welcome, Welcome)
    assert (welcome.user.name, welcome.user.role.value) == (someone.name, "clinician")
    await client.close()

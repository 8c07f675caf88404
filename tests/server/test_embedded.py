"""The in-process service (as the desktop demo runs it), and settings only reachable in-process."""

from __future__ import annotations

import httpx
import pytest

from app.core.protocol import Admitted, Hello, IceServer, JoinCall, Ping, Pong, WatchRoom
from server.embedded import start_embedded_service
from server.rooms.room import Room
from server.settings import ServiceSettings
from tests.server.wsclient import WsClient, assert_error
from tests.support.service import create_room, login

TURN = IceServer(urls=["turn:127.0.0.1:3478?transport=udp"], username="user", credential="pass")


async def test_embedded_service_serves_and_stops_idempotently() -> None:
    service = start_embedded_service()
    try:
        assert service.url.startswith("http://127.0.0.1:")
        async with httpx.AsyncClient() as http:
            assert (await http.get(f"{service.url}/v1/health")).json() == {"status": "ok"}
        token = login(service.url, "Demo Patient", "patient")  # dev mode by default
        client, welcome = await WsClient.logged_in(service.ws_url, token)
        assert welcome.user.name == "Demo Patient"
        assert await client.request(Ping(id="p")) == Pong("p")
        await client.close()
    finally:
        service.stop()
        service.stop()
    async with httpx.AsyncClient() as http:
        with pytest.raises(httpx.ConnectError):
            await http.get(f"{service.url}/v1/health", timeout=2)


async def test_ice_servers_from_settings_are_handed_out() -> None:
    with start_embedded_service(ServiceSettings(dev_mode=True, ice_servers=[TURN])) as service:
        token = login(service.url, "Dr Ice", "clinician")
        room = create_room(service.url, token)["room_id"]
        client, _ = await WsClient.logged_in(service.ws_url, token)
        await client.send(JoinCall(id="j", room_id=room))
        _, admitted = await client.recv_n(2)
        assert isinstance(admitted, Admitted)
        assert admitted.ice_servers == [TURN]
        await client.close()


async def test_no_hello_in_time_closes() -> None:
    with start_embedded_service(ServiceSettings(dev_mode=True, hello_timeout_s=0.3)) as service:
        client = await WsClient.connect(service.ws_url)
        assert await client.wait_closed(wait=5) == 1008


async def test_expired_token_over_websocket() -> None:
    with start_embedded_service(ServiceSettings(dev_mode=True, token_ttl_s=0)) as service:
        token = login(service.url, "Late Person", "patient")
        client = await WsClient.connect(service.ws_url)
        assert_error(await client.request(Hello(id="h", token=token)), "token_expired", "h")
        assert await client.wait_closed() == 1008


async def test_a_failing_handler_answers_internal_and_service_continues(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(self: Room, *args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(Room, "watch", broken)
    with start_embedded_service() as service:
        token = login(service.url, "Dr Broken", "clinician")
        room = create_room(service.url, token)["room_id"]
        client, _ = await WsClient.logged_in(service.ws_url, token)
        assert_error(await client.request(WatchRoom(id="w", room_id=room)), "internal", "w")
        assert await client.request(Ping(id="p")) == Pong("p")
        other, _ = await WsClient.logged_in(service.ws_url, login(service.url, "Someone", "patient"))
        assert await other.request(Ping(id="q")) == Pong("q")
        for each in (client, other):
            await each.close()

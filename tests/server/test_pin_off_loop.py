"""PIN checks hash with PBKDF2 (tens of milliseconds); they run in a worker thread, never on the
event loop that serves every other connection."""

from __future__ import annotations

import threading

import pytest

from app.core.protocol import Ack, Error, Knock
from server.rooms import config as room_config
from server.settings import ServiceSettings
from server.sfu.choice import SfuRooms
from tests.server.identity.conftest import running_service
from tests.server.wsclient import WsClient


async def test_a_knock_with_a_pin_hashes_off_the_event_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[int] = []
    real = room_config.hash_pin

    def spy(pin: str, salt: bytes | None = None) -> str:
        threads.append(threading.get_ident())
        return real(pin, salt)

    monkeypatch.setattr(room_config, "hash_pin", spy)
    loop_thread = threading.get_ident()
    async with running_service(ServiceSettings(dev_mode=True, sfu_rooms=SfuRooms.NONE)) as client:
        ws_url = "ws" + str(client.base_url).removeprefix("http").rstrip("/") + "/v1/ws"
        doctor = (await client.post("/v1/auth/test", json={"name": "Dr P", "role": "clinician"})).json()
        room = await client.post(
            "/v1/rooms",
            json={"title": "T", "room_type": "admin_small", "guest_pin": "2468"},
            headers={"Authorization": f"Bearer {doctor['access_token']}"},
        )
        assert room.status_code == 201
        patient = (await client.post("/v1/auth/test", json={"name": "Pia", "role": "patient"})).json()
        ws, _ = await WsClient.logged_in(ws_url, patient["access_token"])
        threads.clear()
        wrong = await ws.request(Knock(id="k1", room_id=room.json()["room_id"], pin="1111"))
        assert isinstance(wrong, Error) and wrong.code == "wrong_pin"
        right = await ws.request(Knock(id="k2", room_id=room.json()["room_id"], pin="2468"))
        assert right == Ack("k2")
        await ws.close()
    assert threads and loop_thread not in threads

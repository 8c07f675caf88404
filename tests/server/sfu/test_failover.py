"""Janus instances come and go: a consultation cannot start while no Janus answers (the host gets
``sfu_unavailable`` and the call stays empty); with two instances each new consultation goes to the
least loaded, and when one stops its participants are told ``sfu_moved`` and publish again on the
other, still members of the call (nobody knocks again)."""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.protocol import Admitted, JoinCall
from app.core.protocol.sfu import SfuAnswer, SfuMoved
from tests.server.sfu.conftest import GRACE_S, janus_args, needs_janus
from tests.server.sfu.sfu_client import SfuClient, band_share, new_room, refusal
from tests.support.coturn import free_port
from tests.support.janus import JanusServer
from tests.support.service import ServiceProcess, room_state

pytestmark = needs_janus

TONE = 880.0


@pytest.fixture
def nowhere() -> Iterator[ServiceProcess]:
    """A service whose only Janus does not answer (nothing listens on its port)."""
    args = ["--janus", f"ws://127.0.0.1:{free_port()}"]
    with ServiceProcess(*args, reconnect_grace=GRACE_S) as proc:
        yield proc


async def test_no_janus_at_the_start_refuses_the_consultation(nowhere: ServiceProcess) -> None:
    host = await SfuClient.join(nowhere, "clinician")
    room = new_room(nowhere, host.token, "admin_small")
    assert refusal(await host.request(JoinCall(id="", room_id=room))) == "sfu_unavailable"
    assert room_state(nowhere.url, host.token, room)["call"] == 0  # no half-open call
    assert not [e for e in host.events if isinstance(e, Admitted)]
    personal = new_room(nowhere, host.token, "personal")  # peer-to-peer rooms do not need it
    await host.host(personal)
    await host.close()


@pytest.fixture
def two_janus() -> Iterator[tuple[JanusServer, JanusServer]]:
    first, second = JanusServer(), JanusServer()
    second.api_secret = first.api_secret  # one deployment, one API secret
    with first, second:
        yield first, second


async def where(janus: tuple[JanusServer, JanusServer], participant_id: str) -> list[int]:
    """Which of the two instances hold a session of ``participant_id`` (indexes)."""
    return [
        i for i, server in enumerate(janus) if server.running and await server.sessions_of(participant_id)
    ]


async def test_rooms_go_to_the_least_loaded_and_move_when_one_stops(
    two_janus: tuple[JanusServer, JanusServer],
) -> None:
    with ServiceProcess(*janus_args(*two_janus), reconnect_grace=GRACE_S) as service:
        calls = []
        for _ in range(2):
            host = await SfuClient.join(service, "clinician")
            room = new_room(service, host.token, "admin_small")
            await host.host(room)
            guest = await SfuClient.join(service, "patient")
            await host.admit(room, guest)
            assert isinstance(await host.publish_audio(room, TONE), SfuAnswer)
            assert isinstance(await guest.publish_audio(room, None), SfuAnswer)
            calls.append((room, host, guest))
        placed = [await where(two_janus, host.participant_id) for _, host, _ in calls]
        assert sorted(placed) == [[0], [1]]  # the second consultation went to the idle instance

        (room, host, guest), (_, other_host, other_guest) = calls
        lost = placed[0][0]
        two_janus[lost].kill()
        started = time.monotonic()
        for client in (host, guest):
            assert await client.event(SfuMoved, wait=15) == SfuMoved(room)
        took = time.monotonic() - started
        for client in (host, guest):
            await client.close_media()
        assert isinstance(await host.publish_audio(room, TONE), SfuAnswer)
        assert isinstance(await guest.publish_audio(room, None), SfuAnswer)
        assert await where(two_janus, guest.participant_id) == [1 - lost]
        deadline = time.monotonic() + 10
        while band_share(guest.mix.since(time.monotonic() - 1.0), TONE) < 0.3:
            assert time.monotonic() < deadline, "the moved call is not heard"
            await asyncio.sleep(0.25)
        assert not [e for e in other_host.events + other_guest.events if isinstance(e, SfuMoved)]
        assert room_state(service.url, host.token, room)["call"] == 2  # the same members, no knocking
        assert took < 12
        for client in (host, guest, other_host, other_guest):
            await client.close()


async def test_after_a_service_restart_everyone_is_moved_to_new_rooms(
    janus: JanusServer, tmp_path: Path
) -> None:
    database = f"sqlite:///{tmp_path / 'store.db'}"
    keys = "test:" + secrets.token_urlsafe(32)
    args = janus_args(janus)
    with ServiceProcess(*args, reconnect_grace=30, database_url=database, token_keys=keys) as service:
        host = await SfuClient.join(service, "clinician")
        room = new_room(service, host.token, "admin_small")
        await host.host(room)
        guest = await SfuClient.join(service, "patient")
        await host.admit(room, guest)
        assert isinstance(await host.publish_audio(room, TONE), SfuAnswer)
        service.restart()  # its Janus sessions die with its connection to Janus
        for client in (host, guest):  # one after the other: each is told when back
            await client.reconnect(service)
            assert await client.event(SfuMoved) == SfuMoved(room)
            await client.close_media()
        assert isinstance(await host.publish_audio(room, TONE), SfuAnswer)
        assert isinstance(await guest.publish_audio(room, None), SfuAnswer)
        deadline = time.monotonic() + 10
        while band_share(guest.mix.since(time.monotonic() - 1.0), TONE) < 0.3:
            assert time.monotonic() < deadline, "not heard after the restart"
            await asyncio.sleep(0.25)
        for client in (host, guest):
            await client.close()

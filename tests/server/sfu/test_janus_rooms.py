"""The service's Janus rooms against a real Janus: each consultation's rooms admit only the tokens the
service put in their own ``allowed`` lists (another room's token is refused, a withdrawn one too), and
a room pair that cannot be completed leaves nothing behind."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from typing import Any

import pytest

from server.secret import Secret
from server.sfu import janus_rooms
from server.sfu.janus_client import JanusConnection, JanusError
from server.sfu.janus_rooms import AUDIOBRIDGE, VIDEOROOM, JanusRooms, RoomPair
from server.sfu.janus_session import JanusHandle, JanusSession
from tests.server.sfu.conftest import needs_janus
from tests.support.janus import JanusServer

pytestmark = needs_janus


@pytest.fixture
async def rooms(janus: JanusServer) -> AsyncIterator[JanusRooms]:
    conn = JanusConnection(janus.url, Secret(janus.api_secret))
    await conn.connect()
    manager = JanusRooms(conn)
    await manager.open()
    yield manager
    await conn.close()


async def join_code(handle: JanusHandle, body: dict[str, Any]) -> int:
    """0 if Janus lets ``handle`` join with ``body``, else its error code."""
    try:
        await handle.message(body, wait_event=True)
    except JanusError as refused:
        return refused.code
    await handle.message({"request": "leave"}, wait_event=True)
    return 0


async def try_joins(session: JanusSession, pair: RoomPair, token: str) -> tuple[int, int]:
    """(VideoRoom, AudioBridge) answers to a join with ``pair``'s pin and ``token``."""
    video = await session.attach(VIDEOROOM)
    audio = await session.attach(AUDIOBRIDGE)
    publisher = {"request": "join", "ptype": "publisher"} | pair.join_fields(pair.video_room, token)
    codes = (
        await join_code(video, publisher),
        await join_code(audio, {"request": "join"} | pair.join_fields(pair.audio_room, token)),
    )
    await video.detach()
    await audio.detach()
    return codes


async def test_only_this_rooms_current_tokens_get_in(rooms: JanusRooms) -> None:
    first, second = await rooms.create(10), await rooms.create(10)
    token_first, token_second = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
    await rooms.allow(first, token_first, True)
    await rooms.allow(second, token_second, True)
    session = await JanusSession.create(rooms.conn)
    assert await try_joins(session, first, token_first) == (0, 0)
    assert await try_joins(session, second, token_first) == (433, 489)  # another room's token: unauthorized
    await rooms.allow(first, token_first, False)  # kicked: the token is withdrawn
    assert await try_joins(session, first, token_first) == (433, 489)
    assert await try_joins(session, second, token_second) == (0, 0)
    await session.destroy()
    for pair in (first, second):
        await rooms.destroy(pair)


async def test_a_video_room_that_cannot_be_made_takes_the_audio_room_with_it(
    rooms: JanusRooms, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = await rooms.create(10)
    audio_room = janus_rooms.random_id()
    ids = iter([audio_room, taken.video_room])  # the VideoRoom id is in use: Janus refuses it (427)
    monkeypatch.setattr(janus_rooms, "random_id", lambda: next(ids))
    with pytest.raises(JanusError) as refused:
        await rooms.create(10)
    assert refused.value.code == 427
    half = RoomPair(audio_room, taken.video_room, Secret("x"), Secret("y"))
    with pytest.raises(JanusError) as gone:
        await rooms.audio_participants(half)
    assert gone.value.code == 485  # no such room: the AudioBridge room was destroyed again
    await rooms.destroy(taken)

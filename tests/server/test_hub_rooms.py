"""The hub owns each room's state: a connection's disconnect visits only the rooms it acted in (not
every live room, so one busy or slow room cannot hold up everyone else's disconnects), and a room
nobody is in is dropped from memory and comes back from the database as it was."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any, cast

import pytest

from app.core.protocol import PrecallSummary, Role
from server.settings import ServiceSettings
from server.signaling.connection import Connection
from server.signaling.hub import Hub
from server.store import Repository, UserRecord
from server.store.room_store import RoomStore


@pytest.fixture
async def hub() -> AsyncIterator[tuple[Hub, Repository]]:
    repo, rooms = Repository("sqlite://"), RoomStore("sqlite://")
    repo.create_tables()
    rooms.create_tables()
    made = Hub(ServiceSettings(dev_mode=True, reconnect_grace_s=30), repo, rooms)
    yield made, repo
    await made.close()
    repo.dispose()
    rooms.dispose()


async def _connected(hub: Hub, person: UserRecord) -> Connection:
    conn = Connection(cast(Any, None), 64)  # never started: what it is sent stays in its queue
    conn.user = person.info()
    await hub.attach(conn)
    return conn


async def test_a_disconnect_does_not_wait_for_rooms_it_was_never_in(hub: tuple[Hub, Repository]) -> None:
    made, repo = hub
    doc, other = repo.test_user("Dr Mine", Role.CLINICIAN), repo.test_user("Dr Other", Role.CLINICIAN)
    mine, theirs = repo.create_room(doc.user_id, "mine"), repo.create_room(other.user_id, "theirs")
    c_doc, c_other = await _connected(made, doc), await _connected(made, other)
    async with made.locked(mine.room_id, c_doc.id) as live:
        assert live is not None
        live.room.join_call(doc.info(), c_doc.id, 1.0)
    async with made.locked(theirs.room_id, c_other.id) as live:
        assert live is not None
        live.room.join_call(other.info(), c_other.id, 1.0)
    busy = await made.live_room(theirs.room_id)
    assert busy is not None
    async with busy.lock, asyncio.timeout(2):  # another room is in the middle of a slow change
        await made.detach(c_doc)
    room = await made.view(mine.room_id)
    assert room is not None and room.call and next(iter(room.call.values())).conn is None


async def test_an_empty_room_leaves_memory_and_comes_back_as_it_was(hub: tuple[Hub, Repository]) -> None:
    made, repo = hub
    doc, ann = repo.test_user("Dr Mine", Role.CLINICIAN), repo.test_user("Ann", Role.PATIENT)
    room = repo.create_room(doc.user_id, "mine")
    c_doc, c_ann = await _connected(made, doc), await _connected(made, ann)
    async with made.locked(room.room_id, c_doc.id) as live:
        assert live is not None
        live.room.watch(doc.info(), c_doc.id)
        live.room.ban("u_banned")
    async with made.locked(room.room_id, c_ann.id) as live:
        assert live is not None
        live.room.knock(ann.info(), c_ann.id, PrecallSummary(), 5.0)
        live.room.leave(ann.user_id)
    await made.detach(c_doc)
    assert made.loaded_rooms() == []  # nobody in it, watching it or with it open
    async with made.locked(room.room_id) as live:
        assert live is not None and live.room.banned == {"u_banned"}


async def test_a_hello_visits_only_the_rooms_of_the_person(hub: tuple[Hub, Repository]) -> None:
    """A connecting person with no place anywhere touches no room: another room in the middle of a
    slow change does not hold up their hello, and no room is loaded for them."""
    made, repo = hub
    other, ann = repo.test_user("Dr Other", Role.CLINICIAN), repo.test_user("Ann", Role.PATIENT)
    theirs = repo.create_room(other.user_id, "theirs")
    c_other = await _connected(made, other)
    async with made.locked(theirs.room_id, c_other.id) as live:
        assert live is not None
        live.room.join_call(other.info(), c_other.id, 1.0)
    busy = await made.live_room(theirs.room_id)
    assert busy is not None
    async with busy.lock, asyncio.timeout(2):
        c_ann = await _connected(made, ann)
        await made.detach(c_ann)
    assert made.loaded_rooms() == [theirs.room_id]


async def test_a_room_leaves_memory_when_its_call_ends(hub: tuple[Hub, Repository]) -> None:
    """The host ends the call for everyone and closes the app: nothing of the room stays in memory."""
    made, repo = hub
    doc, ann = repo.test_user("Dr Mine", Role.CLINICIAN), repo.test_user("Ann", Role.PATIENT)
    room = repo.create_room(doc.user_id, "mine")
    c_doc, c_ann = await _connected(made, doc), await _connected(made, ann)
    async with made.locked(room.room_id, c_doc.id) as live:
        assert live is not None
        live.room.join_call(doc.info(), c_doc.id, 1.0)
    async with made.locked(room.room_id, c_ann.id) as live:
        assert live is not None
        live.room.knock(ann.info(), c_ann.id, PrecallSummary(), 5.0)
        live.room.admit(doc.info(), next(iter(live.room.lobby)))
    async with made.locked(room.room_id, c_doc.id) as live:
        assert live is not None
        live.room.end_call()
    assert made.loaded_rooms() == []


async def test_the_queue_windows_of_hosts_who_never_come_back_are_forgotten() -> None:
    """A host's watched rooms are kept for the reconnect grace only, not for ever (memory grew with
    every host who closed the queue window and never reconnected)."""
    repo, rooms = Repository("sqlite://"), RoomStore("sqlite://")
    repo.create_tables()
    rooms.create_tables()
    made = Hub(ServiceSettings(dev_mode=True, reconnect_grace_s=0.05), repo, rooms)
    try:
        for n in range(3):
            doc = repo.test_user(f"Dr {n}", Role.CLINICIAN)
            room = repo.create_room(doc.user_id, f"room-{n}")
            conn = await _connected(made, doc)
            async with made.locked(room.room_id, conn.id) as live:
                assert live is not None
                live.room.watch(doc.info(), conn.id)
            await made.detach(conn)
            await asyncio.sleep(0.1)  # past the grace: this host is not coming back in time
        assert len(made._watches) <= 1  # only the last one, still within its grace
    finally:
        await made.close()
        repo.dispose()
        rooms.dispose()

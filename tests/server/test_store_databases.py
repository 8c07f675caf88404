"""The service's store on SQLite and on a real PostgreSQL server (psycopg 3): people, rooms, room
settings and audit, and the live rooms' stored state, each behaving the same on both."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.protocol import Role, Verification
from app.core.room_types import RoomType
from server.rooms.audit_event import AuditEvent
from server.rooms.config import RoomConfig
from server.store import Repository
from server.store.live_rooms import LiveRooms, encode
from server.store.room_directory import RoomDirectory
from server.store.room_store import RoomStore


@pytest.fixture
def repo(database_url: str) -> Iterator[Repository]:
    made = Repository(database_url)
    made.create_tables()
    yield made
    made.dispose()


def test_people_and_rooms(repo: Repository) -> None:
    doc = repo.test_user("Dr Lind", Role.CLINICIAN)
    assert repo.test_user("Dr Lind", Role.CLINICIAN) == doc  # the same test person
    anna = repo.verified_user("u_hmacAnna", "Anna Berg", Role.PATIENT, Verification.BANKID_SE)
    renamed = repo.verified_user("u_hmacAnna", "Anna Berg-Lind", Role.PATIENT, Verification.BANKID_SE)
    assert (renamed.user_id, renamed.name) == (anna.user_id, "Anna Berg-Lind")
    room = repo.create_room(doc.user_id, "Tuesday")
    assert repo.room_by_code(room.code) == room == repo.room(room.room_id)
    directory = RoomDirectory(repo)
    standing, created = directory.keep_standing(doc.user_id, "drlind", "")
    assert created and [r.room_id for r in directory.open_rooms(doc.user_id)] == [
        standing.room_id,
        room.room_id,
    ]
    directory.close(room.room_id)
    assert [r.room_id for r in directory.open_rooms(doc.user_id)] == [standing.room_id]


def test_room_settings_and_audit(database_url: str, repo: Repository) -> None:
    store = RoomStore(database_url)
    try:
        config = RoomConfig.create(RoomType.ADMIN_SMALL, "4321", "1234")
        store.save_config("r_1", config)
        assert store.config("r_1") == config and store.config("r_none") == RoomConfig()
        event = AuditEvent("r_1", 1.5, "admit", "u_doc", Role.CLINICIAN, "u_ann", Role.PATIENT, "p_1", "")
        store.record([event, event])
        assert store.events("r_1") == [event, event]
    finally:
        store.dispose()


def test_live_rooms_are_stored_with_who_has_a_place_where(repo: Repository) -> None:
    live = LiveRooms(repo)
    assert live.load("r_1") is None and live.occupied() == []
    live.save("r_1", encode({"v": 1, "lobby": ["a"]}), ["u_ann", "u_doc"])
    live.save("r_2", encode({"v": 1}), ["u_doc"])
    assert live.load("r_1") == {"v": 1, "lobby": ["a"]}
    assert live.rooms_of("u_doc") == ["r_1", "r_2"] and live.occupied() == ["r_1", "r_2"]
    live.save("r_1", encode({"v": 1, "lobby": []}), ["u_doc"])  # Ann left
    assert live.rooms_of("u_ann") == [] and live.load("r_1") == {"v": 1, "lobby": []}
    live.save("r_2", encode({"v": 1}), [])
    assert live.occupied() == ["r_1"]

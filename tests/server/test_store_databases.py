"""The service's store on SQLite and on a real PostgreSQL server (psycopg 3): people, rooms, room
settings and audit, and the live rooms' stored state, each behaving the same on both."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from app.core.protocol import Role, Verification
from app.core.room_types import RoomType
from server.rooms.audit_event import AuditEvent
from server.rooms.config import RoomConfig
from server.store import Repository
from server.store.live_rooms import LiveRooms, encode
from server.store.room_directory import RoomDirectory
from server.store.room_store import RoomStore
from tests.support.postgres import PostgresCluster


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


def test_one_rooms_slow_store_work_does_not_hold_up_another_rooms_on_postgresql(
    postgres: PostgresCluster,
) -> None:
    """Room A's store call waits inside its transaction (a row lock held elsewhere); room B's call
    goes through meanwhile: on PostgreSQL only the database orders the work, not one lock per process."""
    import psycopg

    url = postgres.new_database()
    store = RoomStore(url)
    store.create_tables()
    store.save_config("r_a", RoomConfig())
    where = url.replace("postgresql+psycopg://", "postgresql://")
    pool = ThreadPoolExecutor(2)
    try:
        with psycopg.connect(where) as holder:  # holds room A's row until it rolls back
            holder.execute("SELECT * FROM room_settings WHERE room_id = 'r_a' FOR UPDATE")
            slow = pool.submit(store.save_config, "r_a", RoomConfig(RoomType.ADMIN_SMALL))
            with psycopg.connect(where, autocommit=True) as watcher:  # until A waits on the row lock
                while not watcher.execute(
                    "SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                ).fetchall():
                    assert not slow.done(), slow.exception()
                    time.sleep(0.01)
            other = pool.submit(lambda: (store.save_config("r_b", RoomConfig()), store.config("r_b"))[1])
            try:
                assert other.result(timeout=20) == RoomConfig()  # B done while A still waits
                assert not slow.done()
            finally:
                holder.rollback()  # A goes on
            slow.result(timeout=20)
        assert store.config("r_a").room_type is RoomType.ADMIN_SMALL
    finally:
        pool.shutdown(wait=True)
        store.dispose()


def test_janus_rooms_made_alone_are_recorded_until_forgotten(database_url: str) -> None:
    store = RoomStore(database_url)
    try:
        store.create_tables()
        assert store.media_made() == []
        store.record_media("r_1", "ws://127.0.0.1:8188", (2**52, 7), "s3cret", "p1n")
        store.record_media("r_2", "ws://127.0.0.1:8188", (3, 4), "s", "p")
        assert store.media_made() == [
            ("r_1", "ws://127.0.0.1:8188", 2**52, 7, "s3cret", "p1n"),
            ("r_2", "ws://127.0.0.1:8188", 3, 4, "s", "p"),
        ]
        store.forget_media("r_1")
        assert [row[0] for row in store.media_made()] == ["r_2"]
    finally:
        store.dispose()

"""Schema migrations: an old database made by the code before migrations keeps its rooms and people."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from app.core.protocol import Role, Verification
from server.room_store import RoomBase, RoomStore
from server.store import Repository
from server.store.migrations import LATEST, migrate
from server.store.models import Base
from server.store.room_directory import RoomDirectory

# Exactly what ``Base.metadata.create_all`` made before migrations existed (commit a7567f1).
OLD_SCHEMA = """
CREATE TABLE users (
    id VARCHAR(64) NOT NULL,
    name VARCHAR(120) NOT NULL,
    role VARCHAR(16) NOT NULL,
    verified_by VARCHAR(16) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_users_identity UNIQUE (name, role, verified_by)
);
CREATE TABLE rooms (
    id VARCHAR(64) NOT NULL,
    code VARCHAR(8) NOT NULL,
    title VARCHAR(120) NOT NULL,
    owner_user_id VARCHAR(64) NOT NULL,
    created_at FLOAT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(owner_user_id) REFERENCES users (id)
);
CREATE UNIQUE INDEX ix_rooms_code ON rooms (code);
"""


def old_database(path: Path) -> str:
    with sqlite3.connect(path) as db:
        db.executescript(OLD_SCHEMA)
        db.executemany(
            "INSERT INTO users VALUES (?, ?, ?, ?)",
            [
                ("u_test1", "Dr Lind", "clinician", "test"),
                ("u_hmacAnna1", "Anna Berg", "patient", "bankid_se"),
            ],
        )
        db.execute("INSERT INTO rooms VALUES ('r_1', 'ABCDEFGH', 'Tuesday', 'u_test1', 1700000000.0)")
    return f"sqlite:///{path}"


def test_an_old_database_is_migrated_and_keeps_its_rooms(tmp_path: Path) -> None:
    url = old_database(tmp_path / "old.db")
    repo = Repository(url)
    repo.create_tables()
    room = repo.room_by_code("ABCDEFGH")
    assert room is not None
    assert (room.room_id, room.title, room.owner_user_id) == ("r_1", "Tuesday", "u_test1")
    assert repo.test_user("Dr Lind", Role.CLINICIAN).user_id == "u_test1"  # the same test person
    anna = repo.user("u_hmacAnna1")
    assert anna is not None and anna.name == "Anna Berg"
    # The bug the migration fixes: a second Anna Berg from the same provider is another person.
    other = repo.verified_user("u_hmacAnna2", "Anna Berg", Role.PATIENT, Verification.BANKID_SE)
    assert other.user_id == "u_hmacAnna2" and repo.user("u_hmacAnna1") == anna
    repo.dispose()
    engine = create_engine(url)
    names = set(inspect(engine).get_table_names())
    assert {"schema_version", "refresh_families", "refresh_tokens", "guardian_acts"} <= names
    assert migrate(engine) == LATEST  # nothing left to do, nothing breaks
    engine.dispose()
    with sqlite3.connect(tmp_path / "old.db") as db:
        assert db.execute("SELECT version FROM schema_version").fetchall() == [(LATEST,)]
        assert db.execute("SELECT count(*) FROM rooms").fetchone() == (1,)


def test_a_new_database_starts_at_the_latest_version(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    Repository(url).create_tables()
    with sqlite3.connect(tmp_path / "new.db") as db:
        assert db.execute("SELECT version FROM schema_version").fetchall() == [(LATEST,)]
        columns = [row[1] for row in db.execute("PRAGMA table_info(users)")]
    assert columns == ["id", "subject", "name", "role", "verified_by"]


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'future.db'}"
    Repository(url).create_tables()
    with sqlite3.connect(tmp_path / "future.db") as db:
        db.execute("UPDATE schema_version SET version = 99")
    engine = create_engine(url)
    with pytest.raises(RuntimeError, match="newer"):
        migrate(engine)
    engine.dispose()


def test_the_room_services_tables_are_numbered_migrations_matching_its_models(tmp_path: Path) -> None:
    # Migrated first (as the service starts), then the room store's own models must find their tables
    # exactly as they describe them: same columns, same nullability.
    url = f"sqlite:///{tmp_path / 'rooms.db'}"
    Repository(url).create_tables()
    engine = create_engine(url)
    found = inspect(engine)
    for table in RoomBase.metadata.sorted_tables:
        assert table.name in found.get_table_names(), f"{table.name} is not created by a migration"
        columns = {c["name"]: c["nullable"] for c in found.get_columns(table.name)}
        assert columns == {c.name: c.nullable for c in table.columns}, table.name
    engine.dispose()
    store = RoomStore(url)
    store.create_tables()  # nothing to do, nothing breaks
    store.dispose()


def test_the_rooms_table_matches_its_model_after_every_migration(tmp_path: Path) -> None:
    url = old_database(tmp_path / "old.db")  # from the oldest schema up, like a real upgrade
    Repository(url).create_tables()
    engine = create_engine(url)
    columns = {c["name"]: c["nullable"] for c in inspect(engine).get_columns("rooms")}
    engine.dispose()
    model = Base.metadata.tables["rooms"]
    assert set(columns) == {c.name for c in model.columns}
    assert columns["closed_at"] and columns["address"]
    repo = Repository(url)
    directory = RoomDirectory(repo)
    assert [r.room_id for r in directory.open_rooms("u_test1")] == ["r_1"]  # an old room is open
    room, created = directory.keep_standing("u_test1", "drlind", "")
    assert created and repo.room_by_code(room.code) == room
    repo.dispose()

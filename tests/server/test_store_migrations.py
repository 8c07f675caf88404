"""The schema, managed by Alembic: a new database starts at the newest revision on SQLite and on a
real PostgreSQL server; a database of the hand-written migrations that came before (today's and the
oldest, made before migrations existed) is upgraded in place and keeps its rooms and people."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from app.core.protocol import Role, Verification
from server.store import Repository
from server.store.models import Base
from server.store.room_directory import RoomDirectory
from server.store.room_store import RoomBase, RoomStore
from server.store.schema import _config, head, migrate

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


def hand_migrated_database(url: str, version: int) -> None:
    """A database as the hand-written migrations left it at ``version`` (the revisions are their
    frozen steps): the tables, and ``schema_version`` instead of Alembic's ``alembic_version``."""
    engine = create_engine(url)
    with engine.connect() as conn:
        command.upgrade(_config(conn), f"{version:04d}")
        conn.execute(text("DROP TABLE alembic_version"))
        conn.execute(text("CREATE TABLE schema_version (version INTEGER NOT NULL)"))
        conn.execute(text("INSERT INTO schema_version VALUES (:v)"), {"v": version})
        conn.execute(text("INSERT INTO users VALUES ('u_1', 's_1', 'Dr Lind', 'clinician', 'test')"))
        conn.execute(
            text("INSERT INTO rooms VALUES ('r_1', 'ABCDEFGH', 'Tuesday', 'u_1', 1.0, NULL, 'drlind')")
        )
        conn.commit()
    engine.dispose()


def migrated(url: str) -> None:
    """Migrate as the service does at start, and let go of every connection."""
    repo = Repository(url)
    repo.create_tables()
    repo.dispose()


def tables(url: str) -> set[str]:
    engine = create_engine(url)
    names = set(inspect(engine).get_table_names())
    engine.dispose()
    return names


def test_a_new_database_starts_at_the_newest_revision(database_url: str) -> None:
    migrated(database_url)
    engine = create_engine(database_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head()
    columns = [c["name"] for c in inspect(engine).get_columns("users")]
    engine.dispose()
    assert sorted(columns) == ["id", "name", "role", "subject", "verified_by"]  # PostgreSQL adds at the end
    assert {t.name for t in Base.metadata.sorted_tables} <= tables(database_url)
    assert "schema_version" not in tables(database_url)


def test_todays_database_of_the_hand_written_migrations_upgrades_in_place(database_url: str) -> None:
    hand_migrated_database(database_url, 6)
    repo = Repository(database_url)
    repo.create_tables()
    room = repo.room_by_code("ABCDEFGH")
    assert room is not None and (room.room_id, room.title, room.address) == ("r_1", "Tuesday", "drlind")
    assert {"live_rooms", "live_members", "alembic_version"} <= tables(database_url)
    assert "schema_version" not in tables(database_url)
    repo.dispose()
    engine = create_engine(database_url)
    assert migrate(engine) == head()  # nothing left to do, nothing breaks
    engine.dispose()


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
    assert {"alembic_version", "refresh_families", "refresh_tokens", "guardian_acts"} <= tables(url)
    with sqlite3.connect(tmp_path / "old.db") as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [(head(),)]
        assert db.execute("SELECT count(*) FROM rooms").fetchone() == (1,)


@pytest.mark.parametrize("newer", ["alembic", "hand-written"])
def test_a_newer_schema_is_refused(database_url: str, newer: str) -> None:
    migrated(database_url)
    engine = create_engine(database_url)
    with engine.begin() as conn:
        if newer == "alembic":
            conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        else:
            conn.execute(text("DROP TABLE alembic_version"))
            conn.execute(text("CREATE TABLE schema_version (version INTEGER NOT NULL)"))
            conn.execute(text("INSERT INTO schema_version VALUES (99)"))
    with pytest.raises(RuntimeError, match="newer"):
        migrate(engine)
    engine.dispose()


def test_every_model_finds_its_table_as_it_describes_it(database_url: str) -> None:
    # Migrated first (as the service starts), then the models must find their tables exactly as
    # they describe them: same columns, same nullability.
    migrated(database_url)
    engine = create_engine(database_url)
    found = inspect(engine)
    for table in [*RoomBase.metadata.sorted_tables, *Base.metadata.sorted_tables]:
        assert table.name in found.get_table_names(), f"{table.name} is not created by a migration"
        columns = {c["name"]: c["nullable"] for c in found.get_columns(table.name)}
        assert columns == {c.name: c.nullable for c in table.columns}, table.name
    engine.dispose()
    store = RoomStore(database_url)
    store.create_tables()  # nothing to do, nothing breaks
    store.dispose()


def test_the_rooms_table_matches_its_model_after_every_migration(tmp_path: Path) -> None:
    url = old_database(tmp_path / "old.db")  # from the oldest schema up, like a real upgrade
    migrated(url)
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

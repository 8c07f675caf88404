"""Numbered schema migrations: a ``schema_version`` table and ordered upgrade steps, applied at start.

Each step is frozen: it describes its own tables with SQLAlchemy Core (never the ORM models, which
follow the newest schema) and runs in one transaction with the version bump. A database made by the
code before migrations existed (``users`` and ``rooms`` but no ``schema_version``) is version 1.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Engine,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    inspect,
    select,
    text,
)

from server.store.models import test_person_subject

log = logging.getLogger(__name__)

Step = Callable[[Connection], None]


def _v1_users_and_rooms(conn: Connection) -> None:
    """The first schema: users unique by (name, role, verified_by), rooms with join codes."""
    meta = MetaData()
    Table(
        "users",
        meta,
        Column("id", String(64), primary_key=True),
        Column("name", String(120), nullable=False),
        Column("role", String(16), nullable=False),
        Column("verified_by", String(16), nullable=False),
        UniqueConstraint("name", "role", "verified_by", name="uq_users_identity"),
    )
    Table(
        "rooms",
        meta,
        Column("id", String(64), primary_key=True),
        Column("code", String(8), nullable=False, unique=True, index=True),
        Column("title", String(120), nullable=False),
        Column("owner_user_id", String(64), ForeignKey("users.id"), nullable=False),
        Column("created_at", Float, nullable=False),
    )
    meta.create_all(conn)


def _users_v2(meta: MetaData, name: str) -> Table:
    return Table(
        name,
        meta,
        Column("id", String(64), primary_key=True),
        Column("subject", String(64), nullable=False, unique=True),
        Column("name", String(120), nullable=False),
        Column("role", String(16), nullable=False),
        Column("verified_by", String(16), nullable=False),
    )


def _v2_users_by_subject(conn: Connection) -> None:
    """Users are keyed by an opaque subject; the name is no longer unique (two Anna Bergs may exist)."""
    old = Table("users", MetaData(), autoload_with=conn)
    rows = conn.execute(select(old.c.id, old.c.name, old.c.role, old.c.verified_by)).all()
    # A verified person's id already is the keyed hash of their national identity number.
    copied = [
        {
            "id": r.id,
            "subject": test_person_subject(r.name, r.role) if r.verified_by == "test" else r.id,
            "name": r.name,
            "role": r.role,
            "verified_by": r.verified_by,
        }
        for r in rows
    ]
    if conn.dialect.name == "sqlite":  # SQLite cannot drop a constraint: rebuild the table
        new = _users_v2(MetaData(), "users_v2")
        new.create(conn)
        if copied:
            conn.execute(new.insert(), copied)
        conn.execute(text("DROP TABLE users"))
        conn.execute(text("ALTER TABLE users_v2 RENAME TO users"))
        return
    conn.execute(text("ALTER TABLE users DROP CONSTRAINT uq_users_identity"))
    conn.execute(text("ALTER TABLE users ADD COLUMN subject VARCHAR(64)"))
    for row in copied:
        conn.execute(
            text("UPDATE users SET subject = :subject WHERE id = :id"),
            {"subject": row["subject"], "id": row["id"]},
        )
    conn.execute(text("ALTER TABLE users ALTER COLUMN subject SET NOT NULL"))
    conn.execute(text("CREATE UNIQUE INDEX uq_users_subject ON users (subject)"))


def _v3_refresh_families(conn: Connection) -> None:
    """Refresh-token families live in the database, so a restart logs nobody out."""
    meta = MetaData()
    Table(
        "refresh_families",
        meta,
        Column("id", String(32), primary_key=True),
        Column("user_id", String(64), nullable=False, index=True),
        Column("actor_user_id", String(64), nullable=True),
        Column("expires_at", Float, nullable=False),
        Column("current_hash", String(64), nullable=False),
        Column("revoked", Boolean, nullable=False),
    )
    Table(
        "refresh_tokens",
        meta,
        Column("token_hash", String(64), primary_key=True),
        Column("family_id", String(32), nullable=False, index=True),
    )
    meta.create_all(conn)


def _v4_guardian_acts(conn: Connection) -> None:
    """A record of each time a guardian started acting for a child."""
    meta = MetaData()
    Table(
        "guardian_acts",
        meta,
        Column("id", String(32), primary_key=True),
        Column("acting_user_id", String(64), nullable=False, index=True),
        Column("guardian_user_id", String(64), nullable=False, index=True),
        Column("child_user_id", String(64), nullable=False, index=True),
        Column("directory", String(32), nullable=False),
        Column("at", Float, nullable=False),
    )
    meta.create_all(conn)


def _v5_room_settings_and_audit(conn: Connection) -> None:
    """Room types with PIN hashes, and the hosts' audit log (``server/room_store.py``'s tables).

    The room service used to create them itself; numbered here so a database records them like
    every other table. Databases that already have them keep them (``create_all`` checks first).
    """
    meta = MetaData()
    Table(
        "room_settings",
        meta,
        Column("room_id", String(64), primary_key=True),
        Column("room_type", String(32), nullable=False),
        Column("host_pin_hash", String(200), nullable=True),
        Column("guest_pin_hash", String(200), nullable=True),
    )
    Table(
        "room_audit",
        meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("room_id", String(64), nullable=False, index=True),
        Column("at", Float, nullable=False),
        Column("action", String(32), nullable=False),
        Column("actor_user_id", String(64), nullable=False),
        Column("actor_role", String(16), nullable=False),
        Column("target_user_id", String(64), nullable=True),
        Column("target_role", String(16), nullable=True),
        Column("target_participant_id", String(64), nullable=True),
        Column("detail", String(64), nullable=False),
    )
    meta.create_all(conn)


def _v6_rooms_closed_and_standing(conn: Connection) -> None:
    """Rooms can be closed by their owner, and a clinician's standing room has a chosen address."""
    conn.execute(text("ALTER TABLE rooms ADD COLUMN closed_at FLOAT"))
    conn.execute(text("ALTER TABLE rooms ADD COLUMN address VARCHAR(32)"))
    conn.execute(text("CREATE UNIQUE INDEX uq_rooms_address ON rooms (address)"))


def _v7_live_rooms(conn: Connection) -> None:
    """A room's consultation (lobby, call, hosts, lock, bans, PIN counters) outlives the process."""
    meta = MetaData()
    Table(
        "live_rooms",
        meta,
        Column("room_id", String(64), primary_key=True),
        Column("state", Text, nullable=False),
        Column("updated_at", Float, nullable=False),
    )
    Table(
        "live_members",
        meta,
        Column("room_id", String(64), primary_key=True),
        Column("user_id", String(64), primary_key=True, index=True),
    )
    meta.create_all(conn)


MIGRATIONS: tuple[tuple[int, Step], ...] = (
    (1, _v1_users_and_rooms),
    (2, _v2_users_by_subject),
    (3, _v3_refresh_families),
    (4, _v4_guardian_acts),
    (5, _v5_room_settings_and_audit),
    (6, _v6_rooms_closed_and_standing),
    (7, _v7_live_rooms),
)
LATEST = MIGRATIONS[-1][0]

_VERSION = Table("schema_version", MetaData(), Column("version", Integer, nullable=False))


def current_version(conn: Connection) -> int:
    """The schema's version: 0 for an empty database, 1 for one made before migrations existed."""
    tables = set(inspect(conn).get_table_names())
    if "schema_version" not in tables:
        return 1 if "users" in tables else 0
    version = conn.execute(select(_VERSION.c.version)).scalar()
    return int(version) if version is not None else 0


def migrate(engine: Engine) -> int:
    """Bring the database to ``LATEST``, one transaction per step; returns the version it ended at."""
    with engine.begin() as conn:
        version = current_version(conn)
        if version > LATEST:
            raise RuntimeError(f"the database's schema {version} is newer than this service's {LATEST}")
        _VERSION.create(conn, checkfirst=True)
        if conn.execute(select(_VERSION.c.version)).first() is None:
            conn.execute(_VERSION.insert().values(version=version))
    for number, step in MIGRATIONS:
        if number <= version:
            continue
        with engine.begin() as conn:
            step(conn)
            conn.execute(_VERSION.update().values(version=number))
        log.info("schema migrated to version %d", number)
        version = number
    return version

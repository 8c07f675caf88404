"""Users are keyed by an opaque subject; the name is no longer unique (two Anna Bergs may exist).

Revision 0002 (was step 2 of the hand-written migrations; frozen: it describes its own tables
with SQLAlchemy Core, never the ORM models, which follow the newest schema).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import (
    Column,
    Connection,
    MetaData,
    String,
    Table,
    select,
    text,
)

from server.store.models import test_person_subject

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


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


def _step(conn: Connection) -> None:
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


def upgrade() -> None:
    _step(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("the schema is only ever upgraded; restore a backup to go back")

"""The first schema: users unique by (name, role, verified_by), rooms with join codes.

Revision 0001 (was step 1 of the hand-written migrations; frozen: it describes its own tables
with SQLAlchemy Core, never the ORM models, which follow the newest schema).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import (
    Column,
    Connection,
    Float,
    ForeignKey,
    MetaData,
    String,
    Table,
    UniqueConstraint,
)

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _step(conn: Connection) -> None:
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


def upgrade() -> None:
    _step(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("the schema is only ever upgraded; restore a backup to go back")

"""Refresh-token families live in the database, so a restart logs nobody out.

Revision 0003 (was step 3 of the hand-written migrations; frozen: it describes its own tables
with SQLAlchemy Core, never the ORM models, which follow the newest schema).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Float,
    MetaData,
    String,
    Table,
)

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _step(conn: Connection) -> None:
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


def upgrade() -> None:
    _step(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("the schema is only ever upgraded; restore a backup to go back")

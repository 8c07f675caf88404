"""A room's consultation (lobby, call, hosts, lock, bans, PIN counters) outlives the process.

Revision 0007 (was step 7 of the hand-written migrations; frozen: it describes its own tables
with SQLAlchemy Core, never the ORM models, which follow the newest schema).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import (
    Column,
    Connection,
    Float,
    MetaData,
    String,
    Table,
    Text,
)

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _step(conn: Connection) -> None:
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


def upgrade() -> None:
    _step(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("the schema is only ever upgraded; restore a backup to go back")

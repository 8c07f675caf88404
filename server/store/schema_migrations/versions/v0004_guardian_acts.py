"""A record of each time a guardian started acting for a child.

Revision 0004 (was step 4 of the hand-written migrations; frozen: it describes its own tables
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
)

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _step(conn: Connection) -> None:
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


def upgrade() -> None:
    _step(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("the schema is only ever upgraded; restore a backup to go back")

"""Rooms can be closed by their owner, and a clinician's standing room has a chosen address.

Revision 0006 (was step 6 of the hand-written migrations; frozen: it describes its own tables
with SQLAlchemy Core, never the ORM models, which follow the newest schema).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import (
    Connection,
    text,
)

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _step(conn: Connection) -> None:
    """Rooms can be closed by their owner, and a clinician's standing room has a chosen address."""
    conn.execute(text("ALTER TABLE rooms ADD COLUMN closed_at FLOAT"))
    conn.execute(text("ALTER TABLE rooms ADD COLUMN address VARCHAR(32)"))
    conn.execute(text("CREATE UNIQUE INDEX uq_rooms_address ON rooms (address)"))


def upgrade() -> None:
    _step(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("the schema is only ever upgraded; restore a backup to go back")

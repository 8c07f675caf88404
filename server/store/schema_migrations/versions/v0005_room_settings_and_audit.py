"""Room types with PIN hashes, and the hosts' audit log (``server/store/room_store.py``'s tables).

    The room service used to create them itself; numbered here so a database records them like
    every other table. Databases that already have them keep them (``create_all`` checks first).

Revision 0005 (was step 5 of the hand-written migrations; frozen: it describes its own tables
with SQLAlchemy Core, never the ORM models, which follow the newest schema).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import (
    Column,
    Connection,
    Float,
    Integer,
    MetaData,
    String,
    Table,
)

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _step(conn: Connection) -> None:
    """Room types with PIN hashes, and the hosts' audit log (``server/store/room_store.py``'s tables).

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


def upgrade() -> None:
    _step(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("the schema is only ever upgraded; restore a backup to go back")

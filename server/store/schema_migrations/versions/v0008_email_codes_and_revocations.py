"""Pending e-mail sign-in codes and the time of each revocation are in the database, so every
instance verifies a code another sent and honours a logout another took (issue 13).

Revision 0008 (frozen: it describes its own tables with SQLAlchemy Core, never the ORM models).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import Column, Connection, Float, Integer, MetaData, String, Table

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _step(conn: Connection) -> None:
    meta = MetaData()
    Table(
        "email_codes",
        meta,
        Column("slot", String(64), primary_key=True),  # a keyed hash of the address
        Column("code_hash", String(64), nullable=False),  # a keyed hash of the code
        Column("name", String(120), nullable=False),  # the declared name, until the code is used
        Column("expires_at", Float, nullable=False, index=True),
        Column("tries", Integer, nullable=False),
    )
    meta.create_all(conn)
    op.add_column("refresh_families", Column("revoked_at", Float, nullable=True, index=True))


def upgrade() -> None:
    _step(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("the schema is only ever upgraded; restore a backup to go back")

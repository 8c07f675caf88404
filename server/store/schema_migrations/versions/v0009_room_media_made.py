"""The Janus rooms a service running alone made (``server/sfu/made_rooms.py``): where they are and
the secret and pin that manage them, so a restart after a crash destroys those its killed run left
(issue 13). Several instances keep this record in Redis instead; their table stays empty.

Revision 0009 (frozen: it describes its own tables with SQLAlchemy Core, never the ORM models).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import BigInteger, Column, Connection, MetaData, String, Table

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _step(conn: Connection) -> None:
    meta = MetaData()
    Table(
        "room_media_made",
        meta,
        Column("room_id", String(64), primary_key=True),
        Column("url", String(300), nullable=False),
        Column("audio_room", BigInteger, nullable=False),
        Column("video_room", BigInteger, nullable=False),
        Column("secret", String(200), nullable=False),
        Column("pin", String(200), nullable=False),
    )
    meta.create_all(conn)


def upgrade() -> None:
    _step(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("the schema is only ever upgraded; restore a backup to go back")

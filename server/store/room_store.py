"""The room service's own tables beside the identity store: room settings and the audit log.

They live in the same database URL as ``server.store`` but on their own engine and metadata, so
neither side's schema changes touch the other's. Tables are created at start; no content (chat,
media, names) is ever written here.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Float, Integer, String, delete, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.core.protocol import Role
from app.core.room_types import RoomType
from server.rooms.audit_event import AuditEvent
from server.rooms.config import RoomConfig
from server.store.database import Database


class RoomBase(DeclarativeBase):
    """Declarative base of the room service's tables."""


class RoomSettingsRow(RoomBase):
    """A room's type and salted PIN hashes (absent: a personal room without PINs)."""

    __tablename__ = "room_settings"

    room_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    room_type: Mapped[str] = mapped_column(String(32))
    host_pin_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    guest_pin_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)


class AuditRow(RoomBase):
    """One host action: who (opaque id, role), what, to whom, when."""

    __tablename__ = "room_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    room_id: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[float] = mapped_column(Float)
    action: Mapped[str] = mapped_column(String(32))
    actor_user_id: Mapped[str] = mapped_column(String(64))
    actor_role: Mapped[str] = mapped_column(String(16))
    target_user_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    target_role: Mapped[str | None] = mapped_column(String(16), nullable=True)
    target_participant_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    detail: Mapped[str] = mapped_column(String(64), default="")


class MediaRoomsRow(RoomBase):
    """A consultation's Janus rooms made by this service when it runs alone (no Redis): where they are
    and the secret that destroys them, so a restart after a crash can (``server.sfu.made_rooms``)."""

    __tablename__ = "room_media_made"

    room_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    url: Mapped[str] = mapped_column(String(300))
    audio_room: Mapped[int] = mapped_column(BigInteger)
    video_room: Mapped[int] = mapped_column(BigInteger)
    secret: Mapped[str] = mapped_column(String(200))
    pin: Mapped[str] = mapped_column(String(200))


def _event(row: AuditRow) -> AuditEvent:
    return AuditEvent(
        room_id=row.room_id,
        at=row.at,
        action=row.action,
        actor_user_id=row.actor_user_id,
        actor_role=Role(row.actor_role),
        target_user_id=row.target_user_id,
        target_role=Role(row.target_role) if row.target_role else None,
        target_participant_id=row.target_participant_id,
        detail=row.detail,
    )


class RoomStore:
    """Room settings and audit entries; blocking, so call it from a worker thread."""

    def __init__(self, database_url: str) -> None:
        self._db = Database(database_url)

    def create_tables(self) -> None:
        RoomBase.metadata.create_all(self._db.engine)

    def dispose(self) -> None:
        self._db.dispose()

    def save_config(self, room_id: str, config: RoomConfig) -> None:
        row = RoomSettingsRow(
            room_id=room_id,
            room_type=config.room_type.value,
            host_pin_hash=config.host_pin_hash,
            guest_pin_hash=config.guest_pin_hash,
        )
        with self._db.session() as session:
            session.merge(row)

    def config(self, room_id: str) -> RoomConfig:
        with self._db.session() as session:
            row = session.get(RoomSettingsRow, room_id)
            if row is None:
                return RoomConfig()
            return RoomConfig(RoomType(row.room_type), row.host_pin_hash, row.guest_pin_hash)

    def record(self, events: list[AuditEvent]) -> None:
        rows = [
            AuditRow(
                room_id=e.room_id,
                at=e.at,
                action=e.action,
                actor_user_id=e.actor_user_id,
                actor_role=e.actor_role.value,
                target_user_id=e.target_user_id,
                target_role=e.target_role.value if e.target_role else None,
                target_participant_id=e.target_participant_id,
                detail=e.detail,
            )
            for e in events
        ]
        with self._db.session() as session:
            session.add_all(rows)

    def events(self, room_id: str) -> list[AuditEvent]:
        query = select(AuditRow).filter_by(room_id=room_id).order_by(AuditRow.id)
        with self._db.session() as session:
            return [_event(row) for row in session.scalars(query)]

    def record_media(self, room_id: str, url: str, rooms: tuple[int, int], secret: str, pin: str) -> None:
        row = MediaRoomsRow(
            room_id=room_id, url=url, audio_room=rooms[0], video_room=rooms[1], secret=secret, pin=pin
        )
        with self._db.session() as session:
            session.merge(row)

    def media_made(self) -> list[tuple[str, str, int, int, str, str]]:
        """Every recorded pair: (room id, Janus URL, AudioBridge room, VideoRoom, secret, pin)."""
        with self._db.session() as session:
            rows = session.scalars(select(MediaRoomsRow).order_by(MediaRoomsRow.room_id))
            return [(r.room_id, r.url, r.audio_room, r.video_room, r.secret, r.pin) for r in rows]

    def forget_media(self, room_id: str) -> None:
        with self._db.session() as session:
            session.execute(delete(MediaRoomsRow).filter_by(room_id=room_id))

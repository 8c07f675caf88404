"""SQLAlchemy 2 table models of the newest schema (Alembic revisions in ``schema_migrations`` build it)."""

from __future__ import annotations

import hashlib

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of the service's tables."""


def test_person_subject(name: str, role: str) -> str:
    """The subject of a dev-mode test person: the same name and role are the same person."""
    return "t_" + hashlib.sha256(f"{role}\n{name}".encode()).hexdigest()[:40]


class UserRow(Base):
    """A person keyed by an opaque subject (a keyed hash of the national identity number); names repeat."""

    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    subject: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    verified_by: Mapped[str] = mapped_column(String(16))


class RoomRow(Base):
    """A consultation room owned by one clinician, reachable by its join code."""

    __tablename__ = "rooms"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True, index=True)
    title: Mapped[str] = mapped_column(String(120))
    owner_user_id: Mapped[str] = mapped_column(String(64), ForeignKey("users.id"))
    created_at: Mapped[float] = mapped_column(Float)
    closed_at: Mapped[float | None] = mapped_column(Float, nullable=True)  # closed by its owner
    # The address the owner chose for their standing personal room (lowercase letters and digits).
    address: Mapped[str | None] = mapped_column(String(32), nullable=True, unique=True)


class RefreshFamilyRow(Base):
    """One login's chain of rotating refresh tokens; only the newest token's hash may be used."""

    __tablename__ = "refresh_families"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(64), index=True)
    actor_user_id: Mapped[str | None] = mapped_column(String(64), nullable=True)  # a guardian
    expires_at: Mapped[float] = mapped_column(Float)
    current_hash: Mapped[str] = mapped_column(String(64))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    revoked_at: Mapped[float | None] = mapped_column(Float, nullable=True, index=True)  # wall clock


class RefreshTokenRow(Base):
    """Every refresh token ever issued (as a hash) → its family, so a reused one is recognised."""

    __tablename__ = "refresh_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    family_id: Mapped[str] = mapped_column(String(32), index=True)


class GuardianActRow(Base):
    """A guardian started acting for a child: both people are recorded, with when and on whose word."""

    __tablename__ = "guardian_acts"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    acting_user_id: Mapped[str] = mapped_column(String(64), index=True)  # the session's user
    guardian_user_id: Mapped[str] = mapped_column(String(64), index=True)
    child_user_id: Mapped[str] = mapped_column(String(64), index=True)
    directory: Mapped[str] = mapped_column(String(32))  # which GuardianshipDirectory vouched
    at: Mapped[float] = mapped_column(Float)


class LiveRoomRow(Base):
    """What of a room's consultation outlives the process (``server/rooms/snapshot.py``), as JSON."""

    __tablename__ = "live_rooms"

    room_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[float] = mapped_column(Float)


class LiveMemberRow(Base):
    """Who has a place in a live room, so a reconnecting person's rooms are found without a scan."""

    __tablename__ = "live_members"

    room_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)


class EmailCodeRow(Base):
    """A pending e-mail sign-in code: keyed hashes of the address and the code, never either."""

    __tablename__ = "email_codes"

    slot: Mapped[str] = mapped_column(String(64), primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(120))
    expires_at: Mapped[float] = mapped_column(Float, index=True)  # wall clock (time.time)
    tries: Mapped[int] = mapped_column(Integer, default=0)

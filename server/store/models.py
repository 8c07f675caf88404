"""SQLAlchemy 2 table models for users and rooms."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Declarative base of the service's tables."""


class UserRow(Base):
    """A verified person; the test identity is unique per (name, role, verified_by)."""

    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("name", "role", "verified_by", name="uq_users_identity"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
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

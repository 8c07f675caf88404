"""Repository over the store: plain frozen records in and out, one short transaction per call."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.protocol import Role, UserInfo, Verification
from server.store.database import Database
from server.store.models import RoomRow, UserRow, test_person_subject
from server.store.schema import migrate

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no I, O, 0, 1
CODE_LENGTH = 8


@dataclass(frozen=True, slots=True)
class UserRecord:
    """A stored person."""

    user_id: str
    name: str
    role: Role
    verified_by: Verification

    def info(self) -> UserInfo:
        return UserInfo(user_id=self.user_id, name=self.name, role=self.role, verified_by=self.verified_by)


@dataclass(frozen=True, slots=True)
class RoomRecord:
    """A stored room; ``code`` is the bare 8-character join code (no dash)."""

    room_id: str
    code: str
    title: str
    owner_user_id: str
    created_at: float
    closed_at: float | None = None
    address: str | None = None  # a standing personal room's chosen address

    @property
    def closed(self) -> bool:
        return self.closed_at is not None


def new_join_code() -> str:
    """Eight random characters from the unambiguous alphabet."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def format_code(code: str) -> str:
    """``ABCDEFGH`` → ``ABCD-EFGH`` (how people see and type it)."""
    return f"{code[:4]}-{code[4:]}"


def normalize_code(text: str) -> str | None:
    """Accept any case, with or without the dash; ``None`` if it cannot be a join code."""
    bare = text.strip().upper().replace("-", "")
    if len(bare) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in bare):
        return None
    return bare


def _user(row: UserRow) -> UserRecord:
    return UserRecord(row.id, row.name, Role(row.role), Verification(row.verified_by))


def room_record(row: RoomRow) -> RoomRecord:
    return RoomRecord(
        row.id, row.code, row.title, row.owner_user_id, row.created_at, row.closed_at, row.address
    )


class Repository:
    """All persistence the service does; safe to call from worker threads."""

    def __init__(self, database_url: str) -> None:
        self._db = Database(database_url)

    def create_tables(self) -> None:
        """Create or upgrade the schema to the newest version (Alembic: ``server/store/schema.py``)."""
        migrate(self._db.engine)

    def dispose(self) -> None:
        self._db.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One short transaction (for the store's own modules; blocking)."""
        with self._db.session() as session:
            yield session

    def test_user(self, name: str, role: Role) -> UserRecord:
        """The test person with this name and role, created on first use (same inputs, same id)."""
        subject = test_person_subject(name, role.value)
        for _ in range(3):
            try:
                with self._db.session() as session:
                    row = session.scalars(select(UserRow).filter_by(subject=subject)).first()
                    if row is None:
                        row = UserRow(
                            id="u_" + secrets.token_urlsafe(12),
                            subject=subject,
                            name=name,
                            role=role.value,
                            verified_by=Verification.TEST.value,
                        )
                        session.add(row)
                return _user(row)
            except IntegrityError:  # created concurrently by another request; read it back
                continue
        raise RuntimeError("could not create the test user")

    def verified_user(self, user_id: str, name: str, role: Role, verified_by: Verification) -> UserRecord:
        """Find or create a verified person by their opaque id; name and role are updated on each login."""
        for _ in range(3):
            try:
                with self._db.session() as session:
                    row = session.get(UserRow, user_id)
                    if row is None:
                        row = UserRow(id=user_id, subject=user_id, name=name, role=role.value)
                        row.verified_by = verified_by.value
                        session.add(row)
                    else:
                        row.name, row.role, row.verified_by = name, role.value, verified_by.value
                return _user(row)
            except IntegrityError:  # created concurrently; read it back on the next round
                continue
        raise RuntimeError("could not store the verified person")

    def user(self, user_id: str) -> UserRecord | None:
        with self._db.session() as session:
            row = session.get(UserRow, user_id)
            return None if row is None else _user(row)

    def create_room(self, owner_user_id: str, title: str, address: str | None = None) -> RoomRecord:
        """A new room with a fresh, unused join code (and an address, for a standing room)."""
        for _ in range(20):
            row = RoomRow(
                id="r_" + secrets.token_urlsafe(12),
                code=new_join_code(),
                title=title,
                owner_user_id=owner_user_id,
                created_at=time.time(),
                address=address,
            )
            try:
                with self._db.session() as session:
                    session.add(row)
                return room_record(row)
            except IntegrityError:  # a join code collision; try another (an address taken: give up)
                if address is not None and self._address_taken(address):
                    raise
                continue
        raise RuntimeError("could not allocate a unique join code")

    def _address_taken(self, address: str) -> bool:
        with self._db.session() as session:
            return session.scalars(select(RoomRow.id).filter_by(address=address)).first() is not None

    def room_by_code(self, code: str) -> RoomRecord | None:
        with self._db.session() as session:
            row = session.scalars(select(RoomRow).filter_by(code=code)).first()
            return None if row is None else room_record(row)

    def room(self, room_id: str) -> RoomRecord | None:
        with self._db.session() as session:
            row = session.get(RoomRow, room_id)
            return None if row is None else room_record(row)

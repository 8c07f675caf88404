"""Refresh-token families in the database: hashes only, so a restart keeps everyone logged in."""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import delete, select, update

from server.store.models import RefreshFamilyRow, RefreshTokenRow
from server.store.repository import Repository


@dataclass(frozen=True, slots=True)
class FamilyRecord:
    """A family as stored; ``current_hash`` is the one token hash that may still be used."""

    family_id: str
    user_id: str
    actor_user_id: str | None
    expires_at: float
    current_hash: str
    revoked: bool


class RefreshFamilies:
    """Blocking store calls (run them in a worker thread); each is one short transaction."""

    def __init__(self, repo: Repository) -> None:
        self._repo = repo

    def create(
        self, family_id: str, user_id: str, actor_user_id: str | None, expires_at: float, token_hash: str
    ) -> None:
        with self._repo.transaction() as session:
            session.add(
                RefreshFamilyRow(
                    id=family_id,
                    user_id=user_id,
                    actor_user_id=actor_user_id,
                    expires_at=expires_at,
                    current_hash=token_hash,
                    revoked=False,
                )
            )
            session.add(RefreshTokenRow(token_hash=token_hash, family_id=family_id))

    def find(self, token_hash: str) -> FamilyRecord | None:
        """The family a token (current or already rotated) belongs to."""
        with self._repo.transaction() as session:
            token = session.get(RefreshTokenRow, token_hash)
            row = None if token is None else session.get(RefreshFamilyRow, token.family_id)
            if row is None:
                return None
            return FamilyRecord(
                row.id, row.user_id, row.actor_user_id, row.expires_at, row.current_hash, row.revoked
            )

    def advance(self, family_id: str, old_hash: str, new_hash: str) -> bool:
        """Replace the current token if it still is ``old_hash`` (compare and set); False if it moved on."""
        with self._repo.transaction() as session:
            moved = session.execute(
                update(RefreshFamilyRow)
                .where(
                    RefreshFamilyRow.id == family_id,
                    RefreshFamilyRow.current_hash == old_hash,
                    RefreshFamilyRow.revoked.is_(False),
                )
                .values(current_hash=new_hash)
            )
            if getattr(moved, "rowcount", 0) != 1:
                return False
            session.add(RefreshTokenRow(token_hash=new_hash, family_id=family_id))
            return True

    def revoke(self, family_id: str) -> None:
        """Mark the family revoked, with when (the first revocation's time is kept)."""
        with self._repo.transaction() as session:
            session.execute(
                update(RefreshFamilyRow)
                .where(RefreshFamilyRow.id == family_id, RefreshFamilyRow.revoked.is_(False))
                .values(revoked=True, revoked_at=time.time())
            )

    def revoked_since(self, since: float) -> list[str]:
        """Families revoked at or after ``since`` (wall clock): those whose access tokens may still
        run, which every instance refuses, including one started after the logout."""
        query = select(RefreshFamilyRow.id).where(
            RefreshFamilyRow.revoked.is_(True), RefreshFamilyRow.revoked_at >= since
        )
        with self._repo.transaction() as session:
            return sorted(session.scalars(query))

    def prune(self, now: float) -> int:
        """Forget families that expired before ``now`` and all their tokens; returns how many."""
        with self._repo.transaction() as session:
            expired = select(RefreshFamilyRow.id).where(RefreshFamilyRow.expires_at < now)
            session.execute(delete(RefreshTokenRow).where(RefreshTokenRow.family_id.in_(expired)))
            gone = session.execute(delete(RefreshFamilyRow).where(RefreshFamilyRow.expires_at < now))
            return int(getattr(gone, "rowcount", 0))

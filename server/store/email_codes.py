"""Pending e-mail sign-in codes in the database, so any instance verifies a code another sent and a
restart loses none. Only keyed hashes of the address (the slot) and of the code are stored, with
the declared name until the code is used. Blocking: call from a worker thread.
"""

from __future__ import annotations

from sqlalchemy import delete, select, update

from server.store.models import EmailCodeRow
from server.store.repository import Repository


class StoredEmailCodes:
    """One pending code per address slot; each call is one short transaction."""

    def __init__(self, repo: Repository, max_tries: int) -> None:
        self._repo = repo
        self._max_tries = max_tries

    def put(self, slot: str, code_hash: str, name: str, expires_at: float, now: float) -> None:
        """The slot's new code, replacing any earlier one; expired codes are swept out."""
        with self._repo.transaction() as session:
            session.execute(delete(EmailCodeRow).where(EmailCodeRow.expires_at <= now))
            session.execute(delete(EmailCodeRow).where(EmailCodeRow.slot == slot))
            session.add(
                EmailCodeRow(slot=slot, code_hash=code_hash, name=name, expires_at=expires_at, tries=0)
            )

    def drop(self, slot: str) -> None:
        with self._repo.transaction() as session:
            session.execute(delete(EmailCodeRow).where(EmailCodeRow.slot == slot))

    def spend(self, slot: str, code_hash: str, now: float) -> str | None:
        """The declared name if ``code_hash`` is the slot's unexpired code, spending it (at most one
        caller anywhere gets it); ``None`` otherwise, counting a wrong try against the code."""
        with self._repo.transaction() as session:
            row = session.get(EmailCodeRow, slot)
            if row is None or row.expires_at <= now:
                session.execute(delete(EmailCodeRow).where(EmailCodeRow.slot == slot))
                return None
            name = row.name
            spent = session.execute(
                delete(EmailCodeRow).where(
                    EmailCodeRow.slot == slot,
                    EmailCodeRow.code_hash == code_hash,
                    EmailCodeRow.expires_at > now,
                )
            )
            if getattr(spent, "rowcount", 0) == 1:
                return name
        with self._repo.transaction() as session:  # a wrong code: one try fewer
            session.execute(
                update(EmailCodeRow).where(EmailCodeRow.slot == slot).values(tries=EmailCodeRow.tries + 1)
            )
            session.execute(
                delete(EmailCodeRow).where(EmailCodeRow.slot == slot, EmailCodeRow.tries >= self._max_tries)
            )
        return None

    def count(self) -> int:
        with self._repo.transaction() as session:
            return len(list(session.scalars(select(EmailCodeRow.slot))))

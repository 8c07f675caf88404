"""Records of guardians acting for children: who acted, for whom, when, and which directory vouched."""

from __future__ import annotations

import secrets
import time

from sqlalchemy import select

from server.store.models import GuardianActRow
from server.store.repository import Repository


class GuardianActs:
    """Blocking store calls (run them in a worker thread)."""

    def __init__(self, repo: Repository) -> None:
        self._repo = repo

    def record(self, acting_user_id: str, guardian_user_id: str, child_user_id: str, directory: str) -> None:
        with self._repo.transaction() as session:
            session.add(
                GuardianActRow(
                    id=secrets.token_urlsafe(12),
                    acting_user_id=acting_user_id,
                    guardian_user_id=guardian_user_id,
                    child_user_id=child_user_id,
                    directory=directory,
                    at=time.time(),
                )
            )

    def guardian_of(self, acting_user_id: str) -> str | None:
        """The guardian's user id if ``acting_user_id`` is a guardian acting for a child, else ``None``."""
        with self._repo.transaction() as session:
            query = select(GuardianActRow.guardian_user_id).filter_by(acting_user_id=acting_user_id).limit(1)
            return session.scalars(query).first()

    def acts(self, guardian_user_id: str) -> list[tuple[str, str, str]]:
        """``(acting user, child user, directory)`` of each act of this guardian, oldest first."""
        with self._repo.transaction() as session:
            rows = session.scalars(
                select(GuardianActRow)
                .filter_by(guardian_user_id=guardian_user_id)
                .order_by(GuardianActRow.at)
            )
            return [(r.acting_user_id, r.child_user_id, r.directory) for r in rows]

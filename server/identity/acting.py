"""A guardian acts for a child under 16: checked against a guardianship directory, both people recorded."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
from collections.abc import Callable

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import Role, UserInfo, Verification
from server.identity.guardianship import GuardianshipDirectory
from server.identity.national_id import age_on, birth_date
from server.identity.people import pseudonym
from server.settings import Secret
from server.store import Repository
from server.store.guardian_acts import GuardianActs
from server.store.repository import UserRecord

log = logging.getLogger(__name__)

CHILD_AGE_LIMIT = 16  # 1177 and eClinic let a guardian act for a child younger than this
_NOT_YOURS = "not a child under 16 in your care"  # one answer, so nobody learns who exists


def acting_id(key: Secret, child_user_id: str, guardian_user_id: str) -> str:
    """The user id of one guardian acting for one child (two guardians are two sessions)."""
    digest = hmac.new(
        key.reveal().encode(), f"act\n{child_user_id}\n{guardian_user_id}".encode(), hashlib.sha256
    )
    return "u_" + digest.hexdigest()[:32]


class ActingForChildren:
    """Decides and records acts; ``today`` is injectable for tests. Blocking store calls in ``record``."""

    def __init__(
        self,
        repo: Repository,
        key: Secret,
        directory: GuardianshipDirectory,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._repo = repo
        self._acts = GuardianActs(repo)
        self._key = key
        self.directory = directory
        self._today = today

    async def check(self, guardian: UserInfo, child_number: str) -> tuple[Secret, str]:
        """``(child's national id, child's name)`` if ``guardian`` may act for them, else ``forbidden``."""
        if guardian.verified_by in (Verification.TEST, Verification.EMAIL):
            raise ProtocolError(ErrorCode.FORBIDDEN, "only an e-ID can act for a child")
        born = birth_date(child_number, self._today())
        if born is None:
            raise ProtocolError(ErrorCode.BAD_MESSAGE, "national_id: not a valid national identity number")
        if age_on(born, self._today()) >= CHILD_AGE_LIMIT:
            log.info("act-for refused why=age")
            raise ProtocolError(ErrorCode.FORBIDDEN, _NOT_YOURS)
        child_id = Secret(child_number.strip())
        record = await self.directory.child(child_id)
        if record is None or not any(pseudonym(self._key, g) == guardian.user_id for g in record.guardians):
            log.info("act-for refused why=not_guardian directory=%s", self.directory.name)
            raise ProtocolError(ErrorCode.FORBIDDEN, _NOT_YOURS)
        return child_id, record.name

    def record(self, guardian: UserInfo, child_id: Secret, child_name: str) -> UserRecord:
        """Store the acting identity (the child's name, a patient) and the act itself; blocking."""
        if self._acts.guardian_of(guardian.user_id) is not None:
            raise ProtocolError(ErrorCode.FORBIDDEN, "already acting for a child")
        child_user_id = pseudonym(self._key, child_id)
        acting = acting_id(self._key, child_user_id, guardian.user_id)
        name = " ".join(child_name.split())[:120] or "?"
        user = self._repo.verified_user(acting, name, Role.PATIENT, guardian.verified_by)
        self._acts.record(acting, guardian.user_id, child_user_id, self.directory.name)
        log.info("act-for granted directory=%s", self.directory.name)
        return user

    def guardian_of(self, acting_user_id: str) -> str | None:
        """The guardian's user id behind an acting session (blocking)."""
        return self._acts.guardian_of(acting_user_id)

    def guardian_name(self, acting_user_id: str) -> str | None:
        """The guardian's name for the queue's "with guardian <name>", or ``None`` (blocking)."""
        guardian_id = self._acts.guardian_of(acting_user_id)
        guardian = self._repo.user(guardian_id) if guardian_id is not None else None
        return guardian.name if guardian is not None else None

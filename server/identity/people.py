"""Turns a verified identity into a stored person whose role only the service decides."""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

from app.core.protocol import Role, Verification
from server.settings import Secret
from server.store import Repository
from server.store.repository import UserRecord


@dataclass(frozen=True, slots=True)
class VerifiedPerson:
    """What a provider vouched for; ``national_id`` and ``hpr`` are masked in logs and reprs."""

    national_id: Secret
    name: str
    verified_by: Verification
    hpr: Secret | None = None  # Norwegian HPR number: health personnel


class StaffDirectory:
    """Who is a clinician: a configured list of national identity numbers, or anyone with an HPR number."""

    def __init__(self, staff_ids: frozenset[str]) -> None:
        self._staff = staff_ids

    def role_of(self, person: VerifiedPerson) -> Role:
        if person.verified_by is Verification.EMAIL:
            return Role.PATIENT  # an e-mail code proves an address, never a clinician
        if person.hpr is not None or person.national_id.reveal() in self._staff:
            return Role.CLINICIAN
        return Role.PATIENT


def pseudonym(key: Secret, national_id: Secret) -> str:
    """A stable user id that does not reveal the national identity number."""
    digest = hmac.new(key.reveal().encode(), national_id.reveal().encode(), hashlib.sha256).digest()
    return "u_" + base64.urlsafe_b64encode(digest[:18]).decode("ascii")


def store_person(repo: Repository, key: Secret, role: Role, person: VerifiedPerson) -> UserRecord:
    """Find or create the person (blocking: run it in a worker thread); the name is updated on each login."""
    name = " ".join(person.name.split())[:120] or "?"
    return repo.verified_user(pseudonym(key, person.national_id), name, role, person.verified_by)

"""What a deployment asks of a patient before they may knock: an identity strong enough for the room
type (people signed in with an e-mail code only where the deployment allows it), and consent."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from app.core.errors import ErrorCode
from app.core.protocol import UserInfo, Verification
from app.core.protocol.rest import ConsentInfo
from app.core.room_types import RoomType
from server.rooms.members import Effects, RoomError
from server.rooms.room import Room
from server.settings import ServiceSettings


@dataclass(frozen=True, slots=True)
class Admission:
    """The deployment's rules; ``consent_version`` is None when no consent is asked."""

    email_room_types: frozenset[RoomType] = frozenset()
    consent_version: str | None = None

    @classmethod
    def of(cls, settings: ServiceSettings) -> Admission:
        email = settings.email_login
        consent = settings.consent
        version = None
        if consent is not None:
            digest = hashlib.sha256(repr(sorted(consent.texts)).encode()).hexdigest()[:12]
            version = consent.version or digest
        return cls(email.room_types if email is not None else frozenset(), version)

    def check(self, user: UserInfo, room_type: RoomType, consent: bool) -> None:
        """Refuse a knock the deployment does not allow (a coded error; the client says it in words)."""
        if user.verified_by is Verification.EMAIL and room_type not in self.email_room_types:
            raise RoomError(ErrorCode.ASSURANCE_TOO_LOW, "this room needs an electronic ID")
        if self.consent_version is not None and not consent:
            raise RoomError(ErrorCode.CONSENT_REQUIRED, "consent is asked before knocking")

    def knock(self, room: Room, user: UserInfo, consent: bool, knock: Callable[[], Effects]) -> Effects:
        """Check, knock, then note the time of consent in the room's audit log (service clock)."""
        self.check(user, room.config.room_type, consent)
        effects = knock()
        if self.consent_version is not None:
            room.record(user, "consent", None, f"version={self.consent_version}")
        return effects


def consent_info(settings: ServiceSettings) -> ConsentInfo:
    """What the patient's app shows before "I'm ready" (and the guest page, through its facts)."""
    if settings.consent is None:
        return ConsentInfo(required=False)
    return ConsentInfo(True, dict(settings.consent.texts), Admission.of(settings).consent_version)

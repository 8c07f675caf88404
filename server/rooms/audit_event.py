"""One entry of a room's audit log: who did what to whom, when — opaque ids and roles, no content."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.protocol import Role, UserInfo, Verification

if TYPE_CHECKING:
    from server.rooms.members import Member


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """A host action (admit, deny, send_to_lobby, moderate, kick, ban, lock, end_call, host changes)."""

    room_id: str
    at: float
    action: str
    actor_user_id: str
    actor_role: Role
    target_user_id: str | None = None
    target_role: Role | None = None
    target_participant_id: str | None = None
    detail: str = ""  # a code such as "audio=hard_mute" or "auto"; never names or chat

    @classmethod
    def of(
        cls, room_id: str, at: float, actor: UserInfo, action: str, target: Member | None, detail: str
    ) -> AuditEvent:
        # People signed in with an e-mail code are at a lower assurance level: the log says so.
        if actor.verified_by is Verification.EMAIL:
            detail = f"{detail} actor_verified_by=email".strip()
        if target is not None and target.user.verified_by is Verification.EMAIL:
            detail = f"{detail} target_verified_by=email".strip()
        return cls(
            room_id=room_id,
            at=at,
            action=action,
            actor_user_id=actor.user_id,
            actor_role=actor.role,
            target_user_id=target.user.user_id if target is not None else None,
            target_role=target.user.role if target is not None else None,
            target_participant_id=target.participant_id if target is not None else None,
            detail=detail,
        )

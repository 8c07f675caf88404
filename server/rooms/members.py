"""One person's membership of a live room, and the refusal and effect types room logic returns."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from app.core.errors import ErrorCode
from app.core.protocol import Participant, PrecallSummary, ServerMessage, UserInfo
from app.core.protocol.moderation import MediaControl, ParticipantState

Effects = list[tuple[str, ServerMessage]]


class RoomError(Exception):
    """A request was refused; ``code`` goes back to the requester."""

    def __init__(self, code: ErrorCode, detail: str = "") -> None:
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
        self.code = code
        self.detail = detail


def new_participant_id() -> str:
    """A random, opaque id for one membership."""
    return "p_" + secrets.token_urlsafe(9)


@dataclass(slots=True)
class Member:
    """One person's membership of a room, in its lobby or its call, with their media state."""

    participant_id: str
    user: UserInfo
    conn: str | None
    since: float
    precall: PrecallSummary
    in_call: bool = False
    told_admitted: bool = False  # ``admitted`` reached a connection (not lost while disconnected)
    detach_seq: int = 0  # a room-wide number set on every disconnect so a stale grace timer can tell
    audio_on: bool = True
    video_on: bool = True
    audio_control: MediaControl = MediaControl.ALLOW
    video_control: MediaControl = MediaControl.ALLOW
    hand_raised: bool = False
    presenting: bool = False
    guardian: str | None = None  # the guardian's name when a guardian acts for this (child) patient

    def participant(self) -> Participant:
        return Participant(participant_id=self.participant_id, name=self.user.name, role=self.user.role)

    def state(self, is_host: bool) -> ParticipantState:
        return ParticipantState(
            participant_id=self.participant_id,
            name=self.user.name,
            role=self.user.role,
            verified_by=self.user.verified_by,
            is_host=is_host,
            audio_on=self.audio_on,
            video_on=self.video_on,
            audio_control=self.audio_control,
            video_control=self.video_control,
            hand_raised=self.hand_raised,
            presenting=self.presenting,
        )

    def reset_call_state(self) -> None:
        """Back to the defaults of someone entering a call (used when leaving it)."""
        self.in_call = self.told_admitted = False
        self.audio_on = self.video_on = True
        self.audio_control = self.video_control = MediaControl.ALLOW
        self.hand_raised = self.presenting = False

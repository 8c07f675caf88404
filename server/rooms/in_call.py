"""Life in the call for every member: own media state, asking to unmute, chat, hands, presenting."""

from __future__ import annotations

from app.core.errors import ErrorCode
from app.core.protocol import UserInfo
from app.core.protocol.moderation import ChatMessage, MediaControl, UnmuteRequested
from server.rooms.members import Effects, RoomError
from server.rooms.room import Room


def set_media(room: Room, user: UserInfo, audio_on: bool, video_on: bool) -> Effects:
    """Report one's own audio/video; turning on a hard-muted medium is refused and changes nothing."""
    member = room.require_in_call(user)
    if (audio_on and member.audio_control is MediaControl.HARD_MUTE) or (
        video_on and member.video_control is MediaControl.HARD_MUTE
    ):
        raise RoomError(ErrorCode.HARD_MUTED, "the host has muted you until they allow it")
    if audio_on and member.audio_control is MediaControl.MUTE:
        member.audio_control = MediaControl.ALLOW
    if video_on and member.video_control is MediaControl.MUTE:
        member.video_control = MediaControl.ALLOW
    member.audio_on, member.video_on = audio_on, video_on
    return []


def ask_to_unmute(room: Room, user: UserInfo) -> Effects:
    member = room.require_in_call(user)
    return room.to_hosts(UnmuteRequested(room.room_id, member.participant_id))


def chat(room: Room, user: UserInfo, text: str) -> Effects:
    """Relay a line to every call member who sees the sender (the sender too); nothing is kept."""
    member = room.require_in_call(user)
    if not text.strip():
        raise RoomError(ErrorCode.BAD_MESSAGE, "empty message")
    line = ChatMessage(room.room_id, member.participant_id, member.user.name, text, room.clock())
    effects: Effects = []
    for other in room.call.values():
        if room.visible(other, member):
            effects += room.to(other, line)
    return effects


def raise_hand(room: Room, user: UserInfo, raised: bool) -> Effects:
    room.require_in_call(user).hand_raised = raised
    return []


def present(room: Room, user: UserInfo, presenting: bool) -> Effects:
    room.require_in_call(user).presenting = presenting
    return []

"""Host controls over a live room: lock, admit all, send back, mute, kick and ban, end for all.

Each function checks that the sender holds the host role first and raises ``RoomError`` before
changing anything, so a refused request leaves the room exactly as it was.
"""

from __future__ import annotations

from app.core.errors import ErrorCode
from app.core.protocol import LeftReason, UserInfo
from app.core.protocol.moderation import CallEndedForAll, Kicked, MediaControl, Moderated, SentToLobby
from server.rooms.members import Effects, Member, RoomError
from server.rooms.room import Room

_OFF = (MediaControl.MUTE, MediaControl.HARD_MUTE)


def lock_room(room: Room, user: UserInfo, locked: bool) -> Effects:
    room.require_host(user)
    if room.set_locked(locked):
        room.record(user, "lock" if locked else "unlock")
    return []


def admit_all(room: Room, user: UserInfo) -> Effects:
    """Everyone waiting enters the call, or nobody does (``needs_sfu``) if they would not all fit."""
    room.require_host(user)
    if not room.lobby:
        return []
    room.check_media_room(len(room.lobby))
    effects: Effects = []
    for member in room.take_lobby():
        effects += room.admit_member(user, member)
    return effects + room.to_watchers()


def _guest_target(room: Room, participant_id: str, in_lobby_too: bool = False) -> Member:
    target = room.call.get(participant_id)
    if target is None and in_lobby_too:
        target = room.lobby.get(participant_id)
    if target is None:
        raise RoomError(ErrorCode.UNKNOWN_PARTICIPANT, "no such participant in this room")
    if room.is_host(target.user.user_id):
        raise RoomError(ErrorCode.FORBIDDEN, "a host cannot be removed; hand the role over first")
    return target


def send_to_lobby(room: Room, user: UserInfo, participant_id: str) -> Effects:
    """The participant goes back to the end of the queue and must be admitted again."""
    room.require_host(user)
    target = _guest_target(room, participant_id)
    effects = room.to(target, SentToLobby(room.room_id))
    effects += room.back_to_lobby(target, LeftReason.MOVED_TO_LOBBY)
    room.record(user, "send_to_lobby", target)
    return effects + room.lobby_message(target) + room.to_watchers()


def _control(member: Member, audio: MediaControl | None, video: MediaControl | None) -> None:
    if audio is not None:
        member.audio_control = audio
        member.audio_on = member.audio_on and audio not in _OFF
    if video is not None:
        member.video_control = video
        member.video_on = member.video_on and video not in _OFF


def _let_speak(room: Room, member: Member, audio: MediaControl | None) -> None:
    """In an auditorium, allowing a guest's audio lets them speak (heard, and their video published);
    muting it again takes that back."""
    if not room.config.rules.muted_on_entry or audio is None:
        return
    room.let_speak(member.user.user_id, audio is MediaControl.ALLOW)


def moderate(
    room: Room,
    user: UserInfo,
    participant_id: str | None,
    audio: MediaControl | None,
    video: MediaControl | None,
) -> Effects:
    """Set audio/video control of one call member, or of every member who is not a host."""
    room.require_host(user)
    if audio is None and video is None:
        raise RoomError(ErrorCode.BAD_MESSAGE, "nothing to change")
    if participant_id is None:
        targets = [m for m in room.call.values() if not room.is_host(m.user.user_id)]
    else:
        target = room.call.get(participant_id)
        if target is None:
            raise RoomError(ErrorCode.UNKNOWN_PARTICIPANT, "no such participant in this call")
        targets = [target]
    detail = ",".join(f"{k}={v.value}" for k, v in (("audio", audio), ("video", video)) if v is not None)
    effects: Effects = []
    for member in targets:
        _control(member, audio, video)
        _let_speak(room, member, audio)
        room.record(user, "moderate", member, detail)
        effects += room.to(member, Moderated(room.room_id, audio, video))
    return effects


def kick(room: Room, user: UserInfo, participant_id: str, ban: bool) -> Effects:
    """Remove a participant from the call or the lobby; with ``ban`` they cannot come back."""
    room.require_host(user)
    target = _guest_target(room, participant_id, in_lobby_too=True)
    effects = room.to(target, Kicked(room.room_id, ban)) + room.remove(target, LeftReason.REMOVED)
    if ban:
        room.ban(target.user.user_id)
    room.record(user, "kick", target, "ban" if ban else "")
    return effects + room.to_watchers()


def end_call(room: Room, user: UserInfo) -> Effects:
    """Everyone in the call and the lobby gets ``call_ended``; the room starts afresh (bans stay)."""
    room.require_host(user)
    ended = CallEndedForAll(room.room_id)
    effects: Effects = []
    for member in room.end_call():
        effects += room.to(member, ended)
    room.record(user, "end_call")
    return effects + room.to_watchers()

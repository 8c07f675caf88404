"""What each member of a room whose media goes through Janus may do there (pure rules).

What Janus is told follows the room state the service keeps: a member is heard in the mix only when
their audio is on, the host allows it and (auditoriums) a host has let them speak.
"""

from __future__ import annotations

from app.core.protocol.moderation import MediaControl
from server.rooms.core import RoomCore
from server.rooms.members import Member


def heard(room: RoomCore, member: Member) -> bool:
    """Whether the AudioBridge mixes ``member`` in (else Janus mutes them, whatever they send)."""
    return member.audio_on and member.audio_control is MediaControl.ALLOW and room.may_speak(member)


def video_blocked(member: Member) -> bool:
    """Whether a host turned ``member``'s video off (VideoRoom ``moderate``: Janus stops relaying it)."""
    return member.video_control is not MediaControl.ALLOW


def sees_feed(room: RoomCore, viewer: Member, other: Member) -> bool:
    """Whether ``viewer`` may receive ``other``'s video: never their own; auditorium guests only the
    hosts and whoever a host let speak."""
    if viewer is other:
        return False
    if not room.config.rules.guests_see_hosts_only or room.is_host(viewer.user.user_id):
        return True
    return room.is_host(other.user.user_id) or other.user.user_id in room.speakers

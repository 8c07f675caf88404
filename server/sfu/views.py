"""What each member of a room through Janus is told: the feeds they may subscribe to, and whose
talking events reach which connections (pure)."""

from __future__ import annotations

from collections.abc import Callable

from app.core.protocol.sfu import SfuFeed, SfuFeeds
from server.rooms.core import RoomCore
from server.rooms.members import Member
from server.sfu import policy


def feeds_for(room: RoomCore, viewer: Member, publishing: Callable[[str], bool]) -> SfuFeeds:
    """The live video publications ``viewer`` may subscribe to (never their own); ``video`` is false
    while the publisher's camera is off or a host turned it off."""
    feeds = [
        SfuFeed(m.participant_id, video=m.video_on and not policy.video_blocked(m))
        for m in room.call.values()
        if publishing(m.participant_id) and policy.sees_feed(room, viewer, m)
    ]
    return SfuFeeds(room.room_id, feeds)


def viewers(room: RoomCore, local: set[str] | None) -> dict[str, list[str]]:
    """Participant id → the connections (held here, where ``local`` says which) of those who see them."""
    members = list(room.call.values())
    return {
        m.participant_id: [
            v.conn
            for v in members
            if v.conn is not None and (local is None or v.conn in local) and policy.sees_feed(room, v, m)
        ]
        for m in members
    }

"""Closing a live room: everyone in it, watching it or with it open is told, then it empties for good.

The owner closes a room through ``POST /v1/rooms/{room_id}/close`` (``server/api/room_list.py``);
the database marks it closed and every later request for it is refused with ``room_closed``.
"""

from __future__ import annotations

from app.core.protocol import UserInfo
from app.core.protocol.moderation import RoomClosed
from server.rooms.members import Effects
from server.rooms.room import Room


def close_room(room: Room, actor: UserInfo) -> Effects:
    """``room_closed`` to every member (lobby and call), watcher and patient with the room open."""
    conns = room.close()
    room.record(actor, "close_room")
    closed = RoomClosed(room.room_id)
    return [(conn, closed) for conn in conns]

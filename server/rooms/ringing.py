"""Patients who have the room open ("nearby"), and the host ringing one of them (Kaddio's flow)."""

from __future__ import annotations

from app.core.errors import ErrorCode
from app.core.protocol import Role, UserInfo
from app.core.protocol.moderation import RingAnswered, Ringing
from server.rooms.members import Effects, RoomError
from server.rooms.room import Room


def open_room(room: Room, user: UserInfo, conn: str) -> Effects:
    """A patient has the room open; hosts see them in ``nearby`` (sent by ``room_view.settle``)."""
    if user.role is not Role.PATIENT:
        raise RoomError(ErrorCode.FORBIDDEN, "only patients wait to be rung")
    if user.user_id in room.banned:
        raise RoomError(ErrorCode.BANNED, "the host removed you from this room")
    room.open_nearby(user, conn)
    return []


def ring(room: Room, user: UserInfo, user_id: str) -> Effects:
    room.require_host(user)
    nearby = room.nearby.get(user_id)
    if nearby is None:
        raise RoomError(ErrorCode.UNKNOWN_PARTICIPANT, "that patient does not have the room open")
    room.ring(user_id)
    return [(nearby[1], Ringing(room.room_id, user.name))]


def answer_ring(room: Room, user: UserInfo, accept: bool) -> Effects:
    """The rung patient answers (and then knocks) or declines; the hosts are told which."""
    if not room.stop_ringing(user.user_id):
        raise RoomError(ErrorCode.FORBIDDEN, "nobody is ringing you")
    return room.to_hosts(RingAnswered(room.room_id, user.user_id, accept))

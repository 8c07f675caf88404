"""Handing the host role to another clinician in the call, and claiming it with the host PIN."""

from __future__ import annotations

from app.core.errors import ErrorCode
from app.core.protocol import Role, UserInfo
from server.rooms.members import Effects, RoomError
from server.rooms.room import Room


def transfer_host(room: Room, user: UserInfo, participant_id: str) -> Effects:
    """The target clinician becomes host; the sender stops being one (the owner always stays host)."""
    room.require_host(user)
    target = room.call.get(participant_id)
    if target is None:
        raise RoomError(ErrorCode.UNKNOWN_PARTICIPANT, "no such participant in this call")
    if target.user.role is not Role.CLINICIAN:
        raise RoomError(ErrorCode.FORBIDDEN, "only a clinician can be host")
    if target.user.user_id == user.user_id:
        return []
    room.add_host(target.user.user_id)
    room.drop_delegation(user.user_id)  # no longer a host (unless the owner): no more queue
    room.record(user, "transfer_host", target)
    return []


def claim_host(room: Room, user: UserInfo, pin: str) -> Effects:
    """A clinician in the call becomes host with the room's host PIN (patients never can)."""
    member = room.require_in_call(user)
    if user.role is not Role.CLINICIAN:
        raise RoomError(ErrorCode.FORBIDDEN, "only a clinician can be host")
    stored = room.config.host_pin_hash
    if stored is None:
        raise RoomError(ErrorCode.FORBIDDEN, "this room has no host PIN")
    if room.is_host(user.user_id):
        return []
    room.pins.check("host:" + user.user_id, stored, pin)
    room.add_host(user.user_id)
    room.record(user, "claim_host", member)
    return []

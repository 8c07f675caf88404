"""Who must be told a new ``room_state`` or ``nearby`` list: each recipient's view, sent when it changes."""

from __future__ import annotations

from app.core.protocol.moderation import NearbyPatient, NearbyPatients, RoomState
from server.rooms.members import Effects, Member
from server.rooms.room import Room


def state_for(room: Room, viewer: Member | None) -> RoomState:
    """The call as ``viewer`` sees it (``None``: a watching host, who sees everyone)."""
    participants = [
        m.state(room.is_host(m.user.user_id))
        for m in room.call.values()
        if viewer is None or room.visible(viewer, m)
    ]
    return RoomState(room.room_id, room.config.room_type, room.locked, participants, room.media)


def nearby_of(room: Room) -> NearbyPatients:
    patients = [NearbyPatient(user_id, user.name) for user_id, (user, _) in room.nearby.items()]
    return NearbyPatients(room.room_id, patients)


def settle(room: Room) -> Effects:
    """``room_state`` to every call member and watching host whose view changed (or who is new to
    it), and ``nearby`` to every host whose list changed; forgets connections no longer concerned."""
    views: dict[str, RoomState] = {}
    for member in room.call.values():
        if member.conn is not None:
            views[member.conn] = state_for(room, member)
    if room.watchers:
        full = state_for(room, None)
        for conn in sorted(room.watchers):
            if room.is_host(room.watchers[conn]):  # a watcher whose host role ended sees nothing
                views.setdefault(conn, full)
    return room.tell_states(views) + room.tell_nearby(room.host_conns(), nearby_of(room))

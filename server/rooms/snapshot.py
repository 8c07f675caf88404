"""What of a live room outlives its process, as plain JSON: the lobby places (with when each
patient started waiting), the call, each member's media state, the host role, the lock, bans,
ringing and the wrong-PIN counters.

With several instances (decision 0016) connections are kept too, as opaque ids: an instance
reloading a room another changed keeps everyone where they are connected. Without, after a
restart every member is detached until their app comes back (``Room.rebind``) or the reconnect
grace runs out. Names are not kept either: people are stored by
their user id and read back from the users table; a guardian by the fact that one acts.
"""

from __future__ import annotations

from typing import Any

from app.core.protocol import PrecallSummary, UserInfo, from_json, to_json
from app.core.protocol.moderation import MediaControl
from server.rooms.members import Member
from server.rooms.ops import RoomOps

VERSION = 1


def _member(member: Member, with_conns: bool) -> dict[str, Any]:
    data = {
        "participant_id": member.participant_id,
        "user_id": member.user.user_id,
        "since": member.since,
        "precall": to_json(member.precall),
        "in_call": member.in_call,
        "told_admitted": member.told_admitted,
        "audio_on": member.audio_on,
        "video_on": member.video_on,
        "audio_control": member.audio_control.value,
        "video_control": member.video_control.value,
        "hand_raised": member.hand_raised,
        "presenting": member.presenting,
        "guardian": member.guardian is not None,
    }
    if with_conns:
        data |= {"conn": member.conn, "detach_seq": member.detach_seq}
    return data


def snapshot(room: RoomOps, with_conns: bool = False) -> dict[str, Any]:
    """The room's lasting state; lobby members in queue order, then the call in joining order.

    ``with_conns``: with who is connected where, watches and has the room open (several instances)."""
    data: dict[str, Any] = {
        "v": VERSION,
        "seq": room.seq,
        "locked": room.locked,
        "hosts": sorted(room.hosts),
        "banned": sorted(room.banned),
        "speakers": sorted(room.speakers),
        "ringing": sorted(room.ringing),
        "pins": room.pins.failures(),
        "lobby": [_member(m, with_conns) for m in room.lobby.values()],
        "call": [_member(m, with_conns) for m in room.call.values()],
    }
    if with_conns:
        data["watchers"] = dict(sorted(room.watchers.items()))
        data["nearby"] = {user_id: conn for user_id, (_, conn) in sorted(room.nearby.items())}
    return data


def member_user_ids(data: dict[str, Any]) -> list[str]:
    """Everyone with a place in the stored room (to find a reconnecting person's rooms)."""
    return [m["user_id"] for m in [*data.get("lobby", []), *data.get("call", [])]]


def guardian_user_ids(data: dict[str, Any]) -> list[str]:
    return [m["user_id"] for m in [*data.get("lobby", []), *data.get("call", [])] if m["guardian"]]


def nearby_user_ids(data: dict[str, Any]) -> list[str]:
    """Patients with the room open nearby (kept for the other instances only)."""
    return sorted(data.get("nearby", {}))


def restore(
    room: RoomOps,
    data: dict[str, Any],
    users: dict[str, UserInfo],
    guardians: dict[str, str | None],
    keep_conns: bool = False,
) -> list[tuple[str, int]]:
    """Put a stored state into a fresh room; every member detached. Returns (user id, detach seq)
    for each so the caller starts their grace timers. A member whose user is gone is dropped.

    ``keep_conns``: another instance changed the room; everyone stays bound to their connection
    (and watching, and nearby) as stored; only those stored without one are returned, with the
    sequence number of their disconnect, so a grace timer runs for them here too."""
    if data.get("v") != VERSION:
        raise ValueError(f"unknown room snapshot version {data.get('v')!r}")
    room.restore_lasting(
        seq=int(data["seq"]),
        locked=bool(data["locked"]),
        hosts=data["hosts"],
        banned=data["banned"],
        speakers=data.get("speakers", []),  # absent in rooms stored before issue 14
        ringing=data["ringing"],
        pins=data["pins"],
    )
    detached: list[tuple[str, int]] = []
    for stored in [*data["lobby"], *data["call"]]:
        user = users.get(stored["user_id"])
        if user is None:
            continue
        member = Member(
            participant_id=stored["participant_id"],
            user=user,
            conn=None,
            since=float(stored["since"]),
            precall=from_json(PrecallSummary, stored["precall"]),
            in_call=bool(stored["in_call"]),
            told_admitted=bool(stored["told_admitted"]),
            audio_on=bool(stored["audio_on"]),
            video_on=bool(stored["video_on"]),
            audio_control=MediaControl(stored["audio_control"]),
            video_control=MediaControl(stored["video_control"]),
            hand_raised=bool(stored["hand_raised"]),
            presenting=bool(stored["presenting"]),
            guardian=guardians.get(user.user_id) if stored["guardian"] else None,
        )
        if keep_conns:
            member.conn = stored.get("conn")
            member.detach_seq = int(stored.get("detach_seq", 0))
            room.restore_member(member)
            if member.conn is None:
                detached.append((user.user_id, member.detach_seq))
            continue
        member.detach_seq = room.next_seq()
        room.restore_member(member)
        detached.append((user.user_id, member.detach_seq))
    if keep_conns:
        nearby = {u: (users[u], conn) for u, conn in data.get("nearby", {}).items() if u in users}
        room.restore_connections(data.get("watchers", {}), nearby)
    return detached

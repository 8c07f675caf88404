"""The state of one live room — lobby, call, watchers, hosts, bans, nearby patients — and the
queries and small helpers every room operation shares (pure logic, no I/O)."""

from __future__ import annotations

import time
from collections.abc import Callable

from app.core.errors import ErrorCode
from app.core.protocol import (
    IceServer,
    LeftReason,
    LobbyUpdate,
    ParticipantLeft,
    QueueEntry,
    QueueUpdate,
    ServerMessage,
    UserInfo,
)
from app.core.protocol.moderation import NearbyPatients, RoomState
from app.core.room_types import MESH_MEDIA_LIMIT, MediaRoute
from server.audit_event import AuditEvent
from server.members import Effects, Member, RoomError, new_participant_id
from server.room_config import PinGuard, RoomConfig


class RoomCore:
    """What one room holds; ``server.rooms.Room`` adds the lobby and call operations."""

    def __init__(
        self,
        room_id: str,
        owner_user_id: str,
        ice_servers: list[IceServer],
        new_id: Callable[[], str] = new_participant_id,
        ice_for: Callable[[str], list[IceServer]] | None = None,
        config: RoomConfig | None = None,
        clock: Callable[[], float] = time.time,
        media: MediaRoute | None = None,
    ) -> None:
        self.room_id = room_id
        self.owner_user_id = owner_user_id
        self.ice_servers = list(ice_servers)
        self.config = config if config is not None else RoomConfig()
        # p2p: a mesh of at most MESH_MEDIA_LIMIT; sfu: through the media server (the deployment decides)
        self.media = media if media is not None else self.config.rules.media
        self.clock = clock
        self._ice_for = ice_for  # per-participant servers (fresh TURN credentials), if configured
        self._new_id = new_id
        self.lobby: dict[str, Member] = {}  # insertion order is queue order
        self.call: dict[str, Member] = {}
        self.watchers: dict[str, str] = {}  # connection id → user id of a watching host
        self._by_user: dict[str, Member] = {}
        self.hosts: set[str] = set()  # user ids the host role was handed to or claimed by
        self.locked = False
        self.closed = False  # closed by its owner: every request is refused (``room_closed``)
        self.banned: set[str] = set()
        self.speakers: set[str] = set()  # auditorium guests (user ids) a host has let speak
        self.nearby: dict[str, tuple[UserInfo, str]] = {}  # user id → (person, connection)
        self.ringing: set[str] = set()
        self.pins = PinGuard()
        self.audit: list[AuditEvent] = []  # drained and stored by the caller after each operation
        self.sent_states: dict[str, RoomState] = {}  # what each connection was last told
        self.sent_nearby: dict[str, NearbyPatients] = {}
        self._seq = 0  # detach counter, unique in the room so a stale grace timer never matches

    # --- queries ------------------------------------------------------------------------------

    def member_of(self, user_id: str) -> Member | None:
        return self._by_user.get(user_id)

    def members(self) -> list[Member]:
        return list(self._by_user.values())

    def is_host(self, user_id: str) -> bool:
        return user_id == self.owner_user_id or user_id in self.hosts

    def visible(self, viewer: Member, other: Member) -> bool:
        """Whether ``viewer`` sees and hears ``other`` (auditorium guests see only the hosts)."""
        if not self.config.rules.guests_see_hosts_only or viewer is other:
            return True
        return self.is_host(viewer.user.user_id) or self.is_host(other.user.user_id)

    def host_conns(self) -> list[str]:
        """Every connection of a host: watchers and hosts in the call, each once."""
        conns = list(self.watchers)
        for member in self.call.values():
            if member.conn is not None and self.is_host(member.user.user_id) and member.conn not in conns:
                conns.append(member.conn)
        return conns

    def queue(self) -> QueueUpdate:
        entries = [
            QueueEntry(m.participant_id, m.user.name, m.user.verified_by, m.since, m.precall, m.guardian)
            for m in self.lobby.values()
        ]
        return QueueUpdate(room_id=self.room_id, entries=entries)

    def counts(self) -> dict[str, int]:
        conns = {m.conn for m in self._by_user.values() if m.conn is not None} | set(self.watchers)
        return {"lobby": len(self.lobby), "call": len(self.call), "connections": len(conns)}

    # --- helpers ------------------------------------------------------------------------------

    def require_host(self, user: UserInfo) -> None:
        if not self.is_host(user.user_id):
            raise RoomError(ErrorCode.FORBIDDEN, "only the room's host may do this")

    def require_in_call(self, user: UserInfo) -> Member:
        member = self._by_user.get(user.user_id)
        if member is None or not member.in_call:
            raise RoomError(ErrorCode.NOT_ADMITTED, "you are not in this call")
        return member

    def record(self, actor: UserInfo, action: str, target: Member | None = None, detail: str = "") -> None:
        """Note a host action for the audit log (opaque ids and roles only)."""
        self.audit.append(AuditEvent.of(self.room_id, self.clock(), actor, action, target, detail))

    @staticmethod
    def to(member: Member, message: ServerMessage) -> Effects:
        return [] if member.conn is None else [(member.conn, message)]

    def to_hosts(self, message: ServerMessage) -> Effects:
        return [(conn, message) for conn in self.host_conns()]

    def lobby_message(self, member: Member) -> Effects:
        position = list(self.lobby).index(member.participant_id) + 1
        return self.to(member, LobbyUpdate(self.room_id, member.participant_id, position))

    def to_watchers(self) -> Effects:
        queue = self.queue()
        return [(conn, queue) for conn in sorted(self.watchers)]

    def remove_from_lobby(self, member: Member) -> Effects:
        """Take ``member`` out of the lobby; tell everyone behind them their new place."""
        order = list(self.lobby)
        index = order.index(member.participant_id)
        del self.lobby[member.participant_id]
        effects: Effects = []
        for pid in order[index + 1 :]:
            effects += self.lobby_message(self.lobby[pid])
        return effects

    def next_seq(self) -> int:
        self._seq += 1
        return self._seq

    @property
    def seq(self) -> int:
        return self._seq

    @seq.setter
    def seq(self, value: int) -> None:
        self._seq = value

    def restore_member(self, member: Member) -> None:
        """A stored membership back in place (``server.room_snapshot``): its lobby place or call seat."""
        self._by_user[member.user.user_id] = member
        if member.in_call:
            self.call[member.participant_id] = member
        else:
            self.lobby[member.participant_id] = member

    def idle(self) -> bool:
        """Nobody is in it, watches it or has it open: its live state may be dropped from memory."""
        return not self._by_user and not self.watchers and not self.nearby

    def remove_from_call(self, member: Member, reason: LeftReason = LeftReason.LEFT) -> Effects:
        """Take ``member`` out of the call; everyone who saw them gets ``participant_left`` and why.

        A host role handed to them ends with their part in the call (the owner's never does).
        """
        del self.call[member.participant_id]
        member.reset_call_state()
        self.speakers.discard(member.user.user_id)
        self.drop_delegation(member.user.user_id)
        left = ParticipantLeft(self.room_id, member.participant_id, reason)
        effects: Effects = []
        for other in self.call.values():
            if self.visible(other, member):
                effects += self.to(other, left)
        return effects

    def drop_delegation(self, user_id: str) -> None:
        """``user_id`` no longer holds a handed-over host role, nor watches the queue with it."""
        if user_id == self.owner_user_id or user_id not in self.hosts:
            return
        self.hosts.discard(user_id)
        for conn in [c for c, u in self.watchers.items() if u == user_id]:
            del self.watchers[conn]

    def left_afresh(self, old: Member | None) -> Effects:
        """Someone starting afresh (a new app, not a reconnect): their old membership ends here."""
        if old is None:
            return []
        self.forget(old)
        if old.in_call:
            return self.remove_from_call(old, LeftReason.LEFT)
        return self.remove_from_lobby(old)

    def forget(self, member: Member) -> None:
        del self._by_user[member.user.user_id]

    def add_to_lobby(self, member: Member) -> None:
        self._by_user[member.user.user_id] = member
        self.lobby[member.participant_id] = member

    def may_speak(self, member: Member) -> bool:
        """Whether ``member`` may be heard and publish video at all: everyone, except auditorium
        guests until a host lets them speak (``moderate`` with audio ``allow``)."""
        user_id = member.user.user_id
        return not self.config.rules.muted_on_entry or self.is_host(user_id) or user_id in self.speakers

    def check_media_room(self, joining: int = 1) -> None:
        """A mesh takes at most MESH_MEDIA_LIMIT (``needs_sfu``); the media server takes the room's limit."""
        if self.media is MediaRoute.P2P and len(self.call) + joining > MESH_MEDIA_LIMIT:
            raise RoomError(ErrorCode.NEEDS_SFU, f"more than {MESH_MEDIA_LIMIT} in a call needs the SFU")

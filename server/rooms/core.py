"""The state of one live room — lobby, call, watchers, hosts, bans, nearby patients — held in
private collections that only the room class changes, through the named operations of
``server.rooms.ops``; here the read-only views, the queries, the checks and the messages every
operation shares (pure logic, no I/O)."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from types import MappingProxyType

from app.core.errors import ErrorCode
from app.core.protocol import (
    IceServer,
    LobbyUpdate,
    QueueEntry,
    QueueUpdate,
    ServerMessage,
    UserInfo,
)
from app.core.protocol.moderation import NearbyPatients, RoomState
from app.core.room_types import MESH_MEDIA_LIMIT, MediaRoute
from server.rooms.audit_event import AuditEvent
from server.rooms.config import PinGuard, RoomConfig
from server.rooms.members import Effects, Member, RoomError, new_participant_id


class RoomCore:
    """What one room holds; ``server.rooms.ops.RoomOps`` changes it, ``server.rooms.room.Room`` adds the
    lobby and call requests."""

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
        self.pins = PinGuard()  # owns its own counters
        self._lobby: dict[str, Member] = {}  # insertion order is queue order
        self._call: dict[str, Member] = {}
        self._watchers: dict[str, str] = {}  # connection id → user id of a watching host
        self._by_user: dict[str, Member] = {}
        self._hosts: set[str] = set()  # user ids the host role was handed to or claimed by
        self._locked = False
        self._closed = False  # closed by its owner: every request is refused (``room_closed``)
        self._banned: set[str] = set()
        self._speakers: set[str] = set()  # auditorium guests (user ids) a host has let speak
        self._nearby: dict[str, tuple[UserInfo, str]] = {}  # user id → (person, connection)
        self._ringing: set[str] = set()
        self._audit: list[AuditEvent] = []  # drained and stored by the hub after each change
        self._sent_states: dict[str, RoomState] = {}  # what each connection was last told
        self._sent_nearby: dict[str, NearbyPatients] = {}
        self._seq = 0  # detach counter, unique in the room so a stale grace timer never matches

    # --- read-only views ----------------------------------------------------------------------

    @property
    def lobby(self) -> Mapping[str, Member]:
        """Participant id → waiting member, in queue order."""
        return MappingProxyType(self._lobby)

    @property
    def call(self) -> Mapping[str, Member]:
        """Participant id → call member, in joining order."""
        return MappingProxyType(self._call)

    @property
    def watchers(self) -> Mapping[str, str]:
        return MappingProxyType(self._watchers)

    @property
    def nearby(self) -> Mapping[str, tuple[UserInfo, str]]:
        return MappingProxyType(self._nearby)

    @property
    def hosts(self) -> frozenset[str]:
        return frozenset(self._hosts)

    @property
    def banned(self) -> frozenset[str]:
        return frozenset(self._banned)

    @property
    def speakers(self) -> frozenset[str]:
        return frozenset(self._speakers)

    @property
    def ringing(self) -> frozenset[str]:
        return frozenset(self._ringing)

    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def audit(self) -> tuple[AuditEvent, ...]:
        """Host actions noted since the last ``drain_audit``."""
        return tuple(self._audit)

    @property
    def seq(self) -> int:
        return self._seq

    # --- queries ------------------------------------------------------------------------------

    def member_of(self, user_id: str) -> Member | None:
        return self._by_user.get(user_id)

    def members(self) -> list[Member]:
        return list(self._by_user.values())

    def size(self) -> int:
        """How many people have a place in it (lobby and call)."""
        return len(self._by_user)

    def is_host(self, user_id: str) -> bool:
        return user_id == self.owner_user_id or user_id in self._hosts

    def visible(self, viewer: Member, other: Member) -> bool:
        """Whether ``viewer`` sees and hears ``other`` (auditorium guests see only the hosts)."""
        if not self.config.rules.guests_see_hosts_only or viewer is other:
            return True
        return self.is_host(viewer.user.user_id) or self.is_host(other.user.user_id)

    def host_conns(self) -> list[str]:
        """Every connection of a host: watchers and hosts in the call, each once."""
        conns = [conn for conn, user_id in self._watchers.items() if self.is_host(user_id)]
        for member in self._call.values():
            if member.conn is not None and self.is_host(member.user.user_id) and member.conn not in conns:
                conns.append(member.conn)
        return conns

    def connections(self) -> set[str]:
        """Every connection the room knows of: its members', watchers' and nearby patients'."""
        conns = {m.conn for m in self._by_user.values() if m.conn is not None}
        return conns | set(self._watchers) | {conn for _, conn in self._nearby.values()}

    def queue(self) -> QueueUpdate:
        entries = [
            QueueEntry(m.participant_id, m.user.name, m.user.verified_by, m.since, m.precall, m.guardian)
            for m in self._lobby.values()
        ]
        return QueueUpdate(room_id=self.room_id, entries=entries)

    def counts(self) -> dict[str, int]:
        conns = {m.conn for m in self._by_user.values() if m.conn is not None} | set(self._watchers)
        return {"lobby": len(self._lobby), "call": len(self._call), "connections": len(conns)}

    def idle(self) -> bool:
        """Nobody is in it, watches it or has it open: its live state may be dropped from memory."""
        return not self._by_user and not self._watchers and not self._nearby

    def may_speak(self, member: Member) -> bool:
        """Whether ``member`` may be heard and publish video at all: everyone, except auditorium
        guests until a host lets them speak (``moderate`` with audio ``allow``)."""
        user_id = member.user.user_id
        return not self.config.rules.muted_on_entry or self.is_host(user_id) or user_id in self._speakers

    # --- checks -------------------------------------------------------------------------------

    def require_host(self, user: UserInfo) -> None:
        if not self.is_host(user.user_id):
            raise RoomError(ErrorCode.FORBIDDEN, "only the room's host may do this")

    def require_in_call(self, user: UserInfo) -> Member:
        member = self._by_user.get(user.user_id)
        if member is None or not member.in_call:
            raise RoomError(ErrorCode.NOT_ADMITTED, "you are not in this call")
        return member

    def check_media_room(self, joining: int = 1) -> None:
        """A mesh takes at most MESH_MEDIA_LIMIT (``needs_sfu``); the media server takes the room's limit."""
        if self.media is MediaRoute.P2P and len(self._call) + joining > MESH_MEDIA_LIMIT:
            raise RoomError(ErrorCode.NEEDS_SFU, f"more than {MESH_MEDIA_LIMIT} in a call needs the SFU")

    # --- messages -----------------------------------------------------------------------------

    @staticmethod
    def to(member: Member, message: ServerMessage) -> Effects:
        return [] if member.conn is None else [(member.conn, message)]

    def to_hosts(self, message: ServerMessage) -> Effects:
        return [(conn, message) for conn in self.host_conns()]

    def lobby_message(self, member: Member) -> Effects:
        position = list(self._lobby).index(member.participant_id) + 1
        return self.to(member, LobbyUpdate(self.room_id, member.participant_id, position))

    def to_watchers(self) -> Effects:
        queue = self.queue()
        return [(conn, queue) for conn in sorted(self._watchers) if self.is_host(self._watchers[conn])]

    # --- audit --------------------------------------------------------------------------------

    def record(self, actor: UserInfo, action: str, target: Member | None = None, detail: str = "") -> None:
        """Note a host action for the audit log (opaque ids and roles only)."""
        self._audit.append(AuditEvent.of(self.room_id, self.clock(), actor, action, target, detail))

    def drain_audit(self) -> list[AuditEvent]:
        """The actions noted since the last drain (to be stored), forgotten here."""
        events, self._audit = self._audit, []
        return events

"""Live state of one room (lobby, call, watchers) as pure logic returning the messages to send.

Nothing here does I/O: every operation either raises ``RoomError`` with a protocol error code or
returns ``Effects``, the (connection id, message) pairs the caller must deliver, in order. A member
whose connection dropped keeps its place with ``conn = None`` until it is rebound or leaves.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass

from app.core.errors import ErrorCode
from app.core.protocol import (
    Admitted,
    Denied,
    IceServer,
    LobbyUpdate,
    Participant,
    ParticipantJoined,
    ParticipantLeft,
    PrecallSummary,
    QueueEntry,
    QueueUpdate,
    ServerMessage,
    SignalFrom,
    SignalPayload,
    UserInfo,
)

Effects = list[tuple[str, ServerMessage]]


class RoomError(Exception):
    """A request was refused; ``code`` goes back to the requester."""

    def __init__(self, code: ErrorCode, detail: str = "") -> None:
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
        self.code = code
        self.detail = detail


def new_participant_id() -> str:
    """A random, opaque id for one membership."""
    return "p_" + secrets.token_urlsafe(9)


@dataclass(slots=True)
class Member:
    """One person's membership of a room, in its lobby or its call."""

    participant_id: str
    user: UserInfo
    conn: str | None
    since: float
    precall: PrecallSummary
    in_call: bool = False
    detach_seq: int = 0  # bumped on every disconnect so a stale grace timer can tell

    def participant(self) -> Participant:
        return Participant(participant_id=self.participant_id, name=self.user.name, role=self.user.role)


class Room:
    """The lobby queue, the call and the queue watchers of one room."""

    def __init__(
        self,
        room_id: str,
        owner_user_id: str,
        ice_servers: list[IceServer],
        new_id: Callable[[], str] = new_participant_id,
        ice_for: Callable[[str], list[IceServer]] | None = None,
    ) -> None:
        self.room_id = room_id
        self.owner_user_id = owner_user_id
        self.ice_servers = list(ice_servers)
        self._ice_for = ice_for  # per-participant servers (fresh TURN credentials), if configured
        self._new_id = new_id
        self.lobby: dict[str, Member] = {}  # insertion order is queue order
        self.call: dict[str, Member] = {}
        self.watchers: set[str] = set()
        self._by_user: dict[str, Member] = {}

    # --- queries ------------------------------------------------------------------------------

    def member_of(self, user_id: str) -> Member | None:
        return self._by_user.get(user_id)

    def members(self) -> list[Member]:
        return list(self._by_user.values())

    def queue(self) -> QueueUpdate:
        entries = [
            QueueEntry(m.participant_id, m.user.name, m.user.verified_by, m.since, m.precall)
            for m in self.lobby.values()
        ]
        return QueueUpdate(room_id=self.room_id, entries=entries)

    def counts(self) -> dict[str, int]:
        conns = {m.conn for m in self._by_user.values() if m.conn is not None} | self.watchers
        return {"lobby": len(self.lobby), "call": len(self.call), "connections": len(conns)}

    # --- helpers ------------------------------------------------------------------------------

    def _require_owner(self, user: UserInfo) -> None:
        if user.user_id != self.owner_user_id:
            raise RoomError(ErrorCode.FORBIDDEN, "only the room's host may do this")

    @staticmethod
    def _to(member: Member, message: ServerMessage) -> Effects:
        return [] if member.conn is None else [(member.conn, message)]

    def _lobby_message(self, member: Member, position: int) -> Effects:
        return self._to(member, LobbyUpdate(self.room_id, member.participant_id, position))

    def _to_watchers(self) -> Effects:
        queue = self.queue()
        return [(conn, queue) for conn in sorted(self.watchers)]

    def _remove_from_lobby(self, member: Member) -> Effects:
        """Take ``member`` out of the lobby; tell everyone behind them their new place."""
        order = list(self.lobby)
        index = order.index(member.participant_id)
        del self.lobby[member.participant_id]
        effects: Effects = []
        for position, pid in enumerate(order[index + 1 :], start=index + 1):
            effects += self._lobby_message(self.lobby[pid], position)
        return effects

    # --- operations ---------------------------------------------------------------------------

    def watch(self, user: UserInfo, conn: str) -> Effects:
        self._require_owner(user)
        self.watchers.add(conn)
        return [(conn, self.queue())]

    def knock(self, user: UserInfo, conn: str, precall: PrecallSummary, now: float) -> Effects:
        if user.user_id == self.owner_user_id:
            raise RoomError(ErrorCode.FORBIDDEN, "hosts use join_call")
        member = self._by_user.get(user.user_id)
        if member is not None and member.in_call:
            raise RoomError(ErrorCode.ALREADY_JOINED, "already in the call")
        if member is None:
            member = Member(self._new_id(), user, conn, now, precall)
            self._by_user[user.user_id] = member
            self.lobby[member.participant_id] = member
        else:  # knocking again while waiting: keep the place, take the new summary
            member.precall = precall
            member.conn = conn
        position = list(self.lobby).index(member.participant_id) + 1
        return self._lobby_message(member, position) + self._to_watchers()

    def admit(self, user: UserInfo, participant_id: str) -> Effects:
        self._require_owner(user)
        member = self.lobby.get(participant_id)
        if member is None:
            raise RoomError(ErrorCode.NOT_IN_LOBBY, "no such participant waiting")
        effects = self._remove_from_lobby(member)
        effects += self._enter_call(member)
        return effects + self._to_watchers()

    def deny(self, user: UserInfo, participant_id: str) -> Effects:
        self._require_owner(user)
        member = self.lobby.get(participant_id)
        if member is None:
            raise RoomError(ErrorCode.NOT_IN_LOBBY, "no such participant waiting")
        denied = self._to(member, Denied(self.room_id))
        effects = self._remove_from_lobby(member)
        del self._by_user[member.user.user_id]
        return denied + effects + self._to_watchers()

    def join_call(self, user: UserInfo, conn: str, now: float) -> Effects:
        self._require_owner(user)
        member = self._by_user.get(user.user_id)
        if member is not None:
            raise RoomError(ErrorCode.ALREADY_JOINED, "already in the call")
        member = Member(self._new_id(), user, conn, now, PrecallSummary())
        self._by_user[user.user_id] = member
        return self._enter_call(member)

    def _enter_call(self, member: Member) -> Effects:
        """Put ``member`` in the call: they get ``admitted``, everyone already there hears of them."""
        existing = list(self.call.values())
        member.in_call = True
        self.call[member.participant_id] = member
        admitted = Admitted(
            room_id=self.room_id,
            participant_id=member.participant_id,
            ice_servers=self._ice_for(member.participant_id) if self._ice_for else list(self.ice_servers),
            participants=[m.participant() for m in existing],
        )
        effects = self._to(member, admitted)
        joined = ParticipantJoined(self.room_id, member.participant())
        for other in existing:
            effects += self._to(other, joined)
        return effects

    def leave(self, user_id: str) -> Effects:
        """Remove the user's membership (lobby or call); leaving when absent changes nothing."""
        member = self._by_user.pop(user_id, None)
        if member is None:
            return []
        if not member.in_call:
            return self._remove_from_lobby(member) + self._to_watchers()
        del self.call[member.participant_id]
        left = ParticipantLeft(self.room_id, member.participant_id)
        effects: Effects = []
        for other in self.call.values():
            effects += self._to(other, left)
        return effects + self._to_watchers()

    def signal(self, user: UserInfo, to: str, payload: SignalPayload) -> Effects:
        """Relay SDP/ICE between two members of the call, and only between them."""
        sender = self._by_user.get(user.user_id)
        if sender is None or not sender.in_call:
            raise RoomError(ErrorCode.NOT_ADMITTED, "only call members may signal")
        target = self.call.get(to)
        if target is None or target is sender:
            raise RoomError(ErrorCode.UNKNOWN_PARTICIPANT, "no such participant in this call")
        return self._to(target, SignalFrom(self.room_id, sender.participant_id, payload))

    # --- connections --------------------------------------------------------------------------

    def detach(self, conn: str) -> list[tuple[str, int]]:
        """The connection dropped: unbind its members; return (user id, detach seq) for each."""
        self.watchers.discard(conn)
        detached: list[tuple[str, int]] = []
        for member in self._by_user.values():
            if member.conn == conn:
                member.conn = None
                member.detach_seq += 1
                detached.append((member.user.user_id, member.detach_seq))
        return detached

    def rebind(self, user_id: str, conn: str) -> Effects:
        """The same person is back on ``conn``: route their membership there again."""
        member = self._by_user.get(user_id)
        if member is None:
            return []
        member.conn = conn
        if member.in_call:
            return []
        return self._lobby_message(member, list(self.lobby).index(member.participant_id) + 1)

    def expire(self, user_id: str, seq: int) -> Effects:
        """The grace time of a detached member ran out: treat it as ``leave`` unless it came back."""
        member = self._by_user.get(user_id)
        if member is None or member.conn is not None or member.detach_seq != seq:
            return []
        return self.leave(user_id)

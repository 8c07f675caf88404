"""Live state of one room: the lobby and call operations (knock, admit, deny, join, leave, signal,
reconnects), as pure logic returning the messages to send.

Nothing here does I/O: every operation either raises ``RoomError`` with a protocol error code or
returns ``Effects``, the (connection id, message) pairs the caller must deliver, in order. A member
whose connection dropped keeps its place with ``conn = None`` until it is rebound or leaves. The
state, its queries and shared helpers are in ``server.rooms.core``, the operations that change it
(the only code that does) in ``server.rooms.ops``; host controls in ``server.rooms.moderation`` and
``server.rooms.host_role``, life in the call in ``server.rooms.in_call``, ringing in ``server.rooms.ringing``;
``server.rooms.view`` computes who must be sent a new ``room_state``.
"""

from __future__ import annotations

from app.core.errors import ErrorCode
from app.core.protocol import (
    Admitted,
    Denied,
    LeftReason,
    ParticipantJoined,
    PrecallSummary,
    SignalFrom,
    SignalPayload,
    UserInfo,
)
from app.core.protocol.moderation import MediaControl
from app.core.room_types import MediaRoute
from server.rooms.members import Effects, Member, RoomError, new_participant_id
from server.rooms.ops import RoomOps

__all__ = ["Effects", "Member", "Room", "RoomError", "new_participant_id"]


class Room(RoomOps):
    """The lobby queue, the call, the hosts and the queue watchers of one room."""

    # --- operations ---------------------------------------------------------------------------

    def watch(self, user: UserInfo, conn: str) -> Effects:
        self.require_host(user)
        self.add_watcher(conn, user.user_id)  # every watch gets a fresh room_state too
        return [(conn, self.queue())]

    def knock(
        self,
        user: UserInfo,
        conn: str,
        precall: PrecallSummary,
        now: float,
        pin: str | None = None,
        guardian: str | None = None,
    ) -> Effects:
        if self.is_host(user.user_id):
            raise RoomError(ErrorCode.FORBIDDEN, "hosts use join_call")
        if user.user_id in self.banned:
            raise RoomError(ErrorCode.BANNED, "the host removed you from this room")
        member = self.member_of(user.user_id)
        if member is not None and member.in_call and member.conn == conn:
            raise RoomError(ErrorCode.ALREADY_JOINED, "already in the call")
        if member is not None and not member.in_call:  # waiting: keep the place, take the new summary
            member.precall = precall
            member.conn = conn
            return self.lobby_message(member) + self.to_watchers()
        # Everyone else waits to be admitted: admission belongs to one consultation. A call member
        # knocking from another connection started afresh (their app died): they leave the call.
        self.pins.check(user.user_id, self.config.guest_pin_hash, pin)
        if self.size() - (member is not None) >= self.config.rules.max_participants:
            raise RoomError(ErrorCode.ROOM_FULL, "the room is full")
        effects = self.left_afresh(member)
        member = Member(self._new_id(), user, conn, now, precall, guardian=guardian)
        self.add_to_lobby(member)
        return effects + self.lobby_message(member) + self.to_watchers()

    def admit(self, user: UserInfo, participant_id: str) -> Effects:
        self.require_host(user)
        member = self.lobby.get(participant_id)
        if member is None:
            raise RoomError(ErrorCode.NOT_IN_LOBBY, "no such participant waiting")
        self.check_media_room()
        effects = self.remove_from_lobby(member) + self.admit_member(user, member)
        return effects + self.to_watchers()

    def admit_member(self, host: UserInfo, member: Member) -> Effects:
        """A host let ``member`` (already out of the lobby) in; a sensitive room locks itself now."""
        self.record(host, "admit", member)
        if self.config.rules.locks_when_started and self.set_locked(True):
            self.record(host, "lock", None, "auto")
        return self.enter_call(member)

    def deny(self, user: UserInfo, participant_id: str) -> Effects:
        self.require_host(user)
        member = self.lobby.get(participant_id)
        if member is None:
            raise RoomError(ErrorCode.NOT_IN_LOBBY, "no such participant waiting")
        denied = self.to(member, Denied(self.room_id))
        effects = self.remove_from_lobby(member)
        self.forget(member)
        self.record(user, "deny", member)
        return denied + effects + self.to_watchers()

    def join_call(self, user: UserInfo, conn: str, now: float) -> Effects:
        self.require_host(user)
        old = self.member_of(user.user_id)
        if old is not None and old.conn == conn:
            raise RoomError(ErrorCode.ALREADY_JOINED, "already in the call")
        # A host whose app started afresh mid-call: the old membership leaves, a new one enters.
        if self.size() - (old is not None) >= self.config.rules.max_participants:
            raise RoomError(ErrorCode.ROOM_FULL, "the room is full")
        self.check_media_room(0 if old is not None and old.in_call else 1)
        effects = self.left_afresh(old)
        member = Member(self._new_id(), user, conn, now, PrecallSummary())
        return effects + self.enter_call(member)

    def enter_call(self, member: Member) -> Effects:
        """Put ``member`` in the call: they get ``admitted``, everyone who sees them hears of them."""
        existing = list(self.call.values())
        if self.config.rules.muted_on_entry and not self.is_host(member.user.user_id):
            member.audio_on, member.audio_control = False, MediaControl.MUTE
        self.seat(member)
        effects = self.admitted_message(member)
        joined = ParticipantJoined(self.room_id, member.participant())
        for other in existing:
            if self.visible(other, member):
                effects += self.to(other, joined)
        return effects

    def admitted_message(self, member: Member) -> Effects:
        """``admitted`` for a call member: their id, ICE servers and whom they see already there."""
        admitted = Admitted(
            room_id=self.room_id,
            participant_id=member.participant_id,
            ice_servers=self._ice_for(member.participant_id) if self._ice_for else list(self.ice_servers),
            participants=[
                m.participant() for m in self.call.values() if m is not member and self.visible(member, m)
            ],
            media=self.media,
        )
        member.told_admitted = member.conn is not None
        return self.to(member, admitted)

    def leave(self, user_id: str, reason: LeftReason = LeftReason.LEFT) -> Effects:
        """Remove the user's membership (lobby or call); leaving when absent changes nothing."""
        self.leave_nearby(user_id)
        member = self.member_of(user_id)
        if member is None:
            return []
        return self.remove(member, reason) + self.to_watchers()

    def signal(self, user: UserInfo, to: str, payload: SignalPayload) -> Effects:
        """Relay SDP/ICE between two members of the call who see each other, and only them."""
        sender = self.member_of(user.user_id)
        if sender is None or not sender.in_call:
            raise RoomError(ErrorCode.NOT_ADMITTED, "only call members may signal")
        if self.media is MediaRoute.SFU:
            raise RoomError(ErrorCode.FORBIDDEN, "media goes through the media server in this room")
        target = self.call.get(to)
        if target is None or target is sender or not self.visible(sender, target):
            raise RoomError(ErrorCode.UNKNOWN_PARTICIPANT, "no such participant in this call")
        return self.to(target, SignalFrom(self.room_id, sender.participant_id, payload))

    # --- connections --------------------------------------------------------------------------

    def detach(self, conn: str) -> list[tuple[str, int]]:
        """The connection dropped: unbind its members; return (user id, detach seq) for each."""
        return [(m.user.user_id, m.detach_seq) for m in self.drop_conn(conn)]

    def rebind(self, user_id: str, conn: str, resume: bool = True) -> Effects:
        """The same person is back on ``conn``: route their membership there again.

        A call membership follows only a resumed connection (the same app reconnecting within the
        grace time, whose calls are still up); a fresh start leaves it detached until it expires or
        the person knocks or joins again. A lobby place follows either.
        """
        member = self.member_of(user_id)
        if member is None or (member.in_call and not resume):
            return []
        member.conn = conn
        if not member.in_call:
            return self.lobby_message(member)
        # Admitted while disconnected: that ``admitted`` was lost, so it comes now.
        return [] if member.told_admitted else self.admitted_message(member)

    def expire(self, user_id: str, seq: int) -> Effects:
        """The grace time of a detached member ran out: treat it as ``leave`` unless it came back."""
        member = self.member_of(user_id)
        if member is None or member.conn is not None or member.detach_seq != seq:
            return []
        return self.leave(user_id, LeftReason.CONNECTION_LOST)

"""The operations that change a room (``server.rooms.core.RoomCore`` holds its state): each keeps the
room's invariants — a member is in the lobby or the call, never both, and known by their user id; a
handed-over host role ends with its holder's part in the call; ending the call or closing the room
clears everything of the consultation in one place. Nothing outside the room class changes its
collections (pure logic, no I/O)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from app.core.protocol import LeftReason, ParticipantLeft, UserInfo
from app.core.protocol.moderation import NearbyPatients, RoomState
from server.rooms.core import RoomCore
from server.rooms.members import Effects, Member


class RoomOps(RoomCore):
    """The named operations on a room's state; ``server.rooms.room.Room`` adds the protocol's requests."""

    # --- membership ---------------------------------------------------------------------------

    def add_to_lobby(self, member: Member) -> None:
        """``member`` waits at the end of the queue (they leave the room's nearby list)."""
        self._nearby.pop(member.user.user_id, None)
        self._ringing.discard(member.user.user_id)
        self._by_user[member.user.user_id] = member
        self._lobby[member.participant_id] = member

    def remove_from_lobby(self, member: Member) -> Effects:
        """Take ``member`` out of the lobby; tell everyone behind them their new place."""
        order = list(self._lobby)
        index = order.index(member.participant_id)
        del self._lobby[member.participant_id]
        effects: Effects = []
        for pid in order[index + 1 :]:
            effects += self.lobby_message(self._lobby[pid])
        return effects

    def take_lobby(self) -> list[Member]:
        """Everyone waiting, in queue order, out of the lobby at once (still members: to be seated)."""
        waiting = list(self._lobby.values())
        self._lobby.clear()
        return waiting

    def seat(self, member: Member) -> None:
        """``member`` (out of the lobby) takes a seat in the call."""
        member.in_call = True
        self._by_user[member.user.user_id] = member
        self._call[member.participant_id] = member

    def remove_from_call(self, member: Member, reason: LeftReason = LeftReason.LEFT) -> Effects:
        """Take ``member`` out of the call; everyone who saw them gets ``participant_left`` and why.

        A host role handed to them ends with their part in the call (the owner's never does).
        """
        del self._call[member.participant_id]
        member.reset_call_state()
        self._speakers.discard(member.user.user_id)
        self.drop_delegation(member.user.user_id)
        left = ParticipantLeft(self.room_id, member.participant_id, reason)
        effects: Effects = []
        for other in self._call.values():
            if self.visible(other, member):
                effects += self.to(other, left)
        return effects

    def back_to_lobby(self, member: Member, reason: LeftReason) -> Effects:
        """A call member goes back to the end of the queue (waiting since now)."""
        effects = self.remove_from_call(member, reason)
        member.since = self.clock()
        self.add_to_lobby(member)
        return effects

    def remove(self, member: Member, reason: LeftReason = LeftReason.LEFT) -> Effects:
        """``member``'s membership ends, from the lobby or the call."""
        self.forget(member)
        if member.in_call:
            return self.remove_from_call(member, reason)
        return self.remove_from_lobby(member)

    def left_afresh(self, old: Member | None) -> Effects:
        """Someone starting afresh (a new app, not a reconnect): their old membership ends here."""
        return [] if old is None else self.remove(old, LeftReason.LEFT)

    def forget(self, member: Member) -> None:
        del self._by_user[member.user.user_id]

    def restore_member(self, member: Member) -> None:
        """A stored membership back in place (``server.rooms.snapshot``): its lobby place or call seat."""
        self._by_user[member.user.user_id] = member
        if member.in_call:
            self._call[member.participant_id] = member
        else:
            self._lobby[member.participant_id] = member

    # --- connections --------------------------------------------------------------------------

    def add_watcher(self, conn: str, user_id: str) -> None:
        """A host's connection watches the queue (and gets a fresh ``room_state``)."""
        self._watchers[conn] = user_id
        self._sent_states.pop(conn, None)

    def open_nearby(self, user: UserInfo, conn: str) -> None:
        """A patient who is not a member has the room open on ``conn``."""
        if user.user_id not in self._by_user:
            self._nearby[user.user_id] = (user, conn)

    def drop_conn(self, conn: str) -> list[Member]:
        """The connection dropped: it watches nothing and has nothing open; its members (returned)
        are unbound, each with a new detach sequence number."""
        self._watchers.pop(conn, None)
        self._sent_states.pop(conn, None)
        self._sent_nearby.pop(conn, None)
        for user_id in [u for u, (_, c) in self._nearby.items() if c == conn]:
            del self._nearby[user_id]
        dropped = [m for m in self._by_user.values() if m.conn == conn]
        for member in dropped:
            member.conn = None
            member.detach_seq = self.next_seq()
        return dropped

    def next_seq(self) -> int:
        self._seq += 1
        return self._seq

    # --- host controls ------------------------------------------------------------------------

    def set_locked(self, locked: bool) -> bool:
        """Lock or unlock; whether that changed anything."""
        changed, self._locked = self._locked != locked, locked
        return changed

    def ban(self, user_id: str) -> None:
        self._banned.add(user_id)

    def add_host(self, user_id: str) -> None:
        self._hosts.add(user_id)

    def drop_delegation(self, user_id: str) -> None:
        """``user_id`` no longer holds a handed-over host role, nor watches the queue with it."""
        if user_id == self.owner_user_id or user_id not in self._hosts:
            return
        self._hosts.discard(user_id)
        for conn in [c for c, u in self._watchers.items() if u == user_id]:
            del self._watchers[conn]

    def let_speak(self, user_id: str, allowed: bool) -> None:
        """An auditorium guest may speak (or no longer)."""
        if allowed:
            self._speakers.add(user_id)
        else:
            self._speakers.discard(user_id)

    def ring(self, user_id: str) -> None:
        self._ringing.add(user_id)

    def stop_ringing(self, user_id: str) -> bool:
        """Stop ringing ``user_id``; whether they were being rung."""
        rung = user_id in self._ringing
        self._ringing.discard(user_id)
        return rung

    def leave_nearby(self, user_id: str) -> None:
        """``user_id`` no longer has the room open nor is rung."""
        self._nearby.pop(user_id, None)
        self._ringing.discard(user_id)

    def end_call(self) -> list[Member]:
        """The consultation ends for everyone in the call and the lobby (returned): the room starts
        afresh, unlocked and with no handed-over host role; bans and PIN counters stay."""
        ended = list(self._by_user.values())
        for member in ended:
            member.reset_call_state()
        self._by_user.clear()
        self._call.clear()
        self._lobby.clear()
        self._ringing.clear()
        for user_id in list(self._hosts):
            self.drop_delegation(user_id)  # and their queue windows: the next patient is not theirs
        self._hosts.clear()
        self._speakers.clear()
        self._locked = False
        return ended

    def close(self) -> list[str]:
        """The owner closed the room for good: the call ends, nobody watches it or has it open.
        Returns every connection that was concerned (members, then watchers, then nearby)."""
        conns = [m.conn for m in self._by_user.values() if m.conn is not None]
        conns += [conn for conn in sorted(self._watchers) if conn not in conns]
        conns += [conn for _, conn in self._nearby.values() if conn not in conns]
        self.end_call()
        self._watchers.clear()
        self._nearby.clear()
        self._closed = True
        return conns

    def mark_closed(self) -> None:
        """Loaded as closed from the database."""
        self._closed = True

    # --- what was told ------------------------------------------------------------------------

    def tell_states(self, views: Mapping[str, RoomState]) -> Effects:
        """``room_state`` to each connection whose view changed; forget connections not in ``views``."""
        effects: Effects = []
        for conn, view in views.items():
            if self._sent_states.get(conn) != view:
                self._sent_states[conn] = view
                effects.append((conn, view))
        for conn in set(self._sent_states) - set(views):
            del self._sent_states[conn]
        return effects

    def tell_nearby(self, conns: Iterable[str], nearby: NearbyPatients) -> Effects:
        """``nearby`` to each of ``conns`` whose list changed; forget connections not among them."""
        conns = list(conns)
        empty = NearbyPatients(self.room_id, [])
        effects: Effects = []
        for conn in conns:
            if self._sent_nearby.get(conn, empty) != nearby:
                self._sent_nearby[conn] = nearby
                effects.append((conn, nearby))
        for conn in set(self._sent_nearby) - set(conns):
            del self._sent_nearby[conn]
        return effects

    def resend_states(self) -> None:
        """Every view is sent again at the next settle (messages may have been missed)."""
        self._sent_states.clear()

    # --- lasting state (``server.rooms.snapshot``) ---------------------------------------------

    def restore_lasting(
        self,
        seq: int,
        locked: bool,
        hosts: Iterable[str],
        banned: Iterable[str],
        speakers: Iterable[str],
        ringing: Iterable[str],
        pins: dict[str, list[float]],
    ) -> None:
        """A stored room's lasting state back in place (a fresh room, before its members)."""
        self._seq, self._locked = seq, locked
        self._hosts, self._banned = set(hosts), set(banned)
        self._speakers, self._ringing = set(speakers), set(ringing)
        self.pins.restore(pins)

    def restore_connections(
        self, watchers: Mapping[str, str], nearby: Mapping[str, tuple[UserInfo, str]]
    ) -> None:
        """Who watches it and has it open at other instances, as stored."""
        self._watchers = dict(watchers)
        self._nearby.update(nearby)

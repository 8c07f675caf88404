"""Admission belongs to one consultation: every way back into a call without a host's admit is shut.

A patient who was admitted, then left (hung up, was sent away or removed, lost the connection past
the grace time, or the host ended the consultation), knocks into the lobby like anyone else; only a
reconnect within the grace time to the same consultation (``rebind``) returns directly. A patient
whose app died mid-call and who knocks from a fresh start leaves the old call (the others are told)
and waits in the lobby.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from app.core.errors import ErrorCode
from app.core.protocol import (
    Admitted,
    LeftReason,
    LobbyUpdate,
    ParticipantJoined,
    ParticipantLeft,
    PrecallSummary,
    QueueUpdate,
    Role,
    SignalFrom,
    SignalPayload,
    UserInfo,
    Verification,
)
from app.core.room_types import RoomType
from server.rooms import host_role, moderation, ringing
from server.rooms.config import RoomConfig
from server.rooms.members import Effects
from server.rooms.room import Room, RoomError
from server.rooms.view import settle

HOST = UserInfo("u_host", "Dr Host", Role.CLINICIAN, Verification.TEST)
DOC = UserInfo("u_doc", "Dr Two", Role.CLINICIAN, Verification.TEST)
ANNA = UserInfo("u_anna", "Anna", Role.PATIENT, Verification.TEST)
BO = UserInfo("u_bo", "Bo", Role.PATIENT, Verification.TEST)
NOPRE = PrecallSummary()
OFFER = SignalPayload(kind="offer", sdp="v=0")


def make(room_type: RoomType = RoomType.PERSONAL, guest_pin: str | None = None) -> Room:
    ids = (f"p{i}" for i in itertools.count(1))
    config = RoomConfig.create(room_type, None, guest_pin)
    return Room("r1", HOST.user_id, [], new_id=lambda: next(ids), config=config, clock=lambda: 100.0)


def admitted(room: Room, person: UserInfo, conn: str, pin: str | None = None) -> str:
    room.knock(person, conn, NOPRE, 2.0, pin)
    member = room.member_of(person.user_id)
    assert member is not None
    room.admit(HOST, member.participant_id)
    return member.participant_id


def no_entry(effects: Effects, person: UserInfo) -> None:
    """Nobody was told ``person`` joined and ``person`` got nothing of the call."""
    names = [m.participant.name for _, m in effects if isinstance(m, ParticipantJoined)]
    assert person.name not in names
    assert not [m for _, m in effects if isinstance(m, Admitted | SignalFrom)]


def in_lobby(room: Room, person: UserInfo) -> None:
    member = room.member_of(person.user_id)
    assert member is not None and not member.in_call
    assert person.name in [e.name for e in room.queue().entries]
    assert person.user_id not in [m.user.user_id for m in room.call.values()]


def _leave(room: Room, pid: str) -> None:
    room.leave(ANNA.user_id)


def _grace_expired(room: Room, pid: str) -> None:
    [(_, seq)] = room.detach("c_anna")
    room.expire(ANNA.user_id, seq)


def _removed(room: Room, pid: str) -> None:
    moderation.kick(room, HOST, pid, ban=False)


def _sent_away_then_left(room: Room, pid: str) -> None:
    moderation.send_to_lobby(room, HOST, pid)
    room.leave(ANNA.user_id)


def _ended(room: Room, pid: str) -> None:
    moderation.end_call(room, HOST)
    room.watch(HOST, "c_watch")
    room.join_call(HOST, "c_host", 3.0)


ENDINGS: dict[str, Callable[[Room, str], None]] = {
    "left": _leave,
    "grace_expired": _grace_expired,
    "removed": _removed,
    "sent_away_then_left": _sent_away_then_left,
    "consultation_ended": _ended,
}


@pytest.mark.parametrize("ending", sorted(ENDINGS))
def test_a_patient_whose_consultation_ended_knocks_into_the_lobby_not_the_next_call(ending: str) -> None:
    room = make()
    room.watch(HOST, "c_watch")
    room.join_call(HOST, "c_host", 1.0)
    anna = admitted(room, ANNA, "c_anna")
    ENDINGS[ending](room, anna)
    admitted(room, BO, "c_bo")
    settle(room)

    effects = room.knock(ANNA, "c_anna2", NOPRE, 5.0)
    effects += settle(room)

    no_entry(effects, ANNA)
    in_lobby(room, ANNA)
    mine = [m for c, m in effects if c == "c_anna2"]
    assert len(mine) == 1 and isinstance(mine[0], LobbyUpdate)  # no participant list, no room state
    assert any(c == "c_watch" and isinstance(m, QueueUpdate) and m.entries for c, m in effects)
    refused(ErrorCode.NOT_ADMITTED, lambda: room.signal(ANNA, "p1", OFFER))
    assert "rejoin" not in [e.action for e in room.audit]


def test_a_reconnect_within_the_grace_time_returns_to_the_same_call() -> None:
    room = make()
    room.join_call(HOST, "c_host", 1.0)
    anna = admitted(room, ANNA, "c_anna")
    room.detach("c_anna")
    assert room.rebind(ANNA.user_id, "c_anna2") == []
    assert room.signal(HOST, anna, OFFER) == [("c_anna2", SignalFrom("r1", "p1", OFFER))]


def test_a_fresh_start_mid_call_leaves_the_call_and_waits_in_the_lobby() -> None:
    """The app died without ``leave`` and was opened again: the old membership is not rebound, the
    new session knocks; the host sees the old participant leave and the patient in the queue."""
    room = make()
    room.watch(HOST, "c_watch")
    room.join_call(HOST, "c_host", 1.0)
    anna = admitted(room, ANNA, "c_anna")
    room.detach("c_anna")  # the app died; nothing rebound: the new app has not resumed anything
    settle(room)

    effects = room.knock(ANNA, "c_anna2", NOPRE, 5.0)

    assert ("c_host", ParticipantLeft("r1", anna, LeftReason.LEFT)) in effects
    no_entry(effects, ANNA)
    in_lobby(room, ANNA)
    new = room.member_of(ANNA.user_id)
    assert new is not None and new.participant_id != anna and new.conn == "c_anna2"
    assert ("c_anna2", LobbyUpdate("r1", new.participant_id, 1)) in effects
    assert room.counts() == {"lobby": 1, "call": 1, "connections": 3}


def test_the_old_memberships_grace_timer_never_ends_the_new_one() -> None:
    room = make()
    room.join_call(HOST, "c_host", 1.0)
    admitted(room, ANNA, "c_anna")
    [(_, old_seq)] = room.detach("c_anna")
    room.knock(ANNA, "c_anna2", NOPRE, 5.0)
    [(_, new_seq)] = room.detach("c_anna2")  # the new session drops too, and has its own grace
    assert new_seq != old_seq
    assert room.expire(ANNA.user_id, old_seq) == []
    in_lobby(room, ANNA)


def test_a_fresh_connection_does_not_take_over_a_call_membership_but_a_resumed_one_does() -> None:
    room = make()
    room.join_call(HOST, "c_host", 1.0)
    anna = admitted(room, ANNA, "c_anna")
    room.detach("c_anna")
    assert room.rebind(ANNA.user_id, "c_fresh", resume=False) == []
    assert room.signal(HOST, anna, OFFER) == []  # nothing reaches the fresh connection
    assert room.rebind(ANNA.user_id, "c_back", resume=True) == []
    assert room.signal(HOST, anna, OFFER) == [("c_back", SignalFrom("r1", "p1", OFFER))]


def test_knocking_again_from_the_connection_in_the_call_is_refused_and_changes_nothing() -> None:
    room = make()
    room.join_call(HOST, "c_host", 1.0)
    admitted(room, ANNA, "c_anna")
    refused(ErrorCode.ALREADY_JOINED, lambda: room.knock(ANNA, "c_anna", NOPRE, 3.0))
    assert room.counts() == {"lobby": 0, "call": 2, "connections": 2}


def test_a_fresh_start_with_a_wrong_pin_changes_nothing() -> None:
    room = make(RoomType.ADMIN_SMALL, guest_pin="2468")
    room.join_call(HOST, "c_host", 1.0)
    admitted(room, ANNA, "c_anna", pin="2468")
    room.detach("c_anna")
    refused(ErrorCode.PIN_REQUIRED, lambda: room.knock(ANNA, "c_anna2", NOPRE, 3.0))
    assert room.counts()["call"] == 2


def test_a_host_starting_afresh_mid_call_rejoins_with_a_new_membership() -> None:
    room = make()
    room.join_call(HOST, "c_host", 1.0)
    anna = admitted(room, ANNA, "c_anna")
    room.detach("c_host")
    effects = room.join_call(HOST, "c_host2", 3.0)
    assert ("c_anna", ParticipantLeft("r1", "p1", LeftReason.LEFT)) in effects
    joined = [m for c, m in effects if c == "c_anna" and isinstance(m, ParticipantJoined)]
    assert [m.participant.participant_id for m in joined] != ["p1"] and len(joined) == 1
    assert room.signal(ANNA, joined[0].participant.participant_id, OFFER)[0][0] == "c_host2"
    assert room.call[anna].in_call
    refused(ErrorCode.ALREADY_JOINED, lambda: room.join_call(HOST, "c_host2", 4.0))


def test_a_delegated_host_who_leaves_loses_the_role_and_must_knock() -> None:
    room = make()
    room.join_call(HOST, "c_host", 1.0)
    doc = admitted(room, DOC, "c_doc")
    host_role.transfer_host(room, HOST, doc)
    room.watch(DOC, "c_doc_watch")
    assert room.is_host(DOC.user_id)
    room.leave(DOC.user_id)
    assert not room.is_host(DOC.user_id)
    assert "c_doc_watch" not in room.watchers  # no more queue (names of waiting patients)
    refused(ErrorCode.FORBIDDEN, lambda: room.join_call(DOC, "c_doc", 2.0))
    effects = room.knock(DOC, "c_doc", NOPRE, 3.0)
    no_entry(effects, DOC)
    in_lobby(room, DOC)


def test_a_delegated_host_lost_past_the_grace_time_loses_the_role() -> None:
    room = make()
    room.join_call(HOST, "c_host", 1.0)
    doc = admitted(room, DOC, "c_doc")
    host_role.transfer_host(room, HOST, doc)
    [(_, seq)] = room.detach("c_doc")
    room.expire(DOC.user_id, seq)
    refused(ErrorCode.FORBIDDEN, lambda: room.join_call(DOC, "c_doc2", 2.0))


def test_join_call_is_for_hosts_only() -> None:
    room = make()
    for person in (ANNA, DOC):
        refused(ErrorCode.FORBIDDEN, lambda p=person: room.join_call(p, "c_x", 1.0))  # type: ignore[misc]
    assert room.counts()["call"] == 0


def test_a_rung_patient_who_answers_still_waits_in_the_lobby() -> None:
    room = make()
    room.join_call(HOST, "c_host", 1.0)
    ringing.open_room(room, ANNA, "c_anna")
    ringing.ring(room, HOST, ANNA.user_id)
    ringing.answer_ring(room, ANNA, True)
    effects = room.knock(ANNA, "c_anna", NOPRE, 2.0)
    no_entry(effects, ANNA)
    in_lobby(room, ANNA)


def test_a_guardian_acting_for_a_child_admitted_before_knocks_into_the_lobby() -> None:
    room = make()
    room.join_call(HOST, "c_host", 1.0)
    room.knock(ANNA, "c_anna", NOPRE, 2.0, guardian="Guro Verge")
    room.admit(HOST, "p2")
    room.leave(ANNA.user_id)
    effects = room.knock(ANNA, "c_anna2", NOPRE, 3.0, guardian="Geir Verge")
    no_entry(effects, ANNA)
    in_lobby(room, ANNA)
    assert room.queue().entries[0].guardian == "Geir Verge"


def test_an_unlocked_room_admits_nobody_by_itself() -> None:
    room = make()
    room.join_call(HOST, "c_host", 1.0)
    moderation.lock_room(room, HOST, False)
    admitted(room, ANNA, "c_anna")
    room.leave(ANNA.user_id)
    effects = room.knock(ANNA, "c_anna", NOPRE, 3.0)
    no_entry(effects, ANNA)
    in_lobby(room, ANNA)


def refused(code: ErrorCode, action: Callable[[], object]) -> None:
    with pytest.raises(RoomError) as refusal:
        action()
    assert refusal.value.code is code


def test_a_patient_admitted_while_disconnected_gets_admitted_on_resuming() -> None:
    """Admitted during a network blip: the ``admitted`` was lost with the connection, so the resumed
    connection gets it (the host already heard they joined and waits for their offer)."""
    room = make()
    room.join_call(HOST, "c_host", 1.0)
    room.knock(ANNA, "c_anna", NOPRE, 2.0)
    room.detach("c_anna")
    room.admit(HOST, "p2")
    effects = room.rebind(ANNA.user_id, "c_anna2", resume=True)
    assert [(c, type(m)) for c, m in effects] == [("c_anna2", Admitted)]
    assert room.rebind(ANNA.user_id, "c_anna3", resume=True) == []  # told once

"""Unit tests of the pure room logic: who gets which message, in which order, and what is refused."""

from __future__ import annotations

import itertools

import pytest

from app.core.errors import ErrorCode
from app.core.protocol import (
    Admitted,
    Denied,
    IceServer,
    LeftReason,
    LobbyUpdate,
    Participant,
    ParticipantJoined,
    ParticipantLeft,
    PrecallSummary,
    QueueEntry,
    QueueUpdate,
    Role,
    SignalFrom,
    SignalPayload,
    UserInfo,
    Verdict,
    Verification,
)
from server.rooms.room import Room, RoomError

HOST = UserInfo("u_host", "Dr Host", Role.CLINICIAN, Verification.TEST)
ANNA = UserInfo("u_anna", "Anna", Role.PATIENT, Verification.TEST)
BO = UserInfo("u_bo", "Bo", Role.PATIENT, Verification.TEST)
ICE = [IceServer(urls=["turn:127.0.0.1:3478"], username="u", credential="c")]
OFFER = SignalPayload(kind="offer", sdp="v=0")
NOPRE = PrecallSummary()


@pytest.fixture
def room() -> Room:
    ids = (f"p{i}" for i in itertools.count(1))
    return Room("r1", HOST.user_id, ICE, new_id=lambda: next(ids))


def test_knock_puts_patients_in_order_and_tells_watchers(room: Room) -> None:
    assert room.watch(HOST, "c_host") == [("c_host", QueueUpdate("r1", []))]
    assert room.knock(ANNA, "c_anna", NOPRE, 10.0) == [
        ("c_anna", LobbyUpdate("r1", "p1", 1)),
        ("c_host", QueueUpdate("r1", [QueueEntry("p1", "Anna", Verification.TEST, 10.0, NOPRE)])),
    ]
    effects = room.knock(BO, "c_bo", NOPRE, 11.0)
    assert effects[0] == ("c_bo", LobbyUpdate("r1", "p2", 2))
    assert [e.participant_id for e in room.queue().entries] == ["p1", "p2"]


def test_knock_again_keeps_place_and_updates_summary(room: Room) -> None:
    room.knock(ANNA, "c_anna", NOPRE, 10.0)
    ok = PrecallSummary(Verdict.OK, ["all_good"])
    assert room.knock(ANNA, "c_anna2", ok, 99.0) == [("c_anna2", LobbyUpdate("r1", "p1", 1))]
    assert room.queue().entries == [QueueEntry("p1", "Anna", Verification.TEST, 10.0, ok)]


def test_admit_into_call_with_host_already_there(room: Room) -> None:
    room.watch(HOST, "c_host")
    assert room.join_call(HOST, "c_host", 1.0) == [("c_host", Admitted("r1", "p1", ICE, []))]
    room.knock(ANNA, "c_anna", NOPRE, 2.0)
    room.knock(BO, "c_bo", NOPRE, 3.0)
    queue_after = QueueUpdate("r1", [QueueEntry("p3", "Bo", Verification.TEST, 3.0, NOPRE)])
    assert room.admit(HOST, "p2") == [
        ("c_bo", LobbyUpdate("r1", "p3", 1)),
        ("c_anna", Admitted("r1", "p2", ICE, [Participant("p1", "Dr Host", Role.CLINICIAN)])),
        ("c_host", ParticipantJoined("r1", Participant("p2", "Anna", Role.PATIENT))),
        ("c_host", queue_after),
    ]
    assert room.counts() == {"lobby": 1, "call": 2, "connections": 3}


def test_deny_removes_and_tells_only_them(room: Room) -> None:
    room.knock(ANNA, "c_anna", NOPRE, 2.0)
    room.knock(BO, "c_bo", NOPRE, 3.0)
    assert room.deny(HOST, "p1") == [("c_anna", Denied("r1")), ("c_bo", LobbyUpdate("r1", "p2", 1))]
    assert room.member_of(ANNA.user_id) is None
    with pytest.raises(RoomError) as refusal:
        room.deny(HOST, "p1")
    assert refusal.value.code is ErrorCode.NOT_IN_LOBBY


@pytest.mark.parametrize("operation", ["watch", "admit", "deny", "join_call"])
def test_only_the_owner_hosts(room: Room, operation: str) -> None:
    room.knock(ANNA, "c_anna", NOPRE, 2.0)
    calls = {
        "watch": lambda: room.watch(BO, "c_bo"),
        "admit": lambda: room.admit(BO, "p1"),
        "deny": lambda: room.deny(BO, "p1"),
        "join_call": lambda: room.join_call(BO, "c_bo", 1.0),
    }
    with pytest.raises(RoomError) as refusal:
        calls[operation]()
    assert refusal.value.code is ErrorCode.FORBIDDEN
    assert room.counts() == {"lobby": 1, "call": 0, "connections": 1}


def test_owner_cannot_knock_and_members_cannot_rejoin(room: Room) -> None:
    with pytest.raises(RoomError, match="forbidden"):
        room.knock(HOST, "c_host", NOPRE, 1.0)
    room.join_call(HOST, "c_host", 1.0)
    with pytest.raises(RoomError, match="already_joined"):
        room.join_call(HOST, "c_host", 1.0)
    room.knock(ANNA, "c_anna", NOPRE, 2.0)
    room.admit(HOST, "p2")
    with pytest.raises(RoomError, match="already_joined"):
        room.knock(ANNA, "c_anna", NOPRE, 3.0)


def test_signal_only_between_call_members(room: Room) -> None:
    room.join_call(HOST, "c_host", 1.0)
    room.knock(ANNA, "c_anna", NOPRE, 2.0)
    with pytest.raises(RoomError, match="not_admitted"):
        room.signal(ANNA, "p1", OFFER)
    with pytest.raises(RoomError, match="unknown_participant"):
        room.signal(HOST, "p2", OFFER)  # in the lobby, not the call
    with pytest.raises(RoomError, match="unknown_participant"):
        room.signal(HOST, "p1", OFFER)  # yourself
    room.admit(HOST, "p2")
    assert room.signal(ANNA, "p1", OFFER) == [("c_host", SignalFrom("r1", "p2", OFFER))]


def test_leave_from_call_and_lobby(room: Room) -> None:
    room.watch(HOST, "c_host")
    room.join_call(HOST, "c_host", 1.0)
    room.knock(ANNA, "c_anna", NOPRE, 2.0)
    room.knock(BO, "c_bo", NOPRE, 3.0)
    room.admit(HOST, "p2")
    assert room.leave(ANNA.user_id) == [
        ("c_host", ParticipantLeft("r1", "p2")),
        ("c_host", room.queue()),
    ]
    assert room.leave(BO.user_id) == [("c_host", QueueUpdate("r1", []))]
    assert room.leave(BO.user_id) == []
    room.leave(HOST.user_id)
    assert room.counts() == {"lobby": 0, "call": 0, "connections": 1}  # still watching


def test_detach_rebind_and_expiry(room: Room) -> None:
    room.knock(ANNA, "c_anna", NOPRE, 2.0)
    [(user_id, seq)] = room.detach("c_anna")
    assert (user_id, room.counts()["connections"]) == (ANNA.user_id, 0)
    assert room.rebind(ANNA.user_id, "c_anna2") == [("c_anna2", LobbyUpdate("r1", "p1", 1))]
    assert room.expire(ANNA.user_id, seq) == []  # came back in time
    [(_, seq2)] = room.detach("c_anna2")
    assert seq2 == seq + 1
    assert room.expire(ANNA.user_id, seq) == []  # a stale timer does nothing
    room.expire(ANNA.user_id, seq2)
    assert room.member_of(ANNA.user_id) is None
    assert room.counts() == {"lobby": 0, "call": 0, "connections": 0}


def test_the_others_are_told_why_someone_left_the_call(room: Room) -> None:
    room.join_call(HOST, "c_host", 1.0)
    room.knock(ANNA, "c_anna", NOPRE, 2.0)
    room.knock(BO, "c_bo", NOPRE, 3.0)
    room.admit(HOST, "p2")
    room.admit(HOST, "p3")
    [(_, seq)] = room.detach("c_anna")
    lost = room.expire(ANNA.user_id, seq)  # gone past the reconnect grace
    assert ("c_host", ParticipantLeft("r1", "p2", LeftReason.CONNECTION_LOST)) in lost
    left = room.leave(BO.user_id)  # hung up
    assert ("c_host", ParticipantLeft("r1", "p3", LeftReason.LEFT)) in left


def test_messages_to_detached_members_are_dropped(room: Room) -> None:
    room.join_call(HOST, "c_host", 1.0)
    room.knock(ANNA, "c_anna", NOPRE, 2.0)
    room.admit(HOST, "p2")
    room.detach("c_host")
    assert room.signal(ANNA, "p1", OFFER) == []
    assert room.rebind(HOST.user_id, "c_host2") == []  # call members get no lobby message
    assert room.signal(ANNA, "p1", OFFER) == [("c_host2", SignalFrom("r1", "p2", OFFER))]

"""A room's lasting state survives a store and restore (what a service restart does): lobby places
with their waiting times, the call and each member's media state, host role, lock, bans, ringing
and the wrong-PIN counters; every member comes back detached, and only a resumed app gets its call."""

from __future__ import annotations

import itertools
import json

import pytest

from app.core.errors import ErrorCode
from app.core.protocol import Admitted, LobbyUpdate, PrecallSummary, Role, UserInfo, Verdict, Verification
from app.core.protocol.moderation import MediaControl
from app.core.room_types import RoomType
from server.rooms import host_role, moderation, ringing
from server.rooms.config import RoomConfig
from server.rooms.room import Room, RoomError
from server.rooms.snapshot import member_user_ids, restore, snapshot

HOST = UserInfo("u_host", "Dr Host", Role.CLINICIAN, Verification.TEST)
DR2 = UserInfo("u_dr2", "Dr Two", Role.CLINICIAN, Verification.TEST)
ANNA = UserInfo("u_anna", "Anna", Role.PATIENT, Verification.TEST)
BO = UserInfo("u_bo", "Bo", Role.PATIENT, Verification.TEST)
EVE = UserInfo("u_eve", "Eve", Role.PATIENT, Verification.TEST)
CARL = UserInfo("u_carl", "Carl", Role.PATIENT, Verification.TEST)
PEOPLE = {u.user_id: u for u in (HOST, DR2, ANNA, BO, EVE, CARL)}
CONFIG = RoomConfig.create(RoomType.ADMIN_SMALL, "4321", "1234")


def _room() -> Room:
    ids = (f"p{i}" for i in itertools.count(1))
    return Room("r1", HOST.user_id, [], new_id=lambda: next(ids), config=CONFIG)


def _stored(room: Room) -> dict[str, object]:
    return dict(json.loads(json.dumps(snapshot(room))))  # through text, as the database keeps it


def test_everything_lasting_comes_back_and_nothing_personal_is_stored() -> None:
    room = _room()
    room.join_call(HOST, "c_host", 1.0)
    room.knock(ANNA, "c_anna", PrecallSummary(Verdict.OK, ["all_good"]), 10.0, pin="1234")
    room.admit(HOST, "p2")
    room.knock(DR2, "c_dr2", PrecallSummary(), 11.0, pin="1234")
    room.admit(HOST, "p3")
    host_role.transfer_host(room, HOST, "p3")
    moderation.moderate(room, HOST, "p2", MediaControl.HARD_MUTE, None)
    room.knock(BO, "c_bo", PrecallSummary(Verdict.WARNING, ["high_loss"]), 20.0, pin="1234")
    room.knock(EVE, "c_eve", PrecallSummary(), 21.0, pin="1234")
    moderation.kick(room, HOST, "p5", ban=True)
    with pytest.raises(RoomError):
        room.knock(CARL, "c_carl", PrecallSummary(), 22.0, pin="0000")
    ringing.open_room(room, CARL, "c_carl")
    ringing.ring(room, HOST, CARL.user_id)
    moderation.lock_room(room, HOST, True)
    data = _stored(room)
    assert "Anna" not in json.dumps(data) and "c_anna" not in json.dumps(data)
    assert sorted(member_user_ids(data)) == ["u_anna", "u_bo", "u_dr2", "u_host"]

    again = Room("r1", HOST.user_id, [], config=CONFIG)
    detached = restore(again, data, PEOPLE, {})
    assert sorted(u for u, _ in detached) == ["u_anna", "u_bo", "u_dr2", "u_host"]
    assert all(m.conn is None for m in again.members())
    assert list(again.call) == ["p1", "p2", "p3"]
    assert [(e.participant_id, e.name, e.waiting_since) for e in again.queue().entries] == [
        ("p4", "Bo", 20.0)
    ]
    assert again.queue() == room.queue()
    assert again.call["p2"].audio_control is MediaControl.HARD_MUTE
    assert again.is_host(DR2.user_id) and again.locked
    assert again.banned == {EVE.user_id} and again.ringing == {CARL.user_id}
    with pytest.raises(RoomError) as banned:
        again.knock(EVE, "c_eve2", PrecallSummary(), 30.0, pin="1234")
    assert banned.value.code is ErrorCode.BANNED
    # Nothing was lost or added on the way (the detach counter moved on: each member was detached).
    assert {**snapshot(again), "seq": 0} == {**data, "seq": 0}


def test_wrong_pin_counters_outlive_a_restart() -> None:
    room = _room()
    for _ in range(5):
        with pytest.raises(RoomError):
            room.knock(CARL, "c_carl", PrecallSummary(), 1.0, pin="0000")
    again = Room("r1", HOST.user_id, [], config=CONFIG)
    restore(again, _stored(room), PEOPLE, {})
    with pytest.raises(RoomError) as refused:
        again.knock(CARL, "c_carl", PrecallSummary(), 2.0, pin="1234")  # even the right PIN, for now
    assert refused.value.code is ErrorCode.RATE_LIMITED


def test_a_resumed_app_gets_its_call_back_and_a_waiting_patient_their_place() -> None:
    room = _room()
    room.join_call(HOST, "c_host", 1.0)
    room.knock(ANNA, "c_anna", PrecallSummary(), 10.0, pin="1234")
    again = Room("r1", HOST.user_id, [], config=CONFIG)
    restore(again, _stored(room), PEOPLE, {})
    assert again.rebind(HOST.user_id, "c_host2", resume=True) == []  # its call is still up: no news
    assert again.call["p1"].conn == "c_host2"
    assert again.rebind(ANNA.user_id, "c_anna2", resume=False) == [("c_anna2", LobbyUpdate("r1", "p2", 1))]
    effects = again.admit(HOST, "p2")
    assert isinstance(dict(effects)["c_anna2"], Admitted)
    assert [p.participant_id for p in dict(effects)["c_anna2"].participants] == ["p1"]


def test_a_member_whose_person_is_gone_is_dropped_and_new_ids_do_not_collide() -> None:
    room = _room()
    room.join_call(HOST, "c_host", 1.0)
    room.knock(ANNA, "c_anna", PrecallSummary(), 10.0, pin="1234")
    room.detach("c_anna")
    data = _stored(room)
    again = Room("r1", HOST.user_id, [], config=CONFIG)
    detached = restore(again, data, {HOST.user_id: HOST}, {})
    assert [u for u, _ in detached] == [HOST.user_id]
    assert again.queue().entries == []
    assert min(seq for _, seq in detached) > room.seq  # a stale grace timer of before never matches

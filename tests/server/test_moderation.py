"""Unit tests of the host's authority over a live room: types and limits, controls, room views."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from app.core.errors import ErrorCode
from app.core.protocol import (
    LeftReason,
    LobbyUpdate,
    ParticipantLeft,
    PrecallSummary,
    QueueUpdate,
    Role,
    SignalPayload,
    UserInfo,
    Verification,
)
from app.core.protocol.moderation import (
    CallEndedForAll,
    ChatMessage,
    Kicked,
    MediaControl,
    Moderated,
    NearbyPatients,
    RingAnswered,
    Ringing,
    RoomState,
    SentToLobby,
    UnmuteRequested,
)
from app.core.room_types import MediaRoute, RoomType
from server.rooms import host_role, in_call, moderation, ringing
from server.rooms.config import RoomConfig
from server.rooms.room import Room, RoomError
from server.rooms.view import settle

HOST = UserInfo("u_host", "Dr Host", Role.CLINICIAN, Verification.TEST)
DOC = UserInfo("u_doc", "Dr Two", Role.CLINICIAN, Verification.TEST)
ANNA = UserInfo("u_anna", "Anna", Role.PATIENT, Verification.TEST)
BO = UserInfo("u_bo", "Bo", Role.PATIENT, Verification.TEST)
CY = UserInfo("u_cy", "Cy", Role.PATIENT, Verification.TEST)
DAG = UserInfo("u_dag", "Dag", Role.PATIENT, Verification.TEST)
NOPRE = PrecallSummary()


def make(
    room_type: RoomType = RoomType.PERSONAL,
    host_pin: str | None = None,
    guest_pin: str | None = None,
    media: MediaRoute | None = None,
) -> Room:
    ids = (f"p{i}" for i in itertools.count(1))
    config = RoomConfig.create(room_type, host_pin, guest_pin)
    return Room(
        "r1", HOST.user_id, [], new_id=lambda: next(ids), config=config, clock=lambda: 100.0, media=media
    )


def in_call_with(room: Room, *people: UserInfo) -> list[str]:
    """The host joins (p1) and admits each person in turn; returns their participant ids."""
    room.join_call(HOST, "c_host", 1.0)
    pids = []
    for person in people:
        room.knock(person, "c_" + person.name.lower().replace(" ", ""), NOPRE, 2.0)
        pid = room.member_of(person.user_id).participant_id  # type: ignore[union-attr]
        room.admit(HOST, pid)
        pids.append(pid)
    return pids


def refused(code: ErrorCode, action: object) -> None:
    with pytest.raises(RoomError) as refusal:
        action()  # type: ignore[operator]
    assert refusal.value.code is code


def test_room_full_and_needs_sfu() -> None:
    room = make()
    in_call_with(room, ANNA, BO, CY)  # host + 3 = the mesh limit
    room.knock(DAG, "c_dag", NOPRE, 3.0)
    refused(ErrorCode.NEEDS_SFU, lambda: room.admit(HOST, "p5"))
    refused(ErrorCode.NEEDS_SFU, lambda: moderation.admit_all(room, HOST))
    assert len(room.call) == 4 and len(room.lobby) == 1  # nothing changed
    refused(ErrorCode.ROOM_FULL, lambda: room.knock(DOC, "c_doc", NOPRE, 4.0))  # personal: 5 at most


def test_sensitive_room_needs_host_pin_and_locks_itself_on_first_admission() -> None:
    refused(ErrorCode.PIN_REQUIRED, lambda: RoomConfig.create(RoomType.SENSITIVE, None, None))
    refused(ErrorCode.BAD_MESSAGE, lambda: RoomConfig.create(RoomType.PERSONAL, "1234", None))
    refused(ErrorCode.BAD_MESSAGE, lambda: RoomConfig.create(RoomType.ADMIN_SMALL, "12ab", None))
    room = make(RoomType.SENSITIVE, host_pin="4321")
    in_call_with(room, ANNA)
    assert room.locked
    room.leave(ANNA.user_id)
    assert room.knock(ANNA, "c_anna", NOPRE, 5.0) == [
        ("c_anna", LobbyUpdate("r1", "p3", 1)),
    ]  # a locked room: back to the lobby even though admitted before
    assert [e.action for e in room.audit] == ["admit", "lock"]


def test_guest_pin_and_brute_force_limit() -> None:
    room = make(RoomType.ADMIN_SMALL, guest_pin="2468")
    refused(ErrorCode.PIN_REQUIRED, lambda: room.knock(ANNA, "c_anna", NOPRE, 1.0))
    for _ in range(5):
        refused(ErrorCode.WRONG_PIN, lambda: room.knock(ANNA, "c_anna", NOPRE, 1.0, "0000"))
    refused(ErrorCode.RATE_LIMITED, lambda: room.knock(ANNA, "c_anna", NOPRE, 1.0, "2468"))
    assert room.knock(BO, "c_bo", NOPRE, 1.0, "2468") == [
        ("c_bo", LobbyUpdate("r1", "p1", 1)),
    ]
    assert "2468" not in repr(room.config)


def test_auditorium_mutes_guests_and_they_see_only_hosts() -> None:
    room = make(RoomType.AUDITORIUM_SMALL, media=MediaRoute.P2P)  # a deployment without a media server
    anna, bo = in_call_with(room, ANNA, BO)
    assert room.member_of(ANNA.user_id).audio_control is MediaControl.MUTE  # type: ignore[union-attr]
    views = dict(settle(room))
    assert [p.participant_id for p in views["c_anna"].participants] == ["p1", anna]  # type: ignore[union-attr]
    assert len(views["c_host"].participants) == 3  # type: ignore[union-attr]
    refused(
        ErrorCode.UNKNOWN_PARTICIPANT, lambda: room.signal(ANNA, bo, SignalPayload(kind="offer", sdp="x"))
    )
    # Anna's chat reaches the host and herself, never Bo.
    assert [c for c, _ in in_call.chat(room, ANNA, "hei")] == ["c_host", "c_anna"]
    assert in_call.set_media(room, ANNA, True, True) == []  # a soft mute may be lifted by oneself
    assert not room.may_speak(room.member_of(ANNA.user_id))  # type: ignore[arg-type]  # not let speak


def test_rooms_through_the_media_server_take_no_peer_signals_and_no_mesh_limit() -> None:
    room = make(RoomType.ADMIN_SMALL)
    assert room.media is MediaRoute.SFU
    anna, *_ = in_call_with(room, ANNA, BO, CY, DAG)  # host + 4: beyond the mesh limit
    assert len(room.call) == 5
    offer = SignalPayload(kind="offer", sdp="x")
    refused(ErrorCode.FORBIDDEN, lambda: room.signal(BO, anna, offer))
    refused(ErrorCode.NOT_ADMITTED, lambda: room.signal(DOC, anna, offer))  # not a member: as before


def test_a_host_lets_an_auditorium_guest_speak_and_takes_it_back() -> None:
    room = make(RoomType.AUDITORIUM_SMALL)
    anna, _ = in_call_with(room, ANNA, BO)
    guest = room.member_of(ANNA.user_id)
    assert guest is not None and not room.may_speak(guest)
    in_call.set_media(room, ANNA, True, True)  # lifting one's own soft mute does not make a speaker
    assert not room.may_speak(guest)
    moderation.moderate(room, HOST, anna, MediaControl.ALLOW, None)
    assert room.may_speak(guest) and room.speakers == {ANNA.user_id}
    moderation.moderate(room, HOST, None, MediaControl.MUTE, None)  # mute all takes it back
    assert not room.may_speak(guest)
    moderation.moderate(room, HOST, anna, MediaControl.ALLOW, None)
    room.leave(ANNA.user_id)
    assert room.speakers == set()  # leaving ends it


def test_room_state_goes_only_to_those_whose_view_changed() -> None:
    room = make()
    room.watch(HOST, "c_watch")
    first = settle(room)
    assert first == [("c_watch", RoomState("r1", RoomType.PERSONAL, False, []))]
    assert settle(room) == []
    in_call_with(room, ANNA)
    assert [c for c, _ in settle(room)] == ["c_host", "c_anna", "c_watch"]
    in_call.raise_hand(room, ANNA, True)
    effects = settle(room)
    assert len(effects) == 3
    assert all(isinstance(m, RoomState) and m.participants[1].hand_raised for _, m in effects)


def test_hard_mute_and_ask_to_unmute() -> None:
    room = make()
    [anna] = in_call_with(room, ANNA)
    room.watch(HOST, "c_watch")
    assert moderation.moderate(room, HOST, anna, MediaControl.HARD_MUTE, None) == [
        ("c_anna", Moderated("r1", MediaControl.HARD_MUTE, None)),
    ]
    member = room.member_of(ANNA.user_id)
    assert member is not None and not member.audio_on
    refused(ErrorCode.HARD_MUTED, lambda: in_call.set_media(room, ANNA, True, True))
    assert member.video_on and not member.audio_on
    assert in_call.ask_to_unmute(room, ANNA) == [
        ("c_watch", UnmuteRequested("r1", anna)),
        ("c_host", UnmuteRequested("r1", anna)),
    ]
    moderation.moderate(room, HOST, None, MediaControl.ALLOW, None)  # everyone but hosts
    assert in_call.set_media(room, ANNA, True, False) == []
    assert member.audio_on and not member.video_on


def test_send_to_lobby_and_kick_with_ban() -> None:
    room = make()
    room.watch(HOST, "c_watch")
    anna, bo = in_call_with(room, ANNA, BO)
    effects = moderation.send_to_lobby(room, HOST, anna)
    assert effects[0] == ("c_anna", SentToLobby("r1"))
    assert ("c_host", ParticipantLeft("r1", anna, LeftReason.MOVED_TO_LOBBY)) in effects
    assert ("c_anna", LobbyUpdate("r1", anna, 1)) in effects
    effects = moderation.kick(room, HOST, bo, True)
    assert effects[0] == ("c_bo", Kicked("r1", True))
    assert ("c_host", ParticipantLeft("r1", bo, LeftReason.REMOVED)) in effects
    assert room.member_of(BO.user_id) is None
    refused(ErrorCode.BANNED, lambda: room.knock(BO, "c_bo", NOPRE, 9.0))
    refused(ErrorCode.BANNED, lambda: ringing.open_room(room, BO, "c_bo"))
    assert room.rebind(BO.user_id, "c_bo2") == []  # not rebound
    refused(ErrorCode.FORBIDDEN, lambda: moderation.kick(room, HOST, "p1", True))  # not a host
    assert [(e.action, e.detail) for e in room.audit][-2:] == [("send_to_lobby", ""), ("kick", "ban")]


def test_end_call_empties_the_room() -> None:
    room = make()
    room.watch(HOST, "c_watch")
    in_call_with(room, ANNA)
    room.knock(BO, "c_bo", NOPRE, 3.0)
    effects = moderation.end_call(room, HOST)
    assert [c for c, m in effects if isinstance(m, CallEndedForAll)] == ["c_host", "c_anna", "c_bo"]
    assert effects[-1] == ("c_watch", QueueUpdate("r1", []))
    assert room.counts() == {"lobby": 0, "call": 0, "connections": 1}


def test_transfer_and_claim_host() -> None:
    room = make(RoomType.SENSITIVE, host_pin="9876")
    anna, _ = in_call_with(room, ANNA, DOC)
    refused(ErrorCode.FORBIDDEN, lambda: host_role.transfer_host(room, HOST, anna))  # a patient
    refused(ErrorCode.FORBIDDEN, lambda: host_role.claim_host(room, ANNA, "9876"))
    refused(ErrorCode.WRONG_PIN, lambda: host_role.claim_host(room, DOC, "1111"))
    assert not room.is_host(DOC.user_id)
    host_role.claim_host(room, DOC, "9876")
    assert room.is_host(DOC.user_id)
    moderation.lock_room(room, DOC, False)  # now allowed
    room2 = make()
    _, doc2 = in_call_with(room2, ANNA, DOC)
    host_role.transfer_host(room2, HOST, doc2)
    assert room2.is_host(DOC.user_id) and room2.is_host(HOST.user_id)  # the owner stays host


def host_actions(room: Room, who: UserInfo, anna: str, doc: str) -> list[Callable[[], object]]:
    return [
        lambda: moderation.lock_room(room, who, False),
        lambda: moderation.admit_all(room, who),
        lambda: moderation.send_to_lobby(room, who, anna),
        lambda: moderation.moderate(room, who, None, MediaControl.HARD_MUTE, None),
        lambda: moderation.kick(room, who, "p1", True),
        lambda: moderation.end_call(room, who),
        lambda: host_role.transfer_host(room, who, doc),
        lambda: ringing.ring(room, who, BO.user_id),
        lambda: room.admit(who, "p4"),
        lambda: room.deny(who, "p4"),
        lambda: room.watch(who, "c_x"),
    ]


def test_patient_and_colleague_cannot_act_as_host_and_nothing_changes() -> None:
    room = make(RoomType.SENSITIVE, host_pin="9876")
    anna, doc = in_call_with(room, ANNA, DOC)
    room.knock(BO, "c_bo", NOPRE, 3.0)
    before = settle(room)
    for who in (ANNA, DOC):
        for action in host_actions(room, who, anna, doc):
            refused(ErrorCode.FORBIDDEN, action)
    assert before and settle(room) == []
    assert [e.action for e in room.audit] == ["admit", "lock", "admit"]


def test_chat_nearby_ringing() -> None:
    room = make()
    room.watch(HOST, "c_watch")
    [anna] = in_call_with(room, ANNA)
    assert in_call.chat(room, ANNA, "hello") == [
        ("c_host", ChatMessage("r1", anna, "Anna", "hello", 100.0)),
        ("c_anna", ChatMessage("r1", anna, "Anna", "hello", 100.0)),
    ]
    refused(ErrorCode.NOT_ADMITTED, lambda: in_call.chat(room, BO, "hi"))
    settle(room)
    ringing.open_room(room, BO, "c_bo")
    nearby = [m for _, m in settle(room) if isinstance(m, NearbyPatients)]
    assert [p.user_id for p in nearby[0].patients] == [BO.user_id] and len(nearby) == 2
    refused(ErrorCode.FORBIDDEN, lambda: ringing.answer_ring(room, BO, True))
    assert ringing.ring(room, HOST, BO.user_id) == [("c_bo", Ringing("r1", "Dr Host"))]
    assert ringing.answer_ring(room, BO, True) == [
        ("c_watch", RingAnswered("r1", BO.user_id, True)),
        ("c_host", RingAnswered("r1", BO.user_id, True)),
    ]
    room.knock(BO, "c_bo", NOPRE, 5.0)
    assert all(not m.patients for _, m in settle(room) if isinstance(m, NearbyPatients))


def test_a_handed_over_host_role_stops_watching_the_queue_when_the_call_ends() -> None:
    """The next consultation's patient is nobody's business of a clinician whose role ended."""
    room = make()
    in_call_with(room, DOC, BO)
    host_role.transfer_host(room, HOST, room.member_of(DOC.user_id).participant_id)
    room.watch(DOC, "c_doc_queue")  # the handed-over host's queue window
    room.watch(HOST, "c_owner_queue")
    settle(room)

    moderation.end_call(room, HOST)
    told = settle(room)
    ringing.open_room(room, ANNA, "c_anna")
    told += settle(room)
    told += room.knock(ANNA, "c_anna", NOPRE, 5.0)
    room.admit(HOST, room.member_of(ANNA.user_id).participant_id)
    told += settle(room)

    assert not room.is_host(DOC.user_id)
    assert "c_doc_queue" not in room.watchers
    assert [m for conn, m in told if conn == "c_doc_queue"] == []
    assert any(conn == "c_owner_queue" for conn, _ in told)  # the owner still sees the next patient

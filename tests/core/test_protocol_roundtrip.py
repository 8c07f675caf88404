"""Every protocol v1 message survives encode → decode unchanged, in the direction it travels."""

from __future__ import annotations

import json

import pytest

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import (
    CLIENT_TYPES,
    SERVER_TYPES,
    Ack,
    Admit,
    Admitted,
    ClientMessage,
    Denied,
    Deny,
    Error,
    Hello,
    IceServer,
    JoinCall,
    Knock,
    Leave,
    LobbyUpdate,
    Participant,
    ParticipantJoined,
    ParticipantLeft,
    Ping,
    Pong,
    PrecallSummary,
    QueueEntry,
    QueueUpdate,
    Role,
    ServerMessage,
    Signal,
    SignalFrom,
    SignalPayload,
    UserInfo,
    Verdict,
    Verification,
    WatchRoom,
    Welcome,
    decode_client,
    decode_server,
    encode,
    sfu,
)
from app.core.protocol import moderation as mod
from app.core.room_types import MediaRoute, RoomType

TURN = IceServer(["turn:127.0.0.1:3478"], "u", "c")
OFFER = SignalPayload(kind="offer", sdp="v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\n")
CANDIDATE = SignalPayload(
    kind="candidate", candidate="candidate:1 1 udp 1 127.0.0.1 5000 typ host", sdp_mid="0", sdp_mline_index=0
)
ENTRY = QueueEntry(
    "p_1", "Åse Ørn", Verification.TEST, 1700000000.5, PrecallSummary(Verdict.WARNING, ["mic"])
)

CLIENT_MESSAGES: list[ClientMessage] = [
    Hello(id="1", token="v1.abc.def"),
    WatchRoom(id="2", room_id="r_1"),
    Knock(id="3", room_id="r_1"),
    Knock(id="3b", room_id="r_1", precall=PrecallSummary(Verdict.FAIL, ["camera_missing", "slow_network"])),
    Admit(id="4", room_id="r_1", participant_id="p_1"),
    Deny(id="5", room_id="r_1", participant_id="p_1"),
    JoinCall(id="6", room_id="r_1"),
    Signal(id="7", room_id="r_1", to="p_2", payload=OFFER),
    Signal(id="7b", room_id="r_1", to="p_2", payload=CANDIDATE),
    Signal(id="7c", room_id="r_1", to="p_2", payload=SignalPayload(kind="restart")),  # media recovery
    Leave(id="8", room_id="r_1"),
    Ping(id="9"),
]
SERVER_MESSAGES: list[ServerMessage] = [
    Welcome(UserInfo("u_1", "Dr Berg", Role.CLINICIAN, Verification.TEST)),
    Ack(ref="2"),
    Error(ErrorCode.FORBIDDEN, ref="4", detail="only the host"),
    Error(ErrorCode.BAD_JSON),
    QueueUpdate("r_1", [ENTRY]),
    QueueUpdate("r_1", []),
    LobbyUpdate("r_1", "p_1", 3),
    Admitted("r_1", "p_2", [TURN], [Participant("p_1", "A", Role.PATIENT)]),
    Denied("r_1"),
    ParticipantJoined("r_1", Participant("p_2", "Dr Berg", Role.CLINICIAN)),
    ParticipantLeft("r_1", "p_2"),
    SignalFrom("r_1", "p_1", OFFER),
    Pong(ref="9"),
]
# Issue 5: the host's authority, life in the call and ringing.
CLIENT_MESSAGES += [
    Knock(id="3c", room_id="r_1", pin="2468"),
    mod.OpenRoom(id="20", room_id="r_1"),
    mod.LockRoom(id="21", room_id="r_1", locked=True),
    mod.AdmitAll(id="22", room_id="r_1"),
    mod.SendToLobby(id="23", room_id="r_1", participant_id="p_1"),
    mod.Moderate(id="24", room_id="r_1", participant_id=None, audio=mod.MediaControl.HARD_MUTE),
    mod.SetMedia(id="25", room_id="r_1", audio_on=False, video_on=True),
    mod.AskToUnmute(id="26", room_id="r_1"),
    mod.Kick(id="27", room_id="r_1", participant_id="p_1", ban=False),
    mod.EndCall(id="28", room_id="r_1"),
    mod.TransferHost(id="29", room_id="r_1", participant_id="p_2"),
    mod.ClaimHost(id="30", room_id="r_1", pin="4711"),
    mod.Chat(id="31", room_id="r_1", text="Hei på deg ✓"),
    mod.RaiseHand(id="32", room_id="r_1", raised=True),
    mod.Present(id="33", room_id="r_1", presenting=False),
    mod.Ring(id="34", room_id="r_1", user_id="u_1"),
    mod.AnswerRing(id="35", room_id="r_1", accept=False),
]
STATE = mod.ParticipantState("p_1", "Åse", Role.PATIENT, False, False, True, mod.MediaControl.MUTE)
SERVER_MESSAGES += [
    mod.RoomState("r_1", RoomType.AUDITORIUM_SMALL, True, [STATE]),
    mod.NearbyPatients("r_1", [mod.NearbyPatient("u_1", "Åse")]),
    mod.Moderated("r_1", video=mod.MediaControl.ALLOW),
    mod.UnmuteRequested("r_1", "p_1"),
    mod.Kicked("r_1", banned=True),
    mod.CallEndedForAll("r_1"),
    mod.SentToLobby("r_1"),
    mod.RoomClosed("r_1"),
    mod.ChatMessage("r_1", "p_1", "Åse", "Hei", 1700000000.25),
    mod.Ringing("r_1", "Dr Berg"),
    mod.RingAnswered("r_1", "u_1", True),
]

# Issue 14: media through the media server.
SDP = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
CLIENT_MESSAGES += [
    sfu.SfuPublish(id="40", room_id="r_1", kind="audio", sdp=SDP),
    sfu.SfuPublish(id="40b", room_id="r_1", kind="video", sdp=SDP),
    sfu.SfuSubscribe(id="41", room_id="r_1", feed="p_2"),
    sfu.SfuStart(id="42", room_id="r_1", feed="p_2", sdp=SDP),
    sfu.SfuUnsubscribe(id="43", room_id="r_1", feed="p_2"),
]
SERVER_MESSAGES += [
    Admitted("r_1", "p_2", [], [], media=MediaRoute.SFU),
    mod.RoomState("r_1", RoomType.ADMIN_LARGE, False, [STATE], media=MediaRoute.SFU),
    sfu.SfuAnswer("r_1", "audio", SDP, ref="40"),
    sfu.SfuOffer("r_1", "p_2", SDP, ref="41"),
    sfu.SfuFeeds("r_1", [sfu.SfuFeed("p_1"), sfu.SfuFeed("p_3", video=False)]),
    sfu.SfuTalking("r_1", "p_1", True),
    sfu.SfuMoved("r_1"),
]


def test_sfu_publish_refuses_another_kind() -> None:
    frame = encode(sfu.SfuPublish(id="40", room_id="r_1", kind="audio", sdp=SDP)).replace('"audio"', '"data"')
    with pytest.raises(ProtocolError) as refused:
        decode_client(frame)
    assert refused.value.code is ErrorCode.BAD_MESSAGE and refused.value.ref == "40"


def test_the_lists_cover_every_type() -> None:
    assert {m.TYPE for m in CLIENT_MESSAGES} == set(CLIENT_TYPES)
    assert {m.TYPE for m in SERVER_MESSAGES} == set(SERVER_TYPES)


@pytest.mark.parametrize("message", CLIENT_MESSAGES, ids=lambda m: m.TYPE)
def test_client_message_round_trip(message: ClientMessage) -> None:
    frame = encode(message)
    data = json.loads(frame)
    assert (data["v"], data["type"]) == (1, message.TYPE)
    assert decode_client(frame) == message
    assert decode_client(frame.encode()) == message


@pytest.mark.parametrize("message", SERVER_MESSAGES, ids=lambda m: m.TYPE)
def test_server_message_round_trip(message: ServerMessage) -> None:
    assert decode_server(encode(message)) == message


def test_directions_are_not_interchangeable() -> None:
    """A client may not send ``welcome``; the service never sends ``hello``."""
    with pytest.raises(ProtocolError) as client_side:
        decode_client(encode(SERVER_MESSAGES[0]))
    with pytest.raises(ProtocolError) as server_side:
        decode_server(encode(CLIENT_MESSAGES[0]))
    assert client_side.value.code is server_side.value.code is ErrorCode.UNKNOWN_TYPE

"""The consultation obeys the service's moderation, fed a scripted message stream (no service, no peers)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any, cast

import pytest

from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.core.protocol import Admitted, LobbyUpdate, Participant, ParticipantJoined, Role, RoomInfo
from app.core.protocol import moderation as mod
from app.core.protocol.moderation import MediaControl, NearbyPatient, ParticipantState
from app.core.room_types import RoomType
from app.media.sources import synthetic_factory
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.errors import SessionError
from app.session.events import CallEnded, EndReason
from app.session.moderation import audio_dropped
from app.session.moderation_events import (
    ChatReceived,
    HostAction,
    HostActionApplied,
    NearbyChanged,
    RingAnswerReceived,
    RingingReceived,
    RoomStateChanged,
    SentBackToLobby,
    UnmuteAsked,
)
from tests.session.fake_service import FakeSignaling
from tests.support.recorder import EventRecorder

ROOM = "room-1"
ME, DOC = "p-1", "c-1"
DOCTOR = Participant(DOC, "Dr. Berg", Role.CLINICIAN)


def state(pid: str, **changes: Any) -> ParticipantState:
    base: dict[str, Any] = {
        "participant_id": pid,
        "name": pid,
        "role": Role.PATIENT if pid.startswith("p") else Role.CLINICIAN,
        "is_host": pid == DOC,
        "audio_on": True,
        "video_on": True,
    }
    return ParticipantState(**{**base, **changes})


class Rig:
    """A patient consultation whose signaling is the fake; ``feed`` plays service messages into it."""

    def __init__(self) -> None:
        self.events = EventRecorder()
        self.signaling = FakeSignaling()
        self.patient = PatientConsultation(
            SessionConfig("http://127.0.0.1:9"), self.events, sources_factory=synthetic_factory()
        )
        self.patient._link.client = cast(Any, self.signaling)
        self.patient.room_id = ROOM
        self.patient._media.start()

    def feed(self, *messages: Any) -> None:
        for message in messages:
            self.patient._handle(message)

    async def into_call(self) -> None:
        await self.patient.knock()
        # The doctor joins after us, so they offer (no peer connection is made without an offer).
        self.feed(LobbyUpdate(ROOM, ME, 1), Admitted(ROOM, ME, [], []), ParticipantJoined(ROOM, DOCTOR))
        await asyncio.sleep(0)

    def of(self, kind: type) -> list[Any]:
        return self.events.of(kind)


@pytest.fixture
async def rig() -> AsyncIterator[Rig]:
    r = Rig()
    yield r
    await r.patient.close()


async def settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


async def test_mute_turns_audio_off_reports_it_and_may_be_undone(rig: Rig) -> None:
    await rig.into_call()
    rig.feed(mod.Moderated(ROOM, audio=MediaControl.MUTE))
    await settle()
    assert rig.patient.microphone_enabled is False
    assert rig.of(HostActionApplied) == [HostActionApplied(HostAction.MUTED)]
    assert rig.signaling.sent[-1] == mod.SetMedia(id="", room_id=ROOM, audio_on=False, video_on=True)
    rig.patient.set_microphone_enabled(True)  # a soft mute: the patient may speak again
    await settle()
    assert rig.signaling.sent[-1] == mod.SetMedia(id="", room_id=ROOM, audio_on=True, video_on=True)


async def test_hard_mute_refuses_local_unmute_until_the_host_allows(rig: Rig) -> None:
    await rig.into_call()
    rig.feed(mod.Moderated(ROOM, audio=MediaControl.HARD_MUTE, video=MediaControl.HARD_MUTE))
    await settle()
    assert (rig.patient.microphone_enabled, rig.patient.camera_enabled) == (False, False)
    for switch in (rig.patient.set_microphone_enabled, rig.patient.set_camera_enabled):
        with pytest.raises(SessionError) as refused:
            switch(True)
        assert refused.value.code is ErrorCode.HARD_MUTED
    assert rig.patient.microphone_enabled is False
    await rig.patient.moderation.ask_to_unmute()
    rig.feed(mod.Moderated(ROOM, audio=MediaControl.ALLOW))
    rig.patient.set_microphone_enabled(True)
    await settle()
    assert rig.patient.microphone_enabled is True
    assert [e.action for e in rig.of(HostActionApplied)] == [
        HostAction.HARD_MUTED,
        HostAction.VIDEO_HARD_STOPPED,
        HostAction.AUDIO_ALLOWED,
    ]
    assert rig.signaling.types() == ["knock", "set_media", "ask_to_unmute", "set_media"]


async def test_room_state_is_the_authority_even_without_moderated(rig: Rig) -> None:
    await rig.into_call()
    rig.feed(
        mod.RoomState(
            ROOM,
            RoomType.AUDITORIUM_SMALL,
            True,
            [state(DOC), state(ME, audio_on=False, audio_control=MediaControl.HARD_MUTE, hand_raised=True)],
        )
    )
    await settle()
    changed = rig.of(RoomStateChanged)[-1]
    assert (changed.room_type, changed.locked, changed.self_id) == (RoomType.AUDITORIUM_SMALL, True, ME)
    assert rig.patient.microphone_enabled is False
    with pytest.raises(SessionError):
        rig.patient.set_microphone_enabled(True)
    assert rig.patient.moderation.is_host is False


def test_receivers_drop_audio_the_room_state_does_not_allow() -> None:
    assert not audio_dropped(state("p-2"))
    assert audio_dropped(state("p-2", audio_control=MediaControl.HARD_MUTE, audio_on=True))
    # Even a sender that claims to be on is not heard until the service says "allow".
    assert audio_dropped(state("p-2", audio_control=MediaControl.MUTE, audio_on=True))


async def test_audio_gate_follows_room_state(rig: Rig) -> None:
    await rig.into_call()
    gate = rig.patient.moderation.audio_allowed
    assert gate(DOC) and gate("unknown")
    rig.feed(
        mod.RoomState(ROOM, RoomType.PERSONAL, False, [state(DOC, audio_control=MediaControl.HARD_MUTE)])
    )
    assert not gate(DOC)


async def test_kicked_ends_the_call_and_closes_every_link(rig: Rig) -> None:
    await rig.into_call()
    rig.feed(mod.Kicked(ROOM, banned=True))
    await settle()
    assert rig.patient.state is CallState.ENDED
    assert rig.patient.call is None
    assert rig.of(CallEnded) == [CallEnded(EndReason.KICKED)]
    assert rig.of(HostActionApplied) == [HostActionApplied(HostAction.KICKED)]
    assert rig.patient.history == [CallState.IDLE, CallState.WAITING, CallState.CONNECTING, CallState.ENDED]


async def test_call_ended_by_host(rig: Rig) -> None:
    await rig.into_call()
    rig.feed(mod.CallEndedForAll(ROOM))
    await settle()
    assert rig.of(CallEnded) == [CallEnded(EndReason.ENDED_BY_HOST)]
    assert rig.of(HostActionApplied) == [HostActionApplied(HostAction.ENDED_FOR_ALL)]
    assert "leave" not in rig.signaling.types()


async def test_sent_to_lobby_waits_again_and_is_admitted_without_a_new_knock(rig: Rig) -> None:
    await rig.into_call()
    rig.feed(mod.Moderated(ROOM, audio=MediaControl.HARD_MUTE))
    rig.feed(mod.SentToLobby(ROOM), LobbyUpdate(ROOM, ME, 1))
    await settle()
    assert rig.patient.state is CallState.WAITING
    assert rig.patient.call is None
    assert len(rig.of(SentBackToLobby)) == 1
    rig.patient.set_microphone_enabled(True)  # the hard mute belonged to the call
    rig.feed(Admitted(ROOM, ME, [], []))
    await settle()
    assert rig.patient.history == [
        CallState.IDLE,
        CallState.WAITING,
        CallState.CONNECTING,
        CallState.WAITING,
        CallState.CONNECTING,
    ]
    assert rig.signaling.types().count("knock") == 1


async def test_chat_ringing_and_hosts_notices_become_events(rig: Rig) -> None:
    await rig.into_call()
    rig.feed(
        mod.ChatMessage(ROOM, DOC, "Dr. Berg", "Hello", 1.0),
        mod.ChatMessage(ROOM, ME, "Ann", "Hi", 2.0),
        mod.Ringing(ROOM, "Dr. Berg"),
        mod.RingAnswered(ROOM, "u-9", True),
        mod.NearbyPatients(ROOM, [NearbyPatient("u-9", "Ola")]),
        mod.UnmuteRequested(ROOM, ME),
    )
    assert rig.of(ChatReceived) == [
        ChatReceived(DOC, "Dr. Berg", "Hello", 1.0, own=False),
        ChatReceived(ME, "Ann", "Hi", 2.0, own=True),
    ]
    assert rig.of(RingingReceived) == [RingingReceived("Dr. Berg")]
    assert rig.of(RingAnswerReceived) == [RingAnswerReceived("u-9", True)]
    assert rig.of(NearbyChanged) == [NearbyChanged([NearbyPatient("u-9", "Ola")])]
    assert rig.of(UnmuteAsked) == [UnmuteAsked(ME)]
    rig.feed(mod.CallEndedForAll(ROOM))
    assert rig.patient.moderation.chat == []  # the chat lives only as long as the call


async def test_patient_requests(rig: Rig) -> None:
    await rig.patient.knock(pin="4711")
    m = rig.patient.moderation
    await m.chat_send("x" * 2000)
    await m.raise_hand(True)
    await m.answer_ring(True)
    await m.announce_open()
    assert rig.signaling.sent[0].pin == "4711"  # type: ignore[union-attr]
    assert rig.signaling.sent[1] == mod.Chat(id="", room_id=ROOM, text="x" * mod.MAX_CHAT)
    assert rig.signaling.types() == ["knock", "chat", "raise_hand", "answer_ring", "open_room"]


async def test_host_requests_are_sent_in_order() -> None:
    events, signaling = EventRecorder(), FakeSignaling()
    clinician = ClinicianConsultation(
        SessionConfig("http://127.0.0.1:9"), events, sources_factory=synthetic_factory()
    )
    clinician._link.client = cast(Any, signaling)
    clinician.room_id = ROOM
    m = clinician.moderation
    await m.lock(True)
    await m.admit_all()
    await m.send_to_lobby(ME)
    await m.moderate(ME, audio=MediaControl.HARD_MUTE)
    await m.moderate(None, audio=MediaControl.MUTE, video=MediaControl.MUTE)
    await m.kick(ME, ban=True)
    await m.transfer_host("c-2")
    await m.claim_host("1234")
    await m.ring("u-9")
    await m.end_call()
    assert signaling.sent == [
        mod.LockRoom(id="", room_id=ROOM, locked=True),
        mod.AdmitAll(id="", room_id=ROOM),
        mod.SendToLobby(id="", room_id=ROOM, participant_id=ME),
        mod.Moderate(id="", room_id=ROOM, participant_id=ME, audio=MediaControl.HARD_MUTE),
        mod.Moderate(
            id="", room_id=ROOM, participant_id=None, audio=MediaControl.MUTE, video=MediaControl.MUTE
        ),
        mod.Kick(id="", room_id=ROOM, participant_id=ME, ban=True),
        mod.TransferHost(id="", room_id=ROOM, participant_id="c-2"),
        mod.ClaimHost(id="", room_id=ROOM, pin="1234"),
        mod.Ring(id="", room_id=ROOM, user_id="u-9"),
        mod.EndCall(id="", room_id=ROOM),
    ]
    signaling.refuse["kick"] = ErrorCode.FORBIDDEN
    with pytest.raises(SessionError):
        await m.kick(ME)
    await clinician.close()


async def test_create_room_sends_type_and_pins() -> None:
    seen: list[Any] = []

    class Api:
        async def create_room(self, *args: Any) -> RoomInfo:
            seen.append(args)
            return RoomInfo("room-9", "ABC", "", "Dr", "samtale://join/ABC", RoomType.SENSITIVE)

        async def close(self) -> None:
            pass

    clinician = ClinicianConsultation(
        SessionConfig("http://127.0.0.1:9"), EventRecorder(), sources_factory=synthetic_factory()
    )
    signaling = FakeSignaling()
    clinician._link.client = cast(Any, signaling)
    clinician._link.api = cast(Any, Api())
    await clinician.create_room("Knee", RoomType.SENSITIVE, host_pin="9999")
    assert seen == [("Knee", RoomType.SENSITIVE, "9999", None)]
    assert signaling.types() == ["watch_room"]
    await clinician.close()


async def test_who_is_host_is_told_again_once_the_session_knows_its_own_id() -> None:
    """Issue 11, finding 7: a ``room_state`` that comes before this session's ``admitted`` (the view a
    watching host is sent, a call rejoined after a restart) was told with no own id, so the host's
    per-patient controls stayed away until the next change. The new id re-tells the room state."""
    events, signaling = EventRecorder(), FakeSignaling()
    clinician = ClinicianConsultation(
        SessionConfig("http://127.0.0.1:9"), events, sources_factory=synthetic_factory()
    )
    clinician._link.client = cast(Any, signaling)
    clinician.room_id = ROOM
    clinician._media.start()
    people = [state(DOC), state(ME)]
    clinician._handle(mod.RoomState(ROOM, RoomType.PERSONAL, False, people))
    clinician._handle(Admitted(ROOM, DOC, [], [Participant(ME, ME, Role.PATIENT)]))
    told = events.of(RoomStateChanged)
    assert [(e.self_id, [p.participant_id for p in e.participants]) for e in told] == [
        (None, [DOC, ME]),
        (DOC, [DOC, ME]),
    ]
    assert clinician.moderation.is_host
    await clinician.close()

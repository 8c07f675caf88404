"""End to end against the real service: the host mutes, kicks, ends for all and sends back to the lobby,
and every honest client obeys (media measured, not assumed)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.core.protocol import PrecallSummary
from app.core.protocol.moderation import MediaControl
from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources
from app.session.consultation import ClinicianConsultation, Consultation, PatientConsultation, SessionConfig
from app.session.errors import SessionError
from app.session.events import CallEnded, EndReason, QueueChanged
from app.session.moderation_events import (
    ChatReceived,
    HostAction,
    HostActionApplied,
    NearbyChanged,
    RingAnswerReceived,
    RingingReceived,
    RoomStateChanged,
)
from tests.support.recorder import EventRecorder, eventually
from tests.support.service import ServiceProcess

pytestmark = pytest.mark.e2e

KICK_LIMIT_S = 2.0


@pytest.fixture(scope="module")
def service() -> Iterator[ServiceProcess]:
    with ServiceProcess() as svc:
        yield svc


@dataclass
class Party:
    """One session, what it recorded, and how many remote audio frames it actually played."""

    session: Any
    events: EventRecorder
    played: list[int] = field(default_factory=lambda: [0])

    @property
    def pid(self) -> str:
        assert self.session.participant_id is not None
        return str(self.session.participant_id)


def party(cls: type[Consultation], config: SessionConfig, tone: float) -> Party:
    events = EventRecorder()
    played = [0]

    def sources(preview: FrameSlot) -> MediaSources:
        made = MediaSources.synthetic(size=(320, 240), fps=15, tone_hz=tone, preview=preview)
        made.play_remote_audio = lambda _pid, _frame: played.__setitem__(0, played[0] + 1)
        return made

    return Party(cls(config, events, sources_factory=sources), events, played)


@pytest.fixture
async def parties(service: ServiceProcess) -> AsyncIterator[tuple[Party, Party, Party]]:
    config = SessionConfig(service.url, loopback_only=True)
    doc = party(ClinicianConsultation, config, 660)
    ann = party(PatientConsultation, config, 440)
    bo = party(PatientConsultation, config, 550)
    yield doc, ann, bo
    for p in (ann, bo, doc):
        await p.session.close()


async def into_call(doc: Party, *patients: Party) -> None:
    if doc.session.room_id is None:
        await doc.session.login_test("Dr. Host")
        await doc.session.create_room("Moderation")
    for index, p in enumerate(patients):
        await p.session.login_test(f"Patient {index}")
        room_code = doc_room_code(doc)
        await p.session.open_room(room_code)
        await p.session.knock(PrecallSummary())
        name = f"Patient {index}"
        queued = await doc.events.wait_for(
            QueueChanged, lambda e, name=name: any(x.name == name for x in e.entries)
        )
        pid = next(x.participant_id for x in queued.entries if x.name == name)
        await doc.session.admit(pid)
        await eventually(lambda p=p: p.session.state is CallState.IN_CALL, what="patient in call")
    await eventually(lambda: doc.session.state is CallState.IN_CALL, what="host in call")


ROOM_CODES: dict[str, str] = {}


def doc_room_code(doc: Party) -> str:
    return ROOM_CODES[doc.session.room_id]


@pytest.fixture(autouse=True)
def _remember_codes(monkeypatch: pytest.MonkeyPatch) -> None:
    original = ClinicianConsultation.create_room

    async def create_room(self: ClinicianConsultation, *args: Any, **kwargs: Any) -> Any:
        room = await original(self, *args, **kwargs)
        ROOM_CODES[room.room_id] = room.code
        return room

    monkeypatch.setattr(ClinicianConsultation, "create_room", create_room)


async def played_during(p: Party, seconds: float) -> int:
    before = p.played[0]
    await asyncio.sleep(seconds)
    return p.played[0] - before


async def test_hard_mute_silences_the_patient_even_if_their_client_keeps_sending(parties) -> None:
    doc, ann, _bo = parties
    await into_call(doc, ann)
    await eventually(lambda: doc.played[0] > 50, what="host hears the patient")
    await doc.session.moderation.moderate(ann.pid, audio=MediaControl.HARD_MUTE)
    await ann.events.wait_for(HostActionApplied, lambda e: e.action is HostAction.HARD_MUTED)
    assert ann.session.microphone_enabled is False
    with pytest.raises(SessionError) as refused:
        ann.session.set_microphone_enabled(True)
    assert refused.value.code is ErrorCode.HARD_MUTED
    await eventually(lambda: not doc.session.moderation.audio_allowed(ann.pid), what="room state says muted")
    # A modified client turns its microphone back on behind the service's back: the host still hears nothing.
    ann.session._media.set_microphone(True)
    assert await played_during(doc, 1.0) == 0
    await ann.session.moderation.ask_to_unmute()
    await doc.session.moderation.moderate(ann.pid, audio=MediaControl.ALLOW)
    await ann.events.wait_for(HostActionApplied, lambda e: e.action is HostAction.AUDIO_ALLOWED)
    ann.session.set_microphone_enabled(True)
    await eventually(lambda: doc.session.moderation.audio_allowed(ann.pid), what="allowed again")
    assert await played_during(doc, 1.0) > 10


async def test_kick_stops_the_kicked_participants_media_at_every_peer_within_two_seconds(parties) -> None:
    doc, ann, bo = parties
    await into_call(doc, ann, bo)
    for peer in (doc, bo):
        await eventually(
            lambda peer=peer: (
                peer.session.call is not None
                and (d := peer.session.call.drain(ann.pid, "video")) is not None
                and d.frames > 10
            ),
            what="video from the patient to be kicked",
        )
    kicked = ann.pid
    started = time.monotonic()
    await doc.session.moderation.kick(kicked, ban=True)
    stopped: dict[str, float] = {}

    def gone(peer: Party) -> bool:
        call = peer.session.call
        if call is None or (kicked not in call.links and call.drain(kicked, "video") is None):
            stopped.setdefault(peer.pid, time.monotonic() - started)
            return True
        return False

    await eventually(lambda: gone(doc) and gone(bo), timeout=5, what="kicked media gone at every peer")
    assert max(stopped.values()) < KICK_LIMIT_S, stopped
    ended = await ann.events.wait_for(CallEnded)
    assert ended.reason is EndReason.KICKED
    await eventually(lambda: ann.session.call is None, what="kicked side closed its links")
    with pytest.raises(SessionError) as refused:
        await ann.session.knock(PrecallSummary())
    assert refused.value.code is ErrorCode.BANNED
    gone_ms = sorted(round(v * 1000) for v in stopped.values())
    logging.getLogger(__name__).info("kick → media gone at each peer: %s ms", gone_ms)


async def test_end_for_all(parties) -> None:
    doc, ann, _bo = parties
    await into_call(doc, ann)
    await doc.session.moderation.end_call()
    ended = await ann.events.wait_for(CallEnded)
    assert ended.reason is EndReason.ENDED_BY_HOST
    assert ann.events.of(HostActionApplied)[-1].action is HostAction.ENDED_FOR_ALL
    await eventually(lambda: doc.session.state is CallState.ENDED, what="host's call ended too")
    assert doc.session.end_reason is EndReason.HUNG_UP  # the host ended it; nobody ended it for them


async def test_sent_to_lobby_and_admitted_again_without_a_new_knock(parties) -> None:
    doc, ann, _bo = parties
    await into_call(doc, ann)
    pid = ann.pid
    await doc.session.moderation.send_to_lobby(pid)
    await eventually(lambda: ann.session.state is CallState.WAITING, what="patient back in the lobby")
    assert ann.events.of(HostActionApplied)[-1].action is HostAction.SENT_TO_LOBBY
    await doc.events.wait_for(QueueChanged, lambda e: any(x.participant_id == pid for x in e.entries))
    assert doc.session.state is CallState.IN_CALL  # the host stays in the call to admit again
    await doc.session.admit(pid)
    await eventually(lambda: ann.session.state is CallState.IN_CALL, what="admitted again")
    assert ann.session.history == [
        CallState.IDLE,
        CallState.WAITING,
        CallState.CONNECTING,
        CallState.IN_CALL,
        CallState.WAITING,
        CallState.CONNECTING,
        CallState.IN_CALL,
    ]
    assert doc.events.of(RoomStateChanged), "the host gets room state"


async def test_chat_reaches_everyone_in_the_call(parties) -> None:
    doc, ann, _bo = parties
    await into_call(doc, ann)
    await doc.session.moderation.chat_send("Hello Ann")
    line = await ann.events.wait_for(ChatReceived)
    assert (line.name, line.text, line.own) == ("Dr. Host", "Hello Ann", False)
    mine = await doc.events.wait_for(ChatReceived)
    assert mine.own


async def test_ringing_a_patient_who_has_the_room_open(parties) -> None:
    doc, ann, _bo = parties
    await doc.session.login_test("Dr. Host")
    room = await doc.session.create_room("Ringing")
    await ann.session.login_test("Ann Ring")
    await ann.session.open_room(room.code)
    nearby = await doc.events.wait_for(NearbyChanged, lambda e: any(p.name == "Ann Ring" for p in e.patients))
    user_id = next(p.user_id for p in nearby.patients if p.name == "Ann Ring")
    await doc.session.moderation.ring(user_id)
    ringing = await ann.events.wait_for(RingingReceived)
    assert ringing.host_name == "Dr. Host"
    await ann.session.moderation.answer_ring(True)
    answered = await doc.events.wait_for(RingAnswerReceived)
    assert (answered.user_id, answered.accepted) == (user_id, True)
    await ann.session.knock(PrecallSummary())  # "Join call"
    await doc.events.wait_for(QueueChanged, lambda e: any(x.name == "Ann Ring" for x in e.entries))


async def test_a_soft_mute_the_patient_undoes_is_heard_again(parties) -> None:
    doc, ann, _bo = parties
    await into_call(doc, ann)
    await eventually(lambda: doc.played[0] > 20, what="host hears the patient")
    await doc.session.moderation.moderate(ann.pid, audio=MediaControl.MUTE)
    await ann.events.wait_for(HostActionApplied, lambda e: e.action is HostAction.MUTED)
    assert ann.session.microphone_enabled is False
    await eventually(lambda: not doc.session.moderation.audio_allowed(ann.pid), what="muted in room state")
    ann.session.set_microphone_enabled(True)  # allowed: a soft mute
    await eventually(lambda: doc.session.moderation.audio_allowed(ann.pid), what="room state says heard")
    assert await played_during(doc, 1.0) > 10

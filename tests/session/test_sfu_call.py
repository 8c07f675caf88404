"""A consultation in a media-server room, against an in-memory media server of real aiortc peers:
it publishes its audio and video once, plays the room's one mixed voice, receives the last-N
pictures (and changes them as people talk), makes every link again after ``sfu_moved`` without
knocking, and tries its refused picture again when the room state changes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.core.protocol import (
    Admitted,
    Participant,
    Role,
    SfuFeed,
    SfuFeeds,
    SfuMoved,
    SfuPublish,
    SfuSubscribe,
    SfuTalking,
    SfuUnsubscribe,
)
from app.core.protocol.moderation import MediaControl, Moderated, ParticipantState, RoomState
from app.core.room_types import MediaRoute, RoomType
from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources
from app.session.consultation import ClinicianConsultation, SessionConfig
from app.session.sfu_call import ROOM_VOICE, SfuCallSession
from tests.session.fake_sfu import FakeSfuSignaling, factory
from tests.support.recorder import EventRecorder

ROOM = "r_big"
ME = "p_me"
FEEDS = [f"p_{i}" for i in range(12)]


class Heard:
    """What the speaker got: (voice, frame count)."""

    def __init__(self) -> None:
        self.voices: dict[str, int] = {}

    def play(self, voice: str, frame: Any) -> None:
        del frame
        self.voices[voice] = self.voices.get(voice, 0) + 1


def small_sources(heard: Heard) -> Callable[[FrameSlot], MediaSources]:
    def make(preview: FrameSlot) -> MediaSources:
        sources = MediaSources.synthetic(size=(240, 180), fps=5, preview=preview)
        sources.play_remote_audio = heard.play
        return sources

    return make


def state(pid: str, *, host: bool = False, presenting: bool = False) -> ParticipantState:
    role = Role.CLINICIAN if host else Role.PATIENT
    return ParticipantState(pid, pid, role, host, True, True, presenting=presenting)


async def until(condition: Callable[[], bool], timeout: float = 20) -> None:
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.05)


@pytest.fixture
async def room() -> AsyncIterator[tuple[ClinicianConsultation, FakeSfuSignaling, EventRecorder, Heard]]:
    fake, events, heard = FakeSfuSignaling(), EventRecorder(), Heard()
    consultation = ClinicianConsultation(
        SessionConfig("http://127.0.0.1:9", loopback_only=True),
        events,
        sources_factory=small_sources(heard),
        signaling=factory(fake),  # type: ignore[arg-type]
    )
    await consultation._open_signaling()
    consultation.room_id = ROOM
    try:
        yield consultation, fake, events, heard
    finally:
        await consultation.close()
        await fake.close()


def admit(consultation: ClinicianConsultation, shown: int = 4) -> SfuCallSession:
    consultation.set_view(shown)
    consultation._handle(
        RoomState(
            ROOM, RoomType.ADMIN_LARGE, False, [state(ME, host=True), *map(state, FEEDS)], MediaRoute.SFU
        )
    )
    others = [Participant(pid, pid, Role.PATIENT) for pid in FEEDS]
    consultation._handle(Admitted(ROOM, ME, [], others, MediaRoute.SFU))
    consultation._handle(SfuFeeds(ROOM, [SfuFeed(pid) for pid in FEEDS]))
    call = consultation.call
    assert isinstance(call, SfuCallSession)
    return call


async def test_publishes_once_plays_the_mix_and_receives_the_last_n(room: Any) -> None:
    consultation, fake, _events, heard = room
    call = admit(consultation, shown=4)
    assert consultation.media_route is MediaRoute.SFU
    await until(lambda: consultation.state is CallState.IN_CALL)
    await until(lambda: fake.received["audio"].frames > 0)
    await until(lambda: fake.received["video"].frames > 0)
    assert sorted(m.kind for m in fake.types(SfuPublish)) == ["audio", "video"]
    assert not [m for m in fake.sent if m.TYPE == "signal"]  # nobody offers to a peer
    await until(lambda: heard.voices.get(ROOM_VOICE, 0) > 20)
    assert set(heard.voices) == {ROOM_VOICE}  # one mixed stream, played as the room's voice
    assert call.shown == FEEDS[:4]
    await until(lambda: all(call.remote_slots.get(p) and call.remote_slots[p].count > 0 for p in FEEDS[:4]))
    assert set(call.remote_slots) == set(FEEDS[:4])
    assert sorted(m.feed for m in fake.types(SfuSubscribe)) == FEEDS[:4]


async def test_a_new_speaker_is_received_and_the_least_recent_dropped(room: Any) -> None:
    consultation, fake, _events, _heard = room
    call = admit(consultation, shown=2)
    await until(lambda: fake.open_subscriptions() == {"p_0", "p_1"})
    consultation._handle(SfuTalking(ROOM, "p_9", True))
    await until(lambda: fake.open_subscriptions() == {"p_9", "p_0"})
    assert [m.feed for m in fake.types(SfuUnsubscribe)] == ["p_1"]
    assert call.focus == "p_9"
    await until(lambda: call.remote_slots.get("p_9") is not None and call.remote_slots["p_9"].count > 0)
    assert "p_1" not in call.remote_slots
    consultation._handle(SfuTalking(ROOM, "p_9", False))
    consultation._handle(SfuTalking(ROOM, "p_5", True))
    await until(lambda: fake.open_subscriptions() == {"p_5", "p_9"})


async def test_hosts_and_presenter_are_always_received(room: Any) -> None:
    consultation, fake, _events, _heard = room
    call = admit(consultation, shown=1)
    people = [state(ME, host=True), state("p_3", host=True), state("p_7", presenting=True)]
    consultation._handle(
        RoomState(ROOM, RoomType.ADMIN_LARGE, False, [*people, state("p_0")], MediaRoute.SFU)
    )
    await until(lambda: fake.open_subscriptions() == {"p_7", "p_3"})
    assert call.shown == ["p_7", "p_3"]


async def test_moved_makes_every_link_again_without_knocking(room: Any) -> None:
    consultation, fake, _events, _heard = room
    call = admit(consultation, shown=2)
    await until(
        lambda: consultation.state is CallState.IN_CALL and fake.open_subscriptions() == {"p_0", "p_1"}
    )
    first = dict(call.links)
    consultation._handle(SfuMoved(ROOM))
    await until(lambda: len(fake.types(SfuPublish)) == 4 and len(fake.types(SfuSubscribe)) == 4)
    await until(lambda: set(call.links) == {"audio", "video", "p_0", "p_1"} and not call.media_down)
    assert all(call.links[key] is not first[key] for key in first)
    assert not [m for m in fake.sent if m.TYPE in ("knock", "join_call")]
    assert consultation.state is CallState.IN_CALL


async def test_a_refused_picture_is_published_once_the_host_lets_one_speak(room: Any) -> None:
    consultation, fake, _events, _heard = room
    fake.refuse[("sfu_publish", "video")] = ErrorCode.FORBIDDEN  # an auditorium guest, not let speak
    call = admit(consultation, shown=1)
    await until(lambda: "audio" in call.links and call.links["audio"].connected)
    assert "video" not in call.links
    muted = ParticipantState(ME, ME, Role.PATIENT, False, False, True, audio_control=MediaControl.MUTE)
    hand = ParticipantState("p_0", "p_0", Role.PATIENT, False, False, True, hand_raised=True)
    for _ in range(3):  # room states while not let speak (hands going up): no new attempt each time
        consultation._handle(RoomState(ROOM, RoomType.AUDITORIUM_SMALL, False, [muted, hand], MediaRoute.SFU))
    await asyncio.sleep(0.5)
    assert [m.kind for m in fake.types(SfuPublish)].count("video") == 1
    del fake.refuse[("sfu_publish", "video")]
    consultation._handle(RoomState(ROOM, RoomType.AUDITORIUM_SMALL, False, [state(ME)], MediaRoute.SFU))
    await until(lambda: fake.received["video"].frames > 0)
    assert [m.kind for m in fake.types(SfuPublish)].count("video") == 2


async def test_host_mute_and_video_off_stop_what_is_sent(room: Any) -> None:
    consultation, fake, _events, _heard = room
    admit(consultation, shown=1)
    await until(lambda: fake.received["video"].frames > 0)
    consultation._handle(Moderated(ROOM, audio=MediaControl.HARD_MUTE, video=MediaControl.MUTE))
    assert not consultation.microphone_enabled and not consultation.camera_enabled
    assert consultation._media.sources is not None
    assert not consultation._media.sources.audio.enabled and not consultation._media.sources.video.enabled


async def test_a_feed_listed_before_it_is_published_is_received_once_it_is(room: Any) -> None:
    consultation, fake, _events, _heard = room
    fake.published.discard("p_1")  # listed in sfu_feeds, its picture not yet at the media server
    admit(consultation, shown=2)
    await until(lambda: any(m.feed == "p_1" for m in fake.types(SfuSubscribe)))
    assert "p_1" not in fake.open_subscriptions()
    fake.published.add("p_1")
    await until(lambda: fake.open_subscriptions() == {"p_0", "p_1"})

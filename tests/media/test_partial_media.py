"""A participant without a camera or a microphone: every client takes them, and they send nothing.

Issue 11, finding 2. Real aiortc over loopback: a foreign peer that offers audio only (or video only)
calls a Samtale ``CallSession`` and gets an answer; a Samtale side whose camera is missing sends no
video packet at all (no test pattern, no black), while audio flows both ways.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest
from aiortc import MediaStreamTrack, RTCConfiguration, RTCPeerConnection, RTCSessionDescription
from aiortc.contrib.media import MediaRelay

from app.core.protocol import Admitted, Participant, Role, SignalPayload
from app.media.absent import AbsentTrack
from app.media.frame_slot import FrameSlot
from app.media.sink import TrackDrain
from app.media.sources import MediaSources
from app.media.switchable import SwitchableTrack
from app.media.synthetic_audio import ToneAudioTrack
from app.media.synthetic_video import PatternVideoTrack
from app.session.call import CallSession

SIZE = (320, 240)


async def until(condition: Callable[[], bool], limit_s: float = 10.0) -> None:
    async with asyncio.timeout(limit_s):
        while not condition():
            await asyncio.sleep(0.05)


class Foreign:
    """Another WebRTC client that offers only ``kinds`` (sendrecv) and drains what it gets."""

    def __init__(self, kinds: tuple[str, ...]) -> None:
        self.pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        self.drains: dict[str, TrackDrain] = {}
        self.tracks: list[MediaStreamTrack] = []
        for kind in kinds:
            track: MediaStreamTrack = ToneAudioTrack() if kind == "audio" else PatternVideoTrack(SIZE, 15)
            self.tracks.append(track)
            self.pc.addTransceiver(track, direction="sendrecv")

        @self.pc.on("track")
        def on_track(track: MediaStreamTrack) -> None:
            self.drains[track.kind] = TrackDrain(track)

    async def offer(self) -> str:
        await self.pc.setLocalDescription(await self.pc.createOffer())
        return str(self.pc.localDescription.sdp)

    async def close(self) -> None:
        for drain in self.drains.values():
            await drain.close()
        for track in self.tracks:
            track.stop()
        await self.pc.close()


@asynccontextmanager
async def clinician_call(sources: MediaSources) -> AsyncIterator[tuple[CallSession, list[SignalPayload]]]:
    sent: list[SignalPayload] = []

    async def send(to: str, payload: SignalPayload) -> None:
        del to
        sent.append(payload)

    call = CallSession(sources, MediaRelay(), send, lambda _change: None, FrameSlot())
    try:
        yield call, sent
    finally:
        await call.close()
        sources.close()


@pytest.mark.parametrize("kinds", [("audio",), ("video",)], ids=["audio-only", "video-only"])
async def test_a_caller_offering_one_kind_only_gets_an_answer_and_media_flows(kinds: tuple[str, ...]) -> None:
    foreign = Foreign(kinds)
    async with clinician_call(MediaSources.synthetic(size=SIZE, fps=15)) as (call, sent):
        try:
            call.signal("caller", SignalPayload(kind="offer", sdp=await foreign.offer()))
            await until(lambda: bool(sent))  # before the fix: ValueError in createAnswer, no answer
            (answer,) = sent
            assert answer.kind == "answer" and answer.sdp
            kind = kinds[0]
            other = "video" if kind == "audio" else "audio"
            assert f"m={other}" not in answer.sdp  # nothing added that was not offered
            await foreign.pc.setRemoteDescription(RTCSessionDescription(sdp=answer.sdp, type="answer"))
            await until(lambda: (d := call.drain("caller", kind)) is not None and d.frames >= 10)
            await until(lambda: kind in foreign.drains and foreign.drains[kind].frames >= 10)
            assert call.drain("caller", other) is None
            assert call.links["caller"].connection_state == "connected"
        finally:
            await foreign.close()


def without_camera() -> MediaSources:
    """What a person with a microphone and no camera sends (no ``--synthetic-media``)."""
    preview = FrameSlot()
    return MediaSources(SwitchableTrack(ToneAudioTrack(330)), SwitchableTrack(AbsentTrack("video")), preview)


async def _connect(a: CallSession, b: CallSession, a_sent: list[Any], b_sent: list[Any]) -> None:
    a.admitted(Admitted(room_id="r", participant_id="a", ice_servers=[],
                        participants=[Participant("b", "B", Role.PATIENT)]))  # fmt: skip
    await until(lambda: bool(a_sent))
    b.signal("a", a_sent[0])
    await until(lambda: bool(b_sent))
    a.signal("b", b_sent[0])


async def video_packets_sent(call: CallSession, participant: str) -> int:
    report = await call.links[participant].pc.getStats()
    return sum(
        getattr(stat, "packetsSent", 0) for stat in report.values()
        if stat.type == "outbound-rtp" and stat.kind == "video"
    )  # fmt: skip


async def test_without_a_camera_nothing_is_sent_for_video_not_even_when_turned_off_and_audio_flows() -> None:
    sources = without_camera()
    assert sources.missing == (True, False)
    async with (
        clinician_call(sources) as (no_camera, a_sent),
        clinician_call(MediaSources.synthetic(size=SIZE, fps=15)) as (other, b_sent),
    ):
        await _connect(no_camera, other, a_sent, b_sent)
        await until(lambda: (d := other.drain("a", "audio")) is not None and d.frames >= 25)
        await until(lambda: (d := no_camera.drain("b", "video")) is not None and d.frames >= 10)
        sources.video.enabled = False  # camera "off" must not start black filler either
        await asyncio.sleep(1.0)
        video = other.drain("a", "video")
        assert video is None or video.frames == 0  # no test pattern, no black
        assert await video_packets_sent(no_camera, "b") == 0
        assert await video_packets_sent(other, "a") > 0
        # A camera plugged in during the call is sent at once, without renegotiation.
        told: list[tuple[bool, bool]] = []
        sources.missing_listeners.append(lambda camera, microphone: told.append((camera, microphone)))
        sources.video.enabled = True
        sources.video.replace_source(PatternVideoTrack(SIZE, 15))
        assert told == [(False, False)]
        await until(lambda: (d := other.drain("a", "video")) is not None and d.frames >= 10)

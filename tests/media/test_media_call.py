"""A real aiortc call in one process over loopback: stamps, latency, tone, mute and camera-off."""

from __future__ import annotations

import asyncio
import re
import statistics
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import av
import pytest
from aiortc import RTCConfiguration, RTCPeerConnection

from app.media.analysis import dominant_frequency, rms_dbfs
from app.media.codecs import prefer_video_codec
from app.media.frame_slot import FrameSlot
from app.media.sink import TrackDrain
from app.media.sources import MediaSources
from app.media.stamp import Stamp, read_stamp_frame, wall_clock_ms


@dataclass
class Receiver:
    """The answering side: drains every remote track and records each video frame's stamp."""

    slot: FrameSlot = field(default_factory=FrameSlot)
    drains: dict[str, TrackDrain] = field(default_factory=dict)
    stamps: list[tuple[Stamp | None, int]] = field(default_factory=list)
    means: list[float] = field(default_factory=list)
    both_tracks: asyncio.Event = field(default_factory=asyncio.Event)

    def on_video_frame(self, frame: av.frame.Frame) -> None:
        assert isinstance(frame, av.VideoFrame)
        self.stamps.append((read_stamp_frame(frame), wall_clock_ms()))
        self.means.append(float(frame.to_ndarray(format="gray").mean()))


@dataclass
class Call:
    codec: str
    sender: RTCPeerConnection
    receiver_pc: RTCPeerConnection
    sources: MediaSources
    receiver: Receiver


@pytest.fixture
async def call(request: pytest.FixtureRequest) -> AsyncIterator[Call]:
    codec: str = request.param
    sender = RTCPeerConnection(RTCConfiguration(iceServers=[]))
    receiver_pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
    sources = MediaSources.synthetic(size=(640, 480), fps=30, tone_hz=440)
    receiver = Receiver()

    @receiver_pc.on("track")
    def on_track(track: object) -> None:
        assert hasattr(track, "kind")
        if track.kind == "video":
            receiver.drains["video"] = TrackDrain(track, slot=receiver.slot, on_frame=receiver.on_video_frame)
        else:
            receiver.drains["audio"] = TrackDrain(track)
        if set(receiver.drains) == {"audio", "video"}:
            receiver.both_tracks.set()

    sender.addTrack(sources.audio)
    sender.addTrack(sources.video)
    video_transceiver = next(t for t in sender.getTransceivers() if t.kind == "video")
    prefer_video_codec(video_transceiver, codec)
    await sender.setLocalDescription(await sender.createOffer())
    await receiver_pc.setRemoteDescription(sender.localDescription)
    await receiver_pc.setLocalDescription(await receiver_pc.createAnswer())
    await sender.setRemoteDescription(receiver_pc.localDescription)
    try:
        yield Call(codec, sender, receiver_pc, sources, receiver)
    finally:
        for drain in receiver.drains.values():
            await drain.close()
        sources.close()
        await sender.close()
        await receiver_pc.close()
        assert all(drain.ended for drain in receiver.drains.values())


def host_candidates(sdp: str) -> list[str]:
    return re.findall(r"a=candidate:\S+ \d+ \S+ \d+ (\S+) \d+ typ", sdp)


async def wait_for(drain: TrackDrain, more: int) -> None:
    async with asyncio.timeout(10):
        await drain.wait_frames(drain.frames + more)


@pytest.mark.parametrize("call", ["VP8", "H264"], indirect=True)
async def test_call_carries_stamped_video_and_the_tone_and_mute_works(call: Call) -> None:
    # Nothing but loopback in either description, and the codec that was asked for.
    for pc in (call.sender, call.receiver_pc):
        sdp = pc.localDescription.sdp
        assert host_candidates(sdp)
        assert set(host_candidates(sdp)) == {"127.0.0.1"}
        assert not re.search(r"typ (srflx|relay)", sdp)
    video_codecs = set(re.findall(r"a=rtpmap:\d+ (\w+)/90000", call.receiver_pc.localDescription.sdp))
    assert video_codecs == {call.codec, "rtx"}

    receiver = call.receiver
    async with asyncio.timeout(10):
        await receiver.both_tracks.wait()
    video, audio = receiver.drains["video"], receiver.drains["audio"]

    # 1. Video flows: the stamp counter advances and the latency is plausible.
    await wait_for(video, 45)
    recent = receiver.stamps[-30:]
    readable = [(stamp, received) for stamp, received in recent if stamp is not None]
    assert len(readable) >= 27
    counters = [stamp.counter for stamp, _ in readable]
    assert counters == sorted(counters)
    assert counters[-1] - counters[0] >= 20
    latencies = [stamp.latency_ms(received) for stamp, received in readable]
    assert 0 <= statistics.median(latencies) < 1000
    assert max(latencies) < 1000
    latest = receiver.slot.peek()
    assert latest is not None
    assert latest.rgb.shape == (480, 640, 3)

    # 2. Audio flows: the tone comes out at its frequency.
    await wait_for(audio, 60)  # 1.2 s of 20 ms frames
    assert audio.recent_audio().size == 48000
    tone = audio.recent_audio()
    assert audio.audio_rate == 48000
    assert dominant_frequency(tone, 48000) == pytest.approx(440.0, abs=3.0)
    assert rms_dbfs(tone) > -30

    # 3. Camera off and mute: black frames without a stamp, digital silence; no renegotiation.
    call.sources.video.enabled = False
    call.sources.audio.enabled = False
    await wait_for(video, 25)  # let frames already in flight pass
    mark = len(receiver.stamps)
    await wait_for(video, 10)
    assert all(stamp is None for stamp, _ in receiver.stamps[mark:])
    assert max(receiver.means[mark:]) < 20
    await asyncio.sleep(0.6)
    assert rms_dbfs(audio.recent_audio()[-19200:]) < -60  # the last 0.4 s

    # 4. Back on: stamps resume where the source left off.
    call.sources.video.enabled = True
    call.sources.audio.enabled = True
    await wait_for(video, 25)
    resumed = [stamp.counter for stamp, _ in receiver.stamps[-10:] if stamp is not None]
    assert len(resumed) >= 8
    assert resumed[0] > counters[-1]
    assert call.sender.signalingState == "stable"
    assert call.sender.connectionState == "connected"

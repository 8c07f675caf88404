"""The sent video follows the link's level: size, frame rate and bitrate fall, audio goes on (real aiortc)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import av
import pytest
from aiortc import RTCConfiguration, RTCPeerConnection

from app.core.link_quality import LEVELS, START_LEVEL, Level
from app.media.rate_control import ShapedVideoTrack, cap_encoder, encoder_bitrate
from app.media.sink import TrackDrain
from app.media.sources import MediaSources
from app.session.call_monitor import CallMonitor
from app.session.diagnostics import DiagnosticsLog, Environment, build_report


@dataclass
class Seen:
    sizes: list[tuple[int, int]] = field(default_factory=list)
    audio: int = 0
    drains: list[TrackDrain] = field(default_factory=list)


@dataclass
class Link:
    sender: RTCPeerConnection
    receiver: RTCPeerConnection
    shaped: ShapedVideoTrack
    seen: Seen
    sources: MediaSources


@pytest.fixture
async def link() -> AsyncIterator[Link]:
    sender = RTCPeerConnection(RTCConfiguration(iceServers=[]))
    receiver = RTCPeerConnection(RTCConfiguration(iceServers=[]))
    sources = MediaSources.synthetic(size=(640, 480), fps=30, tone_hz=440)
    shaped = ShapedVideoTrack(sources.video)
    seen = Seen()

    def video(frame: av.frame.Frame) -> None:
        assert isinstance(frame, av.VideoFrame)
        seen.sizes.append((frame.width, frame.height))

    def audio(frame: av.frame.Frame) -> None:
        seen.audio += 1

    @receiver.on("track")
    def on_track(track: object) -> None:
        assert hasattr(track, "kind")
        seen.drains.append(TrackDrain(track, on_frame=video if track.kind == "video" else audio))  # type: ignore[arg-type]

    sender.addTrack(sources.audio)
    sender.addTrack(shaped)
    await sender.setLocalDescription(await sender.createOffer())
    await receiver.setRemoteDescription(sender.localDescription)
    await receiver.setLocalDescription(await receiver.createAnswer())
    await sender.setRemoteDescription(receiver.localDescription)
    try:
        yield Link(sender, receiver, shaped, seen, sources)
    finally:
        for drain in seen.drains:
            await drain.close()
        sources.close()
        await sender.close()
        await receiver.close()


async def frames_over(seen: Seen, seconds: float) -> list[tuple[int, int]]:
    start = len(seen.sizes)
    await asyncio.sleep(seconds)
    return seen.sizes[start:]


def video_sender(pc: RTCPeerConnection):  # type: ignore[no-untyped-def]
    return next(s for s in pc.getSenders() if s.track is not None and s.track.kind == "video")


async def test_each_level_sends_smaller_slower_video_and_audio_only_sends_none(link: Link) -> None:
    async with asyncio.timeout(10):
        while len(link.seen.sizes) < 10:
            await asyncio.sleep(0.05)
    full = await frames_over(link.seen, 1.0)
    assert full[-1] == (640, 480) and len(full) >= 20

    link.shaped.limit = LEVELS[Level.LOW]
    assert cap_encoder(video_sender(link.sender), LEVELS[Level.LOW].max_kbps)
    await asyncio.sleep(0.5)
    low = await frames_over(link.seen, 2.0)
    assert low and all(size == (320, 240) for size in low)
    assert 14 <= len(low) <= 24  # 10 a second
    bitrate = encoder_bitrate(video_sender(link.sender))
    assert bitrate is not None and bitrate <= 150_000  # below aiortc's own 250 kbit/s floor

    audio_before = link.seen.audio
    link.shaped.limit = LEVELS[Level.AUDIO_ONLY]
    await asyncio.sleep(0.5)
    assert await frames_over(link.seen, 1.5) == []
    assert link.seen.audio - audio_before >= 75  # 20 ms frames: the sound went on

    link.shaped.limit = LEVELS[Level.FULL]
    cap_encoder(video_sender(link.sender), None)
    async with asyncio.timeout(5):
        while not link.seen.sizes or link.seen.sizes[-1] != (640, 480):
            await asyncio.sleep(0.05)


async def test_the_monitor_samples_the_link_and_grades_it(link: Link) -> None:
    told = []
    monitor = CallMonitor(told.append, period_s=0.5)
    monitor.attach("p1", link.sender, link.shaped)
    try:
        async with asyncio.timeout(20):
            while len(monitor.history.get("p1", ())) < 16:
                await asyncio.sleep(0.1)
        samples = list(monitor.history["p1"])
        assert samples[-1].sent_kbps > 50 and samples[-1].video_sent_kbps > 0
        # 30 fps offered; a loaded machine encodes fewer (11.7 seen), an idle one about 30
        assert samples[-1].fps_out is not None and samples[-1].fps_out > 5
        assert any(s.rtt_s is not None for s in samples)
        assert monitor.candidates["p1"]["local"] == ["host"]
        assert told and told[-1].participant_id == "p1"
        rule = monitor.rule("p1")
        # A clean link climbs from where a new link starts to full and never steps down.
        assert rule is not None and rule.history == [START_LEVEL, Level.FULL]
        # The support report from this real link: figures and candidate types, no address or secret.
        log = DiagnosticsLog()
        log.watch(monitor)
        text = build_report(log, Environment(role="patient"))
        assert "ICE candidate types here host; there host" in text
        assert "127.0.0.1" not in text
        sdp = link.sender.localDescription.sdp
        secrets = [
            line.split(":", 1)[1]
            for line in sdp.splitlines()
            if line.startswith(("a=ice-ufrag", "a=ice-pwd"))
        ]
        fingerprint = next(line for line in sdp.splitlines() if line.startswith("a=fingerprint"))
        for secret in [*secrets, fingerprint.split()[-1]]:
            assert secret not in text
    finally:
        await monitor.close()
        await monitor.close()

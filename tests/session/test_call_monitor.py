"""CallMonitor wiring with an in-memory link: reports in, levels applied to the sent video, verdicts out."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from app.core.call_quality import OWN_LINK_ID, Grade, LinkQuality, Measured, Reason
from app.core.link_quality import START_LEVEL, UP_AFTER, Level, PoorLink
from app.session.call_monitor import CallMonitor


@dataclass
class Stat:
    type: str
    kind: str = ""
    bytesSent: int = 0
    bytesReceived: int = 0
    roundTripTime: float | None = None
    fractionLost: float | None = None
    packetsLost: int = 0
    packetsReceived: int = 0
    jitter: int = 0


@dataclass
class Shaped:
    limit: Any = None
    handed: int = 0


@dataclass
class FakePc:
    """What the monitor reads of an RTCPeerConnection; ``rtt`` and ``lost`` are what RTCP says next."""

    rtt: float = 0.3
    lost: float = 0.0
    sent: int = 0
    connectionState: str = "connected"
    senders: list[Any] = field(default_factory=list)

    async def getStats(self) -> dict[str, Stat]:
        self.sent += 40_000
        report = {"t": Stat("transport", bytesSent=self.sent, bytesReceived=self.sent)}
        for kind in ("audio", "video"):
            report[f"ri-{kind}"] = Stat(
                "remote-inbound-rtp", kind, roundTripTime=self.rtt, fractionLost=self.lost * 256
            )
            report[f"out-{kind}"] = Stat("outbound-rtp", kind, bytesSent=self.sent // 2)
        return report

    def getSenders(self) -> list[Any]:
        return self.senders

    def getTransceivers(self) -> list[Any]:
        return []


async def until(condition: Any, timeout: float = 5.0) -> None:
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.005)


async def test_a_queue_steps_the_sent_video_down_and_offers_audio_only() -> None:
    told: list[LinkQuality] = []
    monitor = CallMonitor(told.append, poor_link=PoorLink.OFFER, period_s=0.01)
    pc, shaped = FakePc(), Shaped()
    monitor.attach("p", pc, shaped)  # type: ignore[arg-type]
    try:
        await until(lambda: (r := monitor.rule("p")) is not None and r.level is Level.FULL)
        assert shaped.limit.max_height is None  # full, after a start below it (START_LEVEL)
        pc.rtt = 1.2  # a queue of almost a second
        await until(lambda: bool(told) and told[-1].audio_only_offered)
        rule = monitor.rule("p")
        assert rule is not None
        assert rule.history[:5] == [START_LEVEL, Level.FULL, Level.REDUCED, Level.LOW, Level.MINIMAL]
        assert shaped.limit.max_height == 144
        assert told[-1].audio_only_offered and told[-1].verdict.grade is Grade.POOR
        monitor.choose_audio_only(True)
        assert not shaped.limit.video and told[-1].level is Level.AUDIO_ONLY
        monitor.choose_audio_only(False)
        assert shaped.limit.video and told[-1].level is Level.MINIMAL
        assert len(monitor.history["p"]) >= 10
    finally:
        await monitor.close()
        await monitor.close()


async def test_a_link_that_is_not_connected_is_not_sampled() -> None:
    monitor = CallMonitor(period_s=0.01)
    pc = FakePc(connectionState="connecting")
    monitor.attach("p", pc, None)  # type: ignore[arg-type]
    await asyncio.sleep(0.1)
    assert "p" not in monitor.history
    monitor.detach("p")
    await monitor.close()


async def test_a_rebuilt_link_keeps_the_level_its_link_had_reached() -> None:
    """Seen in CI: aiortc closed a congested link after 34 s, link repair rebuilt it, and the new link
    started again at full video, sending into the same narrow path."""
    monitor = CallMonitor(period_s=0.01)
    pc, shaped = FakePc(rtt=1.2), Shaped()
    monitor.attach("p", pc, shaped)  # type: ignore[arg-type]
    try:
        await until(lambda: (r := monitor.rule("p")) is not None and r.level is Level.LOW)
        monitor.detach("p")  # the link is rebuilt: a new peer connection and track
        again = Shaped()
        monitor.attach("p", FakePc(rtt=1.2), again)  # type: ignore[arg-type]
        rule = monitor.rule("p")
        assert rule is not None and rule.history[0] in (Level.LOW, Level.MINIMAL)
        assert again.limit.max_height is not None and again.limit.max_height <= 240
        monitor.detach("p", gone=True)  # left: a newcomer with that id starts afresh
        monitor.attach("p", FakePc(), Shaped())  # type: ignore[arg-type]
        assert (r := monitor.rule("p")) is not None and r.history[0] is START_LEVEL
    finally:
        await monitor.close()


async def test_a_new_link_starts_below_full_and_a_clear_one_climbs_to_full() -> None:
    """Issue 12: new links started at full and filled a 500 kbit/s path's queue before the first round
    trip was reported; the sound waited behind the picture. (This link reports no bandwidth estimate,
    so it climbs at the usual pace; the quick climb is the rule's, tests/core/test_link_quality.py.)"""
    monitor = CallMonitor(period_s=0.01)
    pc, shaped = FakePc(rtt=0.05), Shaped()
    monitor.attach("p", pc, shaped)  # type: ignore[arg-type]
    try:
        assert shaped.limit.max_height == 360  # START_LEVEL: reduced
        await until(lambda: shaped.limit.max_height is None)  # full
        assert len(monitor.history["p"]) <= UP_AFTER + 2
    finally:
        await monitor.close()


async def test_links_shown_as_one_take_each_measures_worst_and_only_the_steering_one_steps_down() -> None:
    """A media-server room: the audio and video publications are one verdict, "your own link"; the audio
    link's round trip is left out (round_trip=False), and only the video link steers the rate rule."""
    told: list[LinkQuality] = []
    monitor = CallMonitor(told.append, period_s=0.01)
    audio, video_pc, shaped = FakePc(rtt=3.6, lost=0.1), FakePc(rtt=0.05), Shaped()
    own = {"shown_as": OWN_LINK_ID, "measured": Measured.OWN_LINK}
    monitor.attach("video", video_pc, shaped, **own)  # type: ignore[arg-type]
    try:
        await until(lambda: len(monitor.history.get("video", ())) >= 3)
        monitor.attach("audio", audio, None, steer=False, round_trip=False, **own)  # type: ignore[arg-type]
        await until(lambda: bool(told) and told[-1].verdict.grade is Grade.POOR, timeout=10)
        last = told[-1]
        assert {q.participant_id for q in told} == {OWN_LINK_ID} and last.measured is Measured.OWN_LINK
        assert last.verdict.reading.loss is not None and last.verdict.reading.loss >= 0.09  # the audio link's
        assert last.verdict.reading.rtt_s is not None and last.verdict.reading.rtt_s < 0.1  # the video link's
        assert last.verdict.reasons == (Reason.LOSS,)
        await until(lambda: len(monitor.history["audio"]) >= 8)
        audio_rule, video_rule = monitor.rule("audio"), monitor.rule("video")
        assert audio_rule is not None and audio_rule.history == [START_LEVEL]  # fed nothing: steers nothing
        assert video_rule is not None  # the video link itself is clear: never below where it started
        assert all(level in (START_LEVEL, Level.FULL) for level in video_rule.history)
    finally:
        await monitor.close()

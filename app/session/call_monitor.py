"""Watches every link of a call once a second: fits the sent video to it and grades how it goes.

``CallSession`` gives each new link to ``attach`` (with the ``ShapedVideoTrack`` it sends through),
tells ``arrived`` of every remote frame and ``detach``es a link it drops. Each second ``CallMonitor``
reads the link's ``getStats``, makes a ``StatsSample`` (``call_stats``), feeds the sender's loss and
round-trip time to that link's ``RateRule`` (``app/core/link_quality.py``), applies the level to the
shaping track and the encoder cap (``app/media/rate_control.py``), keeps the video's resends within
bounds (``app/media/retransmit_limit.py``) and the round trip measured behind a queue
(``app/media/round_trip.py``), grades the link
(``app/core/call_quality.py``) and tells ``on_quality`` when the grade, the level or the audio-only
offer changed. A link may be watched without steering (``steer=False``: only measured and graded, as
a media-server room's receive-only pictures and its audio link are), and several links may be shown as
one (``shown_as``: a media-server room's audio and video publications are "your own link"): their
verdict takes each measure's worst. The last ``KEEP`` samples of every link stay for the diagnostics
report, with the ICE candidate types (never addresses). ``close()`` is idempotent.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.core.call_quality import LinkQuality, Measured, QualityReading, grade
from app.core.link_quality import START_LEVEL, Level, LinkSample, PoorLink, RateRule
from app.media.rate_control import ShapedVideoTrack, bandwidth_estimate, cap_encoder
from app.media.retransmit_limit import limit_retransmissions
from app.media.round_trip import keep_round_trips
from app.session.call_stats import Arrivals, StatsReader, StatsSample
from app.session.tasks import TaskOwner

log = logging.getLogger(__name__)

KEEP = 3600  # an hour of seconds per link
WINDOW = 3  # seconds the indicator averages over


@dataclass(slots=True)
class Watched:
    pc: Any  # RTCPeerConnection
    video: ShapedVideoTrack | None
    rule: RateRule
    reader: StatsReader = field(default_factory=StatsReader)
    arrivals: Arrivals = field(default_factory=Arrivals)
    samples: deque[StatsSample] = field(default_factory=lambda: deque(maxlen=WINDOW))
    picture: bool = True  # what the other side was last told: the picture goes out (False: paused)
    steer: bool = True  # the rate rule follows this link (False: only measured and graded)
    shown_as: str = ""  # the verdict's participant id (links with the same one are graded together)
    measured: Measured = Measured.PEER
    round_trip: bool = True  # False: this link's round trip is not graded (not trustworthy there)


def candidate_types(pc: Any) -> dict[str, list[str]]:
    """The ICE candidate types (host, srflx, relay, prflx) on each side of ``pc``; never addresses."""
    local: set[str] = set()
    remote: set[str] = set()
    for transceiver in pc.getTransceivers():
        ice = getattr(getattr(transceiver.sender, "transport", None), "transport", None)
        if ice is None:
            continue
        with contextlib.suppress(Exception):
            local.update(str(c.type) for c in ice.iceGatherer.getLocalCandidates())
            remote.update(str(c.type) for c in ice.getRemoteCandidates())
    return {"local": sorted(local), "remote": sorted(remote)}


def _is_video(sender: Any) -> bool:
    return sender.track is not None and sender.track.kind == "video"


def _mean(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def _reading(recent: list[StatsSample], audio_only: bool, round_trip: bool = True) -> QualityReading:
    """One link's last seconds, averaged (without its round trip unless ``round_trip``)."""
    return QualityReading(
        loss=_mean([s.loss for s in recent]),
        rtt_s=_mean([s.rtt_s for s in recent]) if round_trip else None,
        jitter_s=_mean([s.jitter_s for s in recent]),
        fps=_mean([s.fps_in for s in recent]),
        audio_only=audio_only,
    )


def _worst(readings: list[QualityReading]) -> QualityReading:
    """Links shown as one: each measure at its worst (most loss, longest round trip, lowest frame rate)."""
    if len(readings) == 1:
        return readings[0]

    def most(values: list[float | None]) -> float | None:
        known = [v for v in values if v is not None]
        return max(known) if known else None

    rates = [r.fps for r in readings if r.fps is not None]
    return QualityReading(
        loss=most([r.loss for r in readings]),
        rtt_s=most([r.rtt_s for r in readings]),
        jitter_s=most([r.jitter_s for r in readings]),
        fps=min(rates) if rates else None,
        audio_only=any(r.audio_only for r in readings),
    )


class CallMonitor:
    def __init__(
        self,
        on_quality: Callable[[LinkQuality], None] = lambda quality: None,
        *,
        poor_link: PoorLink = PoorLink.OFFER,
        period_s: float = 1.0,
    ) -> None:
        self._on_quality = on_quality
        self._poor_link = poor_link
        self._period = period_s
        self._links: dict[str, Watched] = {}
        # participant id -> samples, kept over a renegotiation and after they left, for the report
        self.history: dict[str, deque[StatsSample]] = {}
        self.candidates: dict[str, dict[str, list[str]]] = {}
        self._shown: dict[str, LinkQuality] = {}  # the verdict last told, per participant id shown
        self._tasks = TaskOwner("call-monitor")
        self._started = False
        # The one audio-only state of the call: the person chose it (the rule's offer, or the recovery
        # choice "Continue with audio only"); links made or rebuilt meanwhile start without the picture.
        self.audio_only = False
        # The level a closed (to be rebuilt) link had reached; AUDIO_ONLY: its picture was paused.
        self._kept: dict[str, Level] = {}
        # Told when a link's picture stops or starts going out: (participant id, paused).
        self.on_picture: Callable[[str, bool], None] = lambda participant_id, paused: None

    @property
    def picture_paused(self) -> bool:
        """Whether the picture is paused on any link (the rule's ``audio_only`` level)."""
        return any(w.rule.level is Level.AUDIO_ONLY for w in self._links.values())

    def attach(
        self,
        participant_id: str,
        pc: Any,
        video: ShapedVideoTrack | None,
        *,
        steer: bool = True,
        shown_as: str | None = None,
        measured: Measured = Measured.PEER,
        round_trip: bool = True,
    ) -> None:
        previous = self._links.get(participant_id)
        kept = self._kept.pop(participant_id, None)  # the level of the link this one rebuilds
        level = previous.rule.level if previous is not None else (kept or START_LEVEL)
        if self.audio_only or kept is Level.AUDIO_ONLY:
            level = Level.AUDIO_ONLY  # a rebuilt link keeps the picture paused, as does a newcomer's
        # A new link starts below full (link_quality.START_LEVEL).
        watched = Watched(
            pc,
            video,
            RateRule(self._poor_link, start=level),
            steer=steer,
            measured=measured,
            round_trip=round_trip,
        )
        watched.shown_as = shown_as or participant_id
        self._links[participant_id] = watched
        self._shown.pop(watched.shown_as, None)  # a new link: its verdict is told again
        self._apply(participant_id, watched)
        if not self._started and not self._tasks.closed:
            self._started = True
            self._tasks.spawn(self._run(), "tick")

    def detach(self, participant_id: str, *, gone: bool = False) -> None:
        """The link is closed (rebuilt, or ``gone``: the participant left and nothing is kept)."""
        watched = self._links.pop(participant_id, None)
        if watched is not None:
            self._shown.pop(watched.shown_as, None)
        if gone:
            self._kept.pop(participant_id, None)
        elif watched is not None:
            self._kept[participant_id] = watched.rule.level  # a rebuilt link goes on at this level

    def arrived(self, participant_id: str, kind: str) -> None:
        watched = self._links.get(participant_id)
        if watched is not None:
            watched.arrivals.arrived(kind)

    def rule(self, participant_id: str) -> RateRule | None:
        watched = self._links.get(participant_id)
        return watched.rule if watched is not None else None

    def choose_audio_only(self, on: bool) -> None:
        """Audio only on every link (True: the rule's offer taken, or the recovery choice), or the picture
        back now (False: *Try the picture again*, the one way back from either)."""
        self.audio_only = on
        if not on:  # a link being rebuilt no longer keeps its picture paused
            self._kept = {p: level for p, level in self._kept.items() if level is not Level.AUDIO_ONLY}
        for participant_id, watched in self._links.items():
            if on:
                watched.rule.choose_audio_only()
            elif watched.rule.level is Level.AUDIO_ONLY:
                watched.rule = RateRule(self._poor_link, start=Level.MINIMAL)
            self._apply(participant_id, watched)
            self._tell(participant_id, watched)

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self._period)
            for participant_id, watched in list(self._links.items()):
                try:
                    await self._tick(participant_id, watched)
                except Exception as exc:  # statistics must never end a call
                    log.debug("monitor tick failed: %s", type(exc).__name__, exc_info=exc)

    async def _tick(self, participant_id: str, watched: Watched) -> None:
        if watched.pc.connectionState != "connected":
            return
        report = await watched.pc.getStats()
        frames_out = watched.video.handed if watched.video is not None else None
        sample = watched.reader.sample(report, watched.arrivals, frames_out, watched.rule.level.value)
        estimate = next((bandwidth_estimate(s) for s in watched.pc.getSenders() if _is_video(s)), None)
        if estimate is not None:
            sample = dataclasses.replace(sample, estimate_kbps=estimate / 1000)
        watched.samples.append(sample)
        self.history.setdefault(participant_id, deque(maxlen=KEEP)).append(sample)
        self.candidates[participant_id] = candidate_types(watched.pc)
        before = watched.rule.level
        video = sample.video_sent_kbps if sample.video_sent_kbps > 0 else None
        if watched.steer:
            watched.rule.feed(LinkSample(sample.loss_out, sample.rtt_s, sample.estimate_kbps, video))
        if watched.rule.level is not before:
            log.info("link level %s -> %s", before.value, watched.rule.level.value)
            if before is Level.AUDIO_ONLY and not self.picture_paused:
                self.audio_only = False  # the link is clear again: the picture came back everywhere
        self._apply(participant_id, watched)
        self._tell(participant_id, watched)

    def _apply(self, participant_id: str, watched: Watched) -> None:
        limit = watched.rule.limit
        if watched.video is not None:
            watched.video.limit = limit
            if watched.picture != limit.video:
                watched.picture = limit.video
                self.on_picture(participant_id, not limit.video)
        for sender in watched.pc.getSenders():
            keep_round_trips(sender)  # the round trip the rule reads, also behind a queue (round_trip.py)
            if _is_video(sender):
                cap_encoder(sender, limit.max_kbps)
                limit_retransmissions(sender)  # a NACK storm must not fill the link (retransmit_limit.py)

    def _tell(self, participant_id: str, watched: Watched) -> None:
        del participant_id
        shown = watched.shown_as
        group = [w for w in self._links.values() if w.shown_as == shown] or [watched]
        steering = next((w for w in group if w.steer), group[0])
        readings = [_reading(list(w.samples), w.rule.level is Level.AUDIO_ONLY, w.round_trip) for w in group]
        quality = LinkQuality(
            shown,
            grade(_worst(readings)),
            steering.rule.level,
            steering.rule.audio_only_offered,
            watched.measured,
        )
        old = self._shown.get(shown)
        if old is None or (old.verdict.grade, old.verdict.reasons, old.level, old.audio_only_offered) != (
            quality.verdict.grade,
            quality.verdict.reasons,
            quality.level,
            quality.audio_only_offered,
        ):
            self._shown[shown] = quality
            self._on_quality(quality)

    def set_on_quality(self, on_quality: Callable[[LinkQuality], None]) -> None:
        """Who is told of each verdict from now on (a media-server call wires its own, sfu_call.py)."""
        self._on_quality = on_quality

    async def close(self) -> None:
        await self._tasks.close()
        self._links.clear()

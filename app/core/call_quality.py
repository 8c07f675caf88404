"""How a call with one participant is going: good, weak or poor, and why, as codes.

``grade`` reads one ``QualityReading`` (what the link to that participant measured over the last few
seconds) against the ``THRESHOLDS`` table: every measure at or past its "poor" value makes the call
poor, past its "weak" value weak; the reasons are the measures that did it, worst first, as ``Reason``
codes that ``app/ui`` puts into words. Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.core.link_quality import Level


class Grade(StrEnum):
    GOOD = "good"
    WEAK = "weak"
    POOR = "poor"
    UNKNOWN = "unknown"  # nothing measured yet


class Reason(StrEnum):
    LOSS = "loss"  # sound and picture are lost on the way
    DELAY = "delay"  # the round trip takes long: people talk over each other
    JITTER = "jitter"  # packets arrive unevenly: sound may stutter
    FRAME_RATE = "frame_rate"  # the picture moves in jerks
    AUDIO_ONLY = "audio_only"  # the picture is paused to keep the sound


@dataclass(frozen=True, slots=True)
class QualityReading:
    """Measured over the last seconds; None: not measured (e.g. no video from them)."""

    loss: float | None = None  # fraction lost, the worse of both directions
    rtt_s: float | None = None
    jitter_s: float | None = None
    fps: float | None = None  # frames a second received from them, when they send video
    audio_only: bool = False


# measure -> (weak at, poor at); for the frame rate lower is worse.
THRESHOLDS: dict[Reason, tuple[float, float]] = {
    Reason.LOSS: (0.02, 0.08),
    Reason.DELAY: (0.3, 0.7),
    Reason.JITTER: (0.03, 0.08),
    Reason.FRAME_RATE: (12.0, 5.0),
}


@dataclass(frozen=True, slots=True)
class Verdict:
    grade: Grade
    reasons: tuple[Reason, ...]
    reading: QualityReading


def _severity(reason: Reason, value: float) -> int:
    weak, poor = THRESHOLDS[reason]
    if reason is Reason.FRAME_RATE:
        return 2 if value < poor else 1 if value < weak else 0
    return 2 if value >= poor else 1 if value >= weak else 0


def grade(reading: QualityReading) -> Verdict:
    values = {
        Reason.LOSS: reading.loss,
        Reason.DELAY: reading.rtt_s,
        Reason.JITTER: reading.jitter_s,
        Reason.FRAME_RATE: None if reading.audio_only else reading.fps,
    }
    found = [(reason, _severity(reason, value)) for reason, value in values.items() if value is not None]
    if not found and not reading.audio_only:
        return Verdict(Grade.UNKNOWN, (), reading)
    worst = max((severity for _, severity in found), default=1)
    if reading.audio_only:
        worst = max(worst, 1)
    reasons = [reason for reason, severity in sorted(found, key=lambda f: -f[1]) if severity > 0]
    if reading.audio_only:
        reasons.append(Reason.AUDIO_ONLY)
    return Verdict((Grade.GOOD, Grade.WEAK, Grade.POOR)[worst], tuple(reasons), reading)


class Measured(StrEnum):
    """Which way a verdict was measured: what it can and cannot say."""

    PEER = "peer"  # the link between us and them, end to end (a peer-to-peer room)
    OWN_LINK = "own_link"  # our own links to the media server: our voice and picture out, the mix back
    FROM_SERVER = "from_server"  # one picture's way from the media server to us: not their uplink, no delay


OWN_LINK_ID = "own-link"  # the ``participant_id`` of the verdict on our own links to the media server


@dataclass(frozen=True, slots=True)
class LinkQuality:
    """What the indicator shows for one participant: the verdict, the video level sent to them, and
    whether audio only is offered; ``measured`` says which way the verdict was measured."""

    participant_id: str
    verdict: Verdict
    level: Level
    audio_only_offered: bool
    measured: Measured = Measured.PEER

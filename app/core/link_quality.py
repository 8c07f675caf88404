"""How a call fits its media to the link: the sender's rate rule, written as data.

Once a second each link gives a ``LinkSample`` measured by the sender: loss and round-trip time from the
other side's RTCP receiver reports, and the other side's bandwidth estimate for our video (REMB, as
aiortc receives it) next to the video rate we sent. ``judge`` turns it into ``Link.CLEAR``, ``HOLD`` or
``CONGESTED``: a queue building on the path (round-trip time above the lowest seen in this call by more
than ``QUEUE_S``), an estimate below ``OVERUSE`` of what we send (the receiver saw the delay grow), or
heavy loss (at least ``CONGESTED_LOSS``) is congestion. Random loss alone below that (a lossy radio
link) is not: the rate does not fall for it.

A new link starts at ``START_LEVEL``, not at full: at full aiortc's encoder sends 500 kbit/s and
more, which on a narrow link (the patient's two links sharing 500 kbit/s) fills the path's queue
before RTCP reports the first round trip, and the sound waits behind it. A clear link is at full after
``UP_AFTER`` seconds. (A quicker first climb was tried and taken out: in a new link's first seconds a
poor link looks clear — no round trip reported yet, or the first one already behind a queue — and the
receiver's estimate of a 1:1 link at 500 kbit/s allows ``reduced`` but says nothing about ``full``,
whose bitrate is aiortc's own.)

``RateRule`` moves between the ``Level`` rows of ``LEVELS`` by the ``STEPS`` table: down after
``DOWN_AFTER`` congested seconds in a row, up one row after ``UP_AFTER`` clear ones — doubled for a
level each time the link could not hold it (at most ``MAX_BACKOFF`` times), so a link at its limit does
not swing up and down every few seconds. Down is one row, or several at once when the receiver's
estimate says the link is far below the level: to the highest row whose video cap is within the
estimate (never past ``MINIMAL``), so a link reaches its level in seconds, not one row every
``DOWN_AFTER`` seconds while the queue stands full. Only a congested link (the wire shows it) steps down
at all; the estimate only says how far. Video gives way first — resolution, frame rate and its bitrate
cap fall row by row — and audio (Opus at 32 kbit/s, about 52 kbit/s on the wire) is never touched. At
``MINIMAL`` still congested for ``AUDIO_AFTER`` seconds, the rule
either offers audio only (``PoorLink.OFFER``: the person decides) or switches to it
(``PoorLink.SWITCH``, a deployment setting); from ``AUDIO_ONLY`` a clear link brings the picture back at
``MINIMAL`` and then up row by row. Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Level(StrEnum):
    FULL = "full"
    REDUCED = "reduced"
    LOW = "low"
    MINIMAL = "minimal"
    AUDIO_ONLY = "audio_only"


class Link(StrEnum):
    CLEAR = "clear"
    HOLD = "hold"
    CONGESTED = "congested"


class PoorLink(StrEnum):
    """What the deployment wants below ``MINIMAL``."""

    OFFER = "offer"  # say so and offer audio only; the person chooses
    SWITCH = "switch"  # switch to audio only by itself (and back when the link recovers)


ENV_POOR_LINK = "SAMTALE_POOR_LINK"  # the deployment's choice: "offer" (default) or "switch"


def poor_link_setting(value: str | None) -> PoorLink:
    """The deployment's ``SAMTALE_POOR_LINK`` value; unset or unknown means the default, offer."""
    try:
        return PoorLink((value or PoorLink.OFFER.value).strip().lower())
    except ValueError:
        return PoorLink.OFFER


@dataclass(frozen=True, slots=True)
class VideoLimit:
    """What the sent video may use at a level; None means as the camera gives it / as aiortc estimates."""

    max_height: int | None
    max_fps: float | None
    max_kbps: int | None
    video: bool = True


LEVELS: dict[Level, VideoLimit] = {
    Level.FULL: VideoLimit(None, None, None),
    Level.REDUCED: VideoLimit(360, 15, 300),
    Level.LOW: VideoLimit(240, 10, 150),
    Level.MINIMAL: VideoLimit(144, 5, 60),
    Level.AUDIO_ONLY: VideoLimit(0, 0, 0, video=False),
}

# (level, what the link has been for long enough) -> next level. Absent: stay.
STEPS: dict[tuple[Level, Link], Level] = {
    (Level.FULL, Link.CONGESTED): Level.REDUCED,
    (Level.REDUCED, Link.CONGESTED): Level.LOW,
    (Level.LOW, Link.CONGESTED): Level.MINIMAL,
    (Level.REDUCED, Link.CLEAR): Level.FULL,
    (Level.LOW, Link.CLEAR): Level.REDUCED,
    (Level.MINIMAL, Link.CLEAR): Level.LOW,
    (Level.AUDIO_ONLY, Link.CLEAR): Level.MINIMAL,
}

QUEUE_S = 0.2  # round-trip time this far above the call's lowest: a queue is building
# A round trip above this is a queue on any link a consultation can use (400 ms one way), even when
# the call's lowest is no lower: the queue may have built before RTCP reported its first round trip.
MAX_RTT_S = 0.8
CONGESTED_LOSS = 0.10  # at least this much loss: congested, whatever the delay
CLEAR_QUEUE_S = 0.08  # the queue has drained when the round-trip time is back within this
DOWN_AFTER = 2  # congested seconds in a row before a step down
UP_AFTER = 10  # clear seconds in a row before a step up
AUDIO_AFTER = 6  # congested seconds in a row at MINIMAL before audio only is offered (or switched to)
OVERUSE = 0.85  # an estimate below this share of the video we send, with a queue or loss: congested
MAX_BACKOFF = 3  # a level that failed waits at most UP_AFTER * 2**MAX_BACKOFF clear seconds
START_LEVEL = Level.REDUCED  # where a new link starts (not at full: see RateRule)


@dataclass(frozen=True, slots=True)
class LinkSample:
    """One second of a link as the sender sees it; None: not reported yet."""

    loss: float | None  # fraction of our packets the other side reported lost
    rtt_s: float | None  # round-trip time from RTCP
    estimate_kbps: float | None = None  # the other side's bandwidth estimate for our video (REMB)
    video_kbps: float | None = None  # the video we sent over the last second


def judge(sample: LinkSample, base_rtt_s: float | None) -> Link:
    """CONGESTED, CLEAR or HOLD for one sample, against the lowest round-trip time seen so far."""
    loss = sample.loss or 0.0
    queue = None
    if sample.rtt_s is not None and base_rtt_s is not None:
        queue = max(0.0, sample.rtt_s - base_rtt_s)
    # The receiver's estimate alone is not enough: aiortc times arrivals in Python, so a busy process
    # makes it dip with nothing queued or lost (and aiortc already sends at it). It counts when the
    # wire shows something too: a queue past the drained mark, or some loss.
    on_wire = loss >= CONGESTED_LOSS / 2 or (queue is not None and queue > CLEAR_QUEUE_S)
    estimated_under = (
        sample.estimate_kbps is not None
        and sample.video_kbps is not None
        and sample.estimate_kbps < OVERUSE * sample.video_kbps
    )
    overuse = on_wire and estimated_under
    too_slow = sample.rtt_s is not None and sample.rtt_s > MAX_RTT_S
    if loss >= CONGESTED_LOSS or overuse or too_slow or (queue is not None and queue > QUEUE_S):
        return Link.CONGESTED
    if estimated_under:
        return Link.HOLD  # not a reason to step down, nor a time to step up
    if queue is not None and queue <= CLEAR_QUEUE_S:
        return Link.CLEAR
    if queue is None and sample.loss is not None:
        return Link.CLEAR if loss < CONGESTED_LOSS / 2 else Link.HOLD
    return Link.HOLD


def _fitting(level: Level, estimate_kbps: float | None) -> Level:
    """``level``, or the rows below it down to ``MINIMAL`` while its video cap is above the receiver's
    estimate (None: no estimate, ``level`` as it is)."""
    if estimate_kbps is None:
        return level
    while level is not Level.MINIMAL:
        cap = LEVELS[level].max_kbps
        if cap is not None and cap <= estimate_kbps:
            break
        lower = STEPS.get((level, Link.CONGESTED))
        if lower is None:
            break
        level = lower
    return level


class RateRule:
    """The sender's level for one link, fed one ``LinkSample`` a second."""

    def __init__(self, poor_link: PoorLink = PoorLink.OFFER, start: Level = Level.FULL) -> None:
        self.poor_link = poor_link
        self.level = start
        self.audio_only_offered = False
        self.history: list[Level] = [start]
        self._base_rtt: float | None = None
        self._streak: tuple[Link, int] = (Link.HOLD, 0)
        self._failed: dict[Level, int] = {}  # how often each level had to be left for a lower one

    @property
    def limit(self) -> VideoLimit:
        return LEVELS[self.level]

    def feed(self, sample: LinkSample) -> Level:
        """Take one second's sample; return the (maybe new) level."""
        if sample.rtt_s is not None and sample.rtt_s > 0:
            self._base_rtt = sample.rtt_s if self._base_rtt is None else min(self._base_rtt, sample.rtt_s)
        link = judge(sample, self._base_rtt)
        kind, count = self._streak
        self._streak = (link, count + 1 if kind is link else 1)
        count = self._streak[1]
        if link is Link.CONGESTED and self.level is Level.MINIMAL and count >= AUDIO_AFTER:
            if self.poor_link is PoorLink.SWITCH:
                self._move(Level.AUDIO_ONLY)
            else:
                self.audio_only_offered = True
            return self.level
        if link is Link.CLEAR:
            self.audio_only_offered = False
        target = STEPS.get((self.level, link))
        if target is None:
            return self.level
        if link is Link.CONGESTED:
            needed = DOWN_AFTER
        else:
            needed = UP_AFTER * 2 ** min(MAX_BACKOFF, self._failed.get(target, 0))
        if count >= needed:
            if link is Link.CONGESTED:
                self._failed[self.level] = self._failed.get(self.level, 0) + 1
                target = _fitting(target, sample.estimate_kbps)
            self._move(target)
        return self.level

    def choose_audio_only(self) -> None:
        """The person took the offer (or asked for audio only): stop the picture until the link is clear."""
        self._move(Level.AUDIO_ONLY)

    def _move(self, level: Level) -> None:
        if level is not self.level:
            self.level = level
            self.history.append(level)
        self.audio_only_offered = False
        self._streak = (Link.HOLD, 0)

"""One link's statistics, second by second, from aiortc's ``getStats`` and the frames that arrive.

``StatsReader`` turns two successive ``getStats`` reports into one ``StatsSample`` (rates are deltas;
loss the sender's from the other side's receiver reports and the receiver's own; jitter in seconds).
``Arrivals`` times every received audio and video frame, for the longest audio gap and the video
freezes (a gap over ``FREEZE_S``) of each second. ``StatsSample`` holds numbers only — never an
address, a name or any content — and is what the quality indicator, the rate rule and the
diagnostics report read.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

FREEZE_S = 0.5  # a video gap longer than this is a freeze
AUDIO_GAP_S = 0.1  # an audio gap longer than this is counted (frames come every 20 ms)
CLOCK = {"audio": 48_000, "video": 90_000}  # RTP clock rates: jitter is reported in these units


@dataclass(frozen=True, slots=True)
class StatsSample:
    t: float  # seconds since the link opened
    sent_kbps: float
    received_kbps: float
    video_sent_kbps: float
    loss_out: float | None  # what the other side reported lost of ours
    loss_in: float | None  # what we lost of theirs
    rtt_s: float | None
    jitter_s: float | None  # of their audio
    fps_in: float | None
    fps_out: float | None
    longest_audio_gap_s: float
    freezes: int
    longest_freeze_s: float
    level: str  # app.core.link_quality.Level value
    estimate_kbps: float | None = None  # the other side's bandwidth estimate (REMB) for our video

    @property
    def loss(self) -> float | None:
        known = [x for x in (self.loss_out, self.loss_in) if x is not None]
        return max(known) if known else None


class Arrivals:
    """Times the frames of one remote participant as they arrive (called on the event loop)."""

    def __init__(self, clock: Any = time.monotonic) -> None:
        self._clock = clock
        self._last: dict[str, float] = {}
        self._longest: dict[str, float] = {"audio": 0.0, "video": 0.0}
        self._counted: dict[str, int] = {"audio": 0, "video": 0}
        self.frames: dict[str, int] = {"audio": 0, "video": 0}

    def arrived(self, kind: str) -> None:
        now = self._clock()
        last = self._last.get(kind)
        self._last[kind] = now
        self.frames[kind] = self.frames.get(kind, 0) + 1
        if last is None:
            return
        self._note(kind, now - last)

    def _note(self, kind: str, gap: float) -> None:
        self._longest[kind] = max(self._longest.get(kind, 0.0), gap)
        if gap > (FREEZE_S if kind == "video" else AUDIO_GAP_S):
            self._counted[kind] = self._counted.get(kind, 0) + 1

    def take(self, kind: str) -> tuple[float, int]:
        """(longest gap, gaps over the threshold) since the last take; a gap still open counts."""
        last = self._last.get(kind)
        if last is not None:
            open_gap = self._clock() - last
            if open_gap > self._longest.get(kind, 0.0):
                self._longest[kind] = open_gap
        longest, counted = self._longest.get(kind, 0.0), self._counted.get(kind, 0)
        self._longest[kind], self._counted[kind] = 0.0, 0
        return longest, counted


class StatsReader:
    """Keeps the previous report's counters; ``sample`` gives the last interval's figures."""

    def __init__(self, clock: Any = time.monotonic) -> None:
        self._clock = clock
        self._start = clock()
        self._prev: dict[str, float] = {}
        self._prev_at: float | None = None

    def sample(
        self, report: dict[str, Any], arrivals: Arrivals, fps_out_frames: int | None, level: str
    ) -> StatsSample:
        now = self._clock()
        span = max(1e-3, now - self._prev_at) if self._prev_at is not None else None
        counters: dict[str, float] = {}
        rtts: dict[str, float] = {}
        loss_out: list[float] = []
        jitter: float | None = None
        for stat in report.values():
            kind = getattr(stat, "kind", "")
            match getattr(stat, "type", ""):
                case "transport":
                    counters["tx"] = counters.get("tx", 0) + stat.bytesSent
                    counters["rx"] = counters.get("rx", 0) + stat.bytesReceived
                case "outbound-rtp":
                    counters[f"out-{kind}"] = counters.get(f"out-{kind}", 0) + stat.bytesSent
                case "remote-inbound-rtp":
                    if stat.roundTripTime is not None:
                        rtts[kind] = float(stat.roundTripTime)
                    if stat.fractionLost is not None:
                        loss_out.append(float(stat.fractionLost) / 256)
                case "inbound-rtp":
                    counters[f"lost-{kind}"] = counters.get(f"lost-{kind}", 0) + stat.packetsLost
                    counters[f"recv-{kind}"] = counters.get(f"recv-{kind}", 0) + stat.packetsReceived
                    if kind == "audio":
                        jitter = stat.jitter / CLOCK["audio"]
        counters["frames-in"] = arrivals.frames.get("video", 0)
        if fps_out_frames is not None:
            counters["frames-out"] = fps_out_frames

        def rate(key: str) -> float | None:
            if span is None or key not in counters or key not in self._prev:
                return None
            return float(max(0.0, counters[key] - self._prev[key]) / span)

        lost = sum(rate(f"lost-{k}") or 0.0 for k in CLOCK)
        got = sum(rate(f"recv-{k}") or 0.0 for k in CLOCK)
        loss_in = lost / (lost + got) if span is not None and lost + got > 0 else None
        gap, _ = arrivals.take("audio")
        longest_freeze, freezes = arrivals.take("video")
        fps_out = rate("frames-out")
        sample = StatsSample(
            t=round(now - self._start, 1),
            sent_kbps=(rate("tx") or 0.0) * 8 / 1000,
            received_kbps=(rate("rx") or 0.0) * 8 / 1000,
            video_sent_kbps=(rate("out-video") or 0.0) * 8 / 1000,
            loss_out=max(loss_out) if loss_out else None,
            loss_in=loss_in,
            rtt_s=rtts.get("audio", rtts.get("video")),
            jitter_s=jitter,
            fps_in=rate("frames-in") if arrivals.frames.get("video") else None,
            fps_out=fps_out,
            longest_audio_gap_s=gap,
            freezes=freezes,
            longest_freeze_s=longest_freeze if longest_freeze > 0.5 else 0.0,
            level=level,
        )
        self._prev, self._prev_at = counters, now
        return sample

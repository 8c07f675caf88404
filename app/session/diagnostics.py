"""The diagnostics report for a clinic's support: what ran, on what, and how the last calls went.

``DiagnosticsLog`` (one per window, kept by the bridge) remembers the last coded protocol errors and
the ``CallMonitor`` of the last calls. ``build_report`` writes plain text: versions, the operating
system, the devices chosen, the pre-call results (codes), and for each call the statistics every
``ROW_S`` seconds (bitrate, loss, round-trip time, jitter, frame rate, freezes, audio gaps, the video
level) with the ICE candidate types. Participants are numbered, never named; nothing in it is an
address, a name, a token or content, and ``scrub`` removes anything that looks like one (IP
addresses, e-mail addresses, personal numbers, long token-like strings, and the names it is given)
as a last guard. The report is only ever written where the person chooses; nothing sends it.
"""

from __future__ import annotations

import platform
import re
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from typing import Protocol

from app.session.call_stats import StatsSample

ROW_S = 5  # one row of figures per this many seconds of call
KEEP_CALLS = 3
KEEP_ERRORS = 20
PACKAGES = ("samtale", "aiortc", "aioice", "av", "PySide6", "livekit", "sounddevice", "numpy")

_PATTERNS = (
    re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b"),  # IPv4, with a port
    re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){5,7}[0-9A-Fa-f]{1,4}(?![\w:])"),  # IPv6, full
    re.compile(
        r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:)*[0-9A-Fa-f]{0,4}::(?:[0-9A-Fa-f]{1,4}(?::|\b))*"
    ),  # IPv6, ::
    re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"),  # e-mail
    re.compile(r"\b(?:\d{6}|\d{8})[-+]?\d{4,5}\b"),  # Nordic personal numbers (11 or 12 digits, maybe a dash)
    re.compile(r"\b[A-Za-z0-9_\-]{24,}\b"),  # tokens, ids, secrets
)


class Monitored(Protocol):
    history: Mapping[str, Iterable[StatsSample]]
    candidates: Mapping[str, Mapping[str, list[str]]]


@dataclass(slots=True)
class Environment:
    """What the window knows about itself when the report is made."""

    role: str
    devices: dict[str, str] = field(default_factory=dict)  # kind -> the chosen device's name
    precall: list[str] = field(default_factory=list)  # "check: verdict (codes)"
    extra_versions: dict[str, str] = field(default_factory=dict)  # e.g. Qt's own version


class DiagnosticsLog:
    def __init__(self, clock: object = time.time) -> None:
        self._clock = clock
        self.errors: deque[tuple[float, str]] = deque(maxlen=KEEP_ERRORS)
        self.calls: deque[tuple[float, Monitored]] = deque(maxlen=KEEP_CALLS)
        # Set by the window: the chosen devices by kind, and the pre-call results as lines.
        self.devices: Callable[[], dict[str, str]] | None = None
        self.precall: Callable[[], list[str]] | None = None
        self.names: set[str] = set()  # everyone's names seen in the calls: removed from the report

    def error(self, code: str) -> None:
        self.errors.append((self._now(), code))

    def watch(self, monitor: Monitored) -> None:
        """A call started: keep its monitor (its figures stay readable after the call ends)."""
        if not any(known is monitor for _, known in self.calls):
            self.calls.append((self._now(), monitor))

    def _now(self) -> float:
        return float(self._clock())  # type: ignore[operator]


def versions(extra: Mapping[str, str]) -> dict[str, str]:
    found = {"python": sys.version.split()[0]}
    for name in PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return {**found, **extra}


def scrub(text: str, private: Iterable[str] = ()) -> str:
    """``text`` without addresses, e-mail, personal numbers, token-like strings or the ``private`` words."""
    for pattern in _PATTERNS:
        text = pattern.sub("[removed]", text)
    for word in sorted({w.strip() for w in private if w and len(w.strip()) >= 2}, key=len, reverse=True):
        text = re.sub(re.escape(word), "[removed]", text, flags=re.IGNORECASE)
    return text


def _stamp(at: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(at))


def _num(value: float | None, scale: float = 1.0, digits: int = 0) -> str:
    return "-" if value is None else f"{value * scale:.{digits}f}"


COLUMNS = (
    ("t s", 6),
    ("level", 10),
    ("sent kb/s", 9),
    ("recv kb/s", 9),
    ("loss out %", 10),
    ("loss in %", 9),
    ("rtt ms", 6),
    ("jitter ms", 9),
    ("fps in", 6),
    ("fps out", 7),
    ("freezes", 7),
    ("longest freeze s", 16),
    ("longest audio gap s", 19),
)


def _mean(values: Iterable[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def _row(chunk: list[StatsSample]) -> list[str]:
    last = chunk[-1]
    return [
        f"{last.t:.0f}",
        last.level,
        _num(_mean(s.sent_kbps for s in chunk)),
        _num(_mean(s.received_kbps for s in chunk)),
        _num(_mean(s.loss_out for s in chunk), 100, 1),
        _num(_mean(s.loss_in for s in chunk), 100, 1),
        _num(_mean(s.rtt_s for s in chunk), 1000),
        _num(_mean(s.jitter_s for s in chunk), 1000),
        _num(_mean(s.fps_in for s in chunk), 1, 1),
        _num(_mean(s.fps_out for s in chunk), 1, 1),
        str(sum(s.freezes for s in chunk)),
        f"{max(s.longest_freeze_s for s in chunk):.2f}",
        f"{max(s.longest_audio_gap_s for s in chunk):.2f}",
    ]


def _rows(samples: list[StatsSample]) -> list[str]:
    lines = ["  ".join(f"{name:>{width}}" for name, width in COLUMNS)]
    for start in range(0, len(samples), ROW_S):
        cells = _row(samples[start : start + ROW_S])
        lines.append("  ".join(f"{cell:>{width}}" for cell, (_, width) in zip(cells, COLUMNS, strict=True)))
    return lines


def build_report(log: DiagnosticsLog, env: Environment, *, private: Iterable[str] = ()) -> str:
    lines = ["Samtale diagnostics report", f"Made: {_stamp(time.time())}", f"Build: {env.role}", ""]
    lines.append("Versions")
    lines += [f"  {name}: {version}" for name, version in versions(env.extra_versions).items()]
    lines += [
        "",
        "Operating system",
        f"  {platform.system()} {platform.release()} ({platform.machine()})",
        "",
    ]
    lines.append("Devices chosen")
    lines += [f"  {kind}: {name}" for kind, name in env.devices.items()] or ["  (none)"]
    lines += ["", "Pre-call check"]
    lines += [f"  {line}" for line in env.precall] or ["  (not run in this window)"]
    for number, (started, monitor) in enumerate(log.calls, start=1):
        lines += ["", f"Call {number}, started {_stamp(started)}"]
        for index, (participant_id, samples) in enumerate(monitor.history.items(), start=1):
            types = monitor.candidates.get(participant_id, {})
            local = ", ".join(types.get("local", [])) or "-"
            remote = ", ".join(types.get("remote", [])) or "-"
            lines.append(f"  Participant {index}: ICE candidate types here {local}; there {remote}")
            lines += [f"    {row}" for row in _rows(list(samples))]
    lines += ["", "Last protocol errors"]
    lines += [f"  {_stamp(at)}  {code}" for at, code in log.errors] or ["  (none)"]
    return scrub("\n".join(lines) + "\n", private)

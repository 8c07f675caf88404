"""Machine-wide CPU load over an interval, from ``/proc/stat`` (Linux) or the load average elsewhere."""

from __future__ import annotations

import os
from pathlib import Path


def _proc_stat() -> tuple[int, int] | None:
    """(busy, total) jiffies since boot, or None where /proc/stat does not exist."""
    try:
        fields = Path("/proc/stat").read_text(encoding="ascii").splitlines()[0].split()[1:]
    except (OSError, IndexError):
        return None
    values = [int(v) for v in fields]
    idle = values[3] + (values[4] if len(values) > 4 else 0)  # idle + iowait
    return sum(values) - idle, sum(values)


class CpuSampler:
    """``start()`` then ``load()``: the busy fraction (0–1) of all cores between the two calls."""

    def __init__(self) -> None:
        self._start: tuple[int, int] | None = None

    def start(self) -> None:
        self._start = _proc_stat()

    def load(self) -> float | None:
        end = _proc_stat()
        if self._start is not None and end is not None and end[1] > self._start[1]:
            return (end[0] - self._start[0]) / (end[1] - self._start[1])
        try:
            return min(1.0, os.getloadavg()[0] / (os.cpu_count() or 1))
        except OSError:
            return None

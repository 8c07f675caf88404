"""Real-time pacing for sources that make frames on demand: wait for the next slot, skip slots missed."""

from __future__ import annotations

import asyncio
import time


class Pacer:
    """Hands out frame slots at ``rate`` per second with pts in units of ``1/clock_rate``.

    Like aiortc's ``VideoStreamTrack.next_timestamp`` (pts = n × clock_rate / rate, sleep until the
    slot), except that a consumer more than ``late_slots`` slots late (default one) skips the missed
    slots (and waits for the next slot ahead) instead of getting a burst of frames: a source paced by
    this always hands out the newest frame, never more often than its rate. Within ``late_slots`` the
    missed slots come at once, as a sound card's buffer hands a late reader what it holds.
    """

    def __init__(self, rate: float, clock_rate: int, *, skip_late: bool = True, late_slots: int = 1) -> None:
        if rate <= 0 or clock_rate <= 0 or late_slots < 1:
            raise ValueError("rate, clock_rate and late_slots must be positive")
        self._period = 1.0 / rate
        self._late = late_slots * self._period
        self._rate = rate
        self._clock_rate = clock_rate
        self._skip_late = skip_late
        self._start: float | None = None
        self._index = 0

    @property
    def rate(self) -> float:
        return self._rate

    def anchor(self, at: float | None = None) -> None:
        """Make slot 0 happen at monotonic time ``at`` (default: now); the next wait is for slot 1."""
        self._start = time.monotonic() if at is None else at
        self._index = 0

    async def next(self) -> int:
        """Wait for the next slot and return its pts; the very first call returns 0 at once."""
        now = time.monotonic()
        if self._start is None:
            self.anchor(now)
            return 0
        self._index += 1
        deadline = self._start + self._index * self._period
        if self._skip_late and now - deadline > self._late:
            # More than a slot late: skip to the next slot still ahead rather than catching up.
            self._index = int((now - self._start) / self._period) + 1
            deadline = self._start + self._index * self._period
        if now < deadline:
            await asyncio.sleep(deadline - now)
        return self.pts(self._index)

    def pts(self, index: int) -> int:
        """The pts of slot ``index``."""
        return round(index * self._clock_rate / self._rate)

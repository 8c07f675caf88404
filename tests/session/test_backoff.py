"""Reconnect delays grow, stay capped and jittered, and reset after success."""

import random

from app.session.backoff import Backoff


def test_delays_grow_exponentially_within_jitter_bounds_and_cap() -> None:
    backoff = Backoff(initial=0.5, factor=2, maximum=4, rng=random.Random(7))
    delays = [backoff.next() for _ in range(6)]
    ceilings = [0.5, 1, 2, 4, 4, 4]
    for delay, ceiling in zip(delays, ceilings, strict=True):
        assert ceiling / 2 <= delay <= ceiling
    assert backoff.attempts == 6


def test_reset_starts_again_from_the_initial_delay() -> None:
    backoff = Backoff(initial=1, maximum=10, rng=random.Random(1))
    for _ in range(4):
        backoff.next()
    backoff.reset()
    assert 0.5 <= backoff.next() <= 1

"""Freed heap memory goes back to the system after a call (issue 11, finding 12)."""

from __future__ import annotations

import random
import sys
import threading

import pytest

from app.media.heap import release_freed_memory
from tests.support.memory import rss_mb


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim is Linux only")
def test_memory_a_thread_freed_is_given_back() -> None:
    """What a call's threads allocate and free stays resident until trimmed (glibc keeps it in the
    thread's arena); a few survivors spread over the heap keep glibc from giving it back by itself."""
    kept: list[bytearray] = []

    def call_like_work() -> None:
        rng = random.Random(7)
        chunks = [bytearray(rng.randint(600, 5000)) for _ in range(40_000)]  # about 110 MB
        kept.extend(chunks[::50])
        del chunks

    worker = threading.Thread(target=call_like_work)
    worker.start()
    worker.join()
    before = rss_mb()
    assert release_freed_memory()
    after = rss_mb()
    assert before - after > 50, (before, after)

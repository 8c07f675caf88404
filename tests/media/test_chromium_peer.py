"""The call bench's Chromium peer (bench/chromium_peer.js, chromium_call.py) agrees with app.media.stamp.

The page's JavaScript stamp must be the one ``read_stamp`` reads and must read the one
``encode_stamp`` writes, at both cell sizes (16 px below 1280 px wide, 32 px from 1280); the SDP
relay must keep only loopback candidates; the reference luma must follow the declared colour space.
"""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator

import numpy as np
import pytest

from app.media.stamp import encode_stamp, read_stamp
from app.media.synthetic_video import PatternVideoTrack
from bench.chromium_call import PAGE_SCRIPT, loopback_only
from bench.video_quality import sent_luma_as
from tests.support import chromium
from tests.support.chromium import Chromium

if not chromium.available():  # scripts/setup installs it; a missing browser must not pass silently
    raise RuntimeError(
        "Chromium is not installed (apt-get install chromium): the bench peer cannot be tested"
    )

TS = (1 << 40) - 12345  # high bits set: the 40-bit time must survive JavaScript's arithmetic


@pytest.fixture
async def page() -> AsyncIterator[Chromium]:
    async with Chromium(size=(400, 300)) as browser:
        await browser.evaluate(PAGE_SCRIPT.read_text())
        yield browser


@pytest.mark.parametrize("size", [(640, 480), (1280, 720)])
async def test_the_page_draws_the_stamp_python_reads(page: Chromium, size: tuple[int, int]) -> None:
    width, height = size
    b64 = await page.evaluate(f"benchPeer.stampCanvas({width}, {height}, 4000000123, {TS})")
    rgb = np.frombuffer(base64.b64decode(b64), dtype=np.uint8).reshape(height, width, 3)
    stamp = read_stamp(rgb)
    assert stamp is not None
    assert (stamp.counter, stamp.ts_ms) == (4000000123, TS)


@pytest.mark.parametrize("size", [(640, 480), (1280, 720)])
async def test_the_page_reads_the_stamp_python_writes(page: Chromium, size: tuple[int, int]) -> None:
    width, height = size
    luma = np.full((height, width), 100, dtype=np.uint8)
    encode_stamp(luma, 77, TS)
    luma[5, 5] = 128  # one noisy pixel inside a cell does not change its reading
    b64 = base64.b64encode(luma.tobytes()).decode()
    assert await page.evaluate(f"benchPeer.readLuma('{b64}', {width})") == {"counter": 77, "ts": TS}
    luma[: 16 * (width // 640), :] = 100  # the first row of cells wiped: no stamp, not a wrong one
    b64 = base64.b64encode(luma.tobytes()).decode()
    assert await page.evaluate(f"benchPeer.readLuma('{b64}', {width})") is None


def test_only_loopback_candidates_are_relayed() -> None:
    sdp = "\r\n".join(
        [
            "v=0",
            "a=candidate:1 1 udp 2122194687 127.0.0.1 49294 typ host generation 0",
            "a=candidate:2 1 udp 2122063615 192.0.2.2 45003 typ host generation 0",
            "a=candidate:3 1 udp 2122267903 ::1 47382 typ host generation 0",
            "a=candidate:4 1 tcp 1518214911 127.0.0.1 9 typ host tcptype active generation 0",
            "a=end-of-candidates",
            "",
        ]
    )
    kept = loopback_only(sdp)
    assert "127.0.0.1 49294" in kept and "127.0.0.1 9 typ" in kept
    assert "192.0.2.2" not in kept and "::1" not in kept
    assert kept.startswith("v=0\r\n") and kept.endswith("a=end-of-candidates\r\n")


def test_reference_luma_follows_the_declared_colour_space() -> None:
    source = PatternVideoTrack((640, 480))
    try:
        full = sent_luma_as(source, 3, TS, "bt709", full_range=True)
        limited = sent_luma_as(source, 3, TS, "bt709", full_range=False)
        bt601 = sent_luma_as(source, 3, TS, "smpte170m", full_range=False)
    finally:
        source.stop()
    # The stamp's white cells are RGB 255: 255 in full range, 235 in video range, whatever the matrix.
    assert read_stamp(full) is not None and int(np.max(full)) == 255 and int(np.max(limited)) == 235
    assert int(np.min(limited)) >= 16 and int(np.min(bt601)) >= 16
    assert not np.array_equal(limited, bt601)  # the matrices weigh red and blue differently

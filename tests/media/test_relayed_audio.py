"""The sent audio reaches each link's sender whole even when that sender reads late (app/media/
relayed_audio.py); a sender that stops reading does not make the audio pile up.

Issue 12's poor-link bench: the links' audio was a ``MediaRelay`` subscription with ``buffered=False``,
which keeps only the newest frame for its reader. Whenever a sender's loop came back more than one
frame late (its encode in the executor, a busy event loop) the frames in between were never sent: the
others heard 0.2-0.3 s gaps from the patient at the same moments, with nothing lost on the wire."""

from __future__ import annotations

import asyncio
import fractions
import itertools

import av
import numpy as np
from aiortc.contrib.media import MediaRelay
from aiortc.mediastreams import MediaStreamTrack

from app.media.relayed_audio import MAX_QUEUED, subscribe_audio

FRAME = 960  # 20 ms at 48 kHz


class Counting(MediaStreamTrack):
    """A microphone that never loses a frame itself: every 20 ms the next one, pts counting on (a busy
    loop only delays it), so whatever goes missing went missing in the relay."""

    kind = "audio"

    def __init__(self) -> None:
        super().__init__()
        self.pts = -FRAME

    async def recv(self) -> av.AudioFrame:
        await asyncio.sleep(0.02)
        self.pts += FRAME
        frame = av.AudioFrame.from_ndarray(np.zeros((1, FRAME), np.int16), format="s16", layout="mono")
        frame.sample_rate, frame.pts, frame.time_base = 48_000, self.pts, fractions.Fraction(1, 48_000)
        return frame


async def test_a_sender_that_reads_late_still_gets_every_frame() -> None:
    source = Counting()
    relay = MediaRelay()
    track = subscribe_audio(relay, source)
    try:
        pts = []
        for i in range(40):
            frame = await asyncio.wait_for(track.recv(), 2)
            pts.append(frame.pts)
            if i % 10 == 9:
                await asyncio.sleep(0.07)  # the sender's loop comes back 3 frames late
        assert [b - a for a, b in itertools.pairwise(pts)] == [FRAME] * 39
    finally:
        track.stop()
        source.stop()


async def test_a_sender_that_stops_reading_does_not_pile_up_audio() -> None:
    source = Counting()
    relay = MediaRelay()
    track = subscribe_audio(relay, source)
    try:
        first = await asyncio.wait_for(track.recv(), 2)
        while source.pts < first.pts + 30 * FRAME:  # 30 frames made meanwhile
            await asyncio.sleep(0.05)
        backlog = [await asyncio.wait_for(track.recv(), 2) for _ in range(MAX_QUEUED)]
        assert backlog[0].pts > first.pts + FRAME  # the oldest were let go
        # Then the reader is at the present: the next frame comes in its time, not from a pile.
        assert backlog[-1].pts - backlog[0].pts == (MAX_QUEUED - 1) * FRAME
    finally:
        track.stop()
        source.stop()

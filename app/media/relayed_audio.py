"""Each link's copy of the sent audio: every frame, even for a sender that reads late; never a pile.

aiortc's ``MediaRelay.subscribe(track, buffered=False)`` keeps only the newest frame for its reader;
right for video (a late sender should send the newest picture), wrong for sound: whenever a link's
sender came back to its track more than one frame late (its encode runs in the executor; a busy event
loop) the frames in between were never sent, heard as a gap with nothing lost on the wire (issue 12's
poor-link bench: 0.2-0.3 s gaps from the patient, at the same moments on both of their links).

``subscribe_audio`` subscribes with aiortc's queue (``buffered=True``) and, on each ``recv``, lets go
of the oldest frames while more than ``MAX_QUEUED`` wait, so a sender that stops reading (a link being
torn down) does not collect audio without end, and one that comes back late sends what it missed at
once: the receiver's jitter buffer takes a burst; it cannot take a hole.
"""

from __future__ import annotations

import asyncio
from typing import Any

from aiortc.contrib.media import MediaRelay
from aiortc.mediastreams import MediaStreamTrack

MAX_QUEUED = 16  # frames: 160 ms of a microphone's 10 ms frames, 320 ms of the tone's 20 ms ones


class _Bounded(MediaStreamTrack):
    kind = "audio"

    def __init__(self, proxy: MediaStreamTrack) -> None:
        super().__init__()
        self._proxy = proxy

    async def recv(self) -> Any:
        queue: asyncio.Queue[Any] | None = getattr(self._proxy, "_queue", None)  # aiortc 1.16's relay
        while queue is not None and queue.qsize() > MAX_QUEUED:
            queue.get_nowait()
        return await self._proxy.recv()

    def stop(self) -> None:
        super().stop()
        self._proxy.stop()


def subscribe_audio(relay: MediaRelay, source: MediaStreamTrack) -> MediaStreamTrack:
    """A copy of ``source`` (audio) for one sender: every frame, at most ``MAX_QUEUED`` behind."""
    return _Bounded(relay.subscribe(source, buffered=True))

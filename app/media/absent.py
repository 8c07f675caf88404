"""What a missing camera or microphone sends: nothing at all.

Without ``--synthetic-media`` a person with no camera (or no microphone) sends no picture (or no
sound): never a test pattern, a tone or black filler. ``AbsentTrack`` is the source a
``SwitchableTrack`` holds for a device that is not there; while it does, the wrapper hands out no
frame (the RTP sender waits and sends no packet) until a device is plugged in and switched to.
"""

from __future__ import annotations

import asyncio

from aiortc.mediastreams import MediaStreamError, MediaStreamTrack
from av.frame import Frame


class AbsentTrack(MediaStreamTrack):
    """A source of ``kind`` that never produces a frame; ``recv`` waits until the track is stopped."""

    absent = True

    def __init__(self, kind: str) -> None:
        super().__init__()
        if kind not in ("audio", "video"):
            raise ValueError(f"no absent track of kind {kind!r}")
        self.kind = kind
        self._stopped: asyncio.Event | None = None

    async def recv(self) -> Frame:
        if self.readyState == "live":
            if self._stopped is None:
                self._stopped = asyncio.Event()
            await self._stopped.wait()
        raise MediaStreamError

    def stop(self) -> None:
        super().stop()
        if self._stopped is not None:
            self._stopped.set()


def is_absent(track: MediaStreamTrack) -> bool:
    """True for the source of a device that is not there (nothing is sent from it)."""
    return bool(getattr(track, "absent", False))

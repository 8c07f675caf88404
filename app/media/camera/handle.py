"""One open camera for the whole consultation: the call's track, the self view, the check and hot-plug.

The handle owns the current device (a Qt camera or the synthetic stand-in) and one outgoing
``SwitchableTrack`` that is added to the peer connection once. When the camera is unplugged the
track sends black filler (``SwitchableTrack``) and a ``REMOVED`` event is told; when a camera
appears while there is none (or the stand-in shows), the handle switches to it by itself and tells
``ADDED`` then ``SWITCHED``. ``switch(name)`` changes device mid-call without renegotiation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from aiortc import MediaStreamTrack

from app.media.absent import AbsentTrack
from app.media.camera.feed import ENDED, CameraFeed, CameraStatus
from app.media.camera.track import CameraTrack
from app.media.frame_slot import FrameSlot
from app.media.switchable import SwitchableTrack

log = logging.getLogger(__name__)


class Camera(Protocol):
    """A capture device that fills a feed: ``QtCamera`` or ``SyntheticCamera``."""

    feed: CameraFeed

    @property
    def name(self) -> str: ...

    def start(self) -> None: ...

    def close(self) -> None: ...


class NoCamera:
    """There is no camera (and no ``--synthetic-media``): a stand-in feed that never gets a picture.

    The handle sends nothing for it (an ``AbsentTrack``) and switches to a camera plugged in later.
    """

    absent = True

    def __init__(self, preview: FrameSlot | None) -> None:
        self.feed = CameraFeed("none", preview=preview, stand_in=True)

    @property
    def name(self) -> str:
        return self.feed.name

    def start(self) -> None:
        self.feed.fail(CameraStatus.NONE)

    def close(self) -> None:
        pass


Opener = Callable[[str | None], Camera]  # name (None: the default) → a camera, not started yet


class CameraEventKind(StrEnum):
    ADDED = "added"  # a camera appeared in the OS
    REMOVED = "removed"  # the camera in use was unplugged
    SWITCHED = "switched"  # now sending from another camera
    STATUS = "status"  # the current camera's status changed (running, in use, permission denied…)


@dataclass(frozen=True, slots=True)
class CameraEvent:
    kind: CameraEventKind
    name: str
    status: CameraStatus | None = None


class CameraHandle:
    """``track`` for the call, ``preview`` for the self view, ``feed`` for the pre-call check."""

    def __init__(
        self,
        opener: Opener,
        name: str | None,
        *,
        size: tuple[int, int],
        fps: float,
        preview: FrameSlot,
    ) -> None:
        self._opener = opener
        self._size = size
        self._fps = fps
        self.preview = preview
        self._listeners: list[Callable[[CameraEvent], None]] = []
        self._closed = False
        self._camera = opener(name)
        self._stop_status = self._camera.feed.listen(self._on_status)
        self.track = SwitchableTrack(self._source(self._camera), fps=fps)
        self._camera.start()

    def _source(self, camera: Camera) -> MediaStreamTrack:
        if getattr(camera, "absent", False):
            return AbsentTrack("video")  # no camera: nothing is sent, not even black
        return CameraTrack(camera.feed, fps=self._fps, size=self._size)

    @property
    def absent(self) -> bool:
        """True when there is no camera and nothing stands in for it (nothing is sent)."""
        return self.track.absent

    @property
    def feed(self) -> CameraFeed:
        return self._camera.feed

    @property
    def name(self) -> str:
        return self._camera.name

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def is_stand_in(self) -> bool:
        """True when no real camera exists (the synthetic one is shown, or nothing at all)."""
        return self._camera.feed.stand_in

    def listen(self, callback: Callable[[CameraEvent], None]) -> Callable[[], None]:
        """Call ``callback(event)`` for every camera event; returns a function that stops it."""
        self._listeners.append(callback)
        return lambda: self._listeners.remove(callback) if callback in self._listeners else None

    def switch(self, name: str | None) -> None:
        """Send from camera ``name`` (None: the default) from the next frame on; the old one closes."""
        if self._closed:
            return
        old = self._camera
        self._stop_status()
        self._camera = self._opener(name)
        self._stop_status = self._camera.feed.listen(self._on_status)
        self.track.replace_source(self._source(self._camera))
        self._camera.start()
        old.close()
        self._tell(CameraEvent(CameraEventKind.SWITCHED, self._camera.name))

    def devices_changed(self, added: list[str], removed: list[str]) -> None:
        """Hot-plug: called by the device watcher with the names that appeared and disappeared."""
        if self._closed:
            return
        current = self._camera
        if not current.feed.stand_in and current.name in removed:
            current.feed.fail(CameraStatus.REMOVED)
            current.close()  # release what is left of the device; the feed keeps saying REMOVED
            self._tell(CameraEvent(CameraEventKind.REMOVED, current.name, CameraStatus.REMOVED))
        for name in added:
            self._tell(CameraEvent(CameraEventKind.ADDED, name))
        if added and (current.feed.stand_in or current.feed.status in ENDED):
            self.switch(added[0])

    def close(self) -> None:
        """Stop the track and close the device (idempotent)."""
        if self._closed:
            return
        self._closed = True
        self._stop_status()
        self.track.stop()
        self._camera.close()

    def _on_status(self, status: CameraStatus) -> None:
        self._tell(CameraEvent(CameraEventKind.STATUS, self._camera.name, status))

    def _tell(self, event: CameraEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

"""Camera: Qt Multimedia capture, a synthetic stand-in, the call's track and image analysis.

Entry points for the composition root::

    handle = open_camera(name, (1280, 720), preview)  # CameraHandle: track, feed, listen, switch, close
    names = list_cameras()  # human-readable, the default first

``analysis``, ``faces``, ``feed``, ``track``, ``synthetic`` and ``handle`` import no Qt; ``qt_*`` and
``factory`` do (QtMultimedia and QtCore only). Every name here is loaded on first use (PEP 562): the
camera's track needs aiortc and PyAV and the face detector OpenCV, so importing this package (or a
light part of it, such as ``qt_devices`` for the device list) loads none of them, and the first
window opens without them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.media.camera.faces import load_face_detector
    from app.media.camera.factory import open_camera
    from app.media.camera.feed import CameraFeed, CameraFrame, CameraStatus
    from app.media.camera.handle import CameraEvent, CameraEventKind, CameraHandle
    from app.media.camera.qt_devices import SIZES, list_cameras
    from app.media.camera.synthetic import SyntheticCamera
    from app.media.camera.track import CameraTrack

_LAZY = {
    "open_camera": "app.media.camera.factory",
    "list_cameras": "app.media.camera.qt_devices",
    "SIZES": "app.media.camera.qt_devices",
    "load_face_detector": "app.media.camera.faces",
    "CameraFeed": "app.media.camera.feed",
    "CameraFrame": "app.media.camera.feed",
    "CameraStatus": "app.media.camera.feed",
    "CameraEvent": "app.media.camera.handle",
    "CameraEventKind": "app.media.camera.handle",
    "CameraHandle": "app.media.camera.handle",
    "SyntheticCamera": "app.media.camera.synthetic",
    "CameraTrack": "app.media.camera.track",
}

__all__ = [
    "SIZES",
    "CameraEvent",
    "CameraEventKind",
    "CameraFeed",
    "CameraFrame",
    "CameraHandle",
    "CameraStatus",
    "CameraTrack",
    "SyntheticCamera",
    "list_cameras",
    "load_face_detector",
    "open_camera",
]


def __getattr__(name: str) -> object:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

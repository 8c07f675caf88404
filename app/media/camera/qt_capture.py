"""Capture from a real camera with Qt Multimedia: QCamera → QMediaCaptureSession → QVideoSink → feed.

Each ``videoFrameChanged`` is converted (``qt_convert``) and put into the ``CameraFeed`` as its newest
picture — the sink itself keeps only one frame, so nothing queues anywhere. Qt reports every failure
as the one ``QCamera.CameraError``; ``classify_error`` reads the message to tell "in use" (the
backends say busy / in use / could not open) from "permission denied".
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QObject
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)

from app.media.camera.feed import CameraFeed, CameraStatus
from app.media.camera.qt_convert import convert
from app.media.camera.qt_devices import format_info, pick_format, request_permission

log = logging.getLogger(__name__)
_PERMISSION_WORDS = ("permission", "denied", "not authorized", "not authorised", "access", "privacy")


def classify_error(message: str) -> CameraStatus:
    """PERMISSION_DENIED if the message says so; otherwise IN_USE, by far the usual reason an existing
    camera fails to open (another application holds it)."""
    lowered = message.lower()
    if any(word in lowered for word in _PERMISSION_WORDS):
        return CameraStatus.PERMISSION_DENIED
    return CameraStatus.IN_USE


class SinkAdapter(QObject):
    """Listens to a ``QVideoSink`` and puts each frame into ``feed`` (tests drive a sink directly)."""

    def __init__(self, sink: QVideoSink, feed: CameraFeed) -> None:
        super().__init__()
        self.sink = sink
        self.feed = feed
        self.unsupported = 0
        sink.videoFrameChanged.connect(self._on_frame)

    def detach(self) -> None:
        self.sink.videoFrameChanged.disconnect(self._on_frame)

    def _on_frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid():
            return
        picture = convert(frame)
        if picture is None:
            if self.unsupported == 0:
                log.warning("camera frames in an unsupported format: %s", frame.pixelFormat().name)
            self.unsupported += 1
            return
        self.feed.put(picture.data, picture.pixel_format, picture.width, picture.height, picture.full_range)


class QtCamera(QObject):
    """One open camera device feeding ``feed``; ``start()`` asks permission then starts it."""

    def __init__(
        self, device: QCameraDevice, feed: CameraFeed, size: tuple[int, int], fps: float = 30.0
    ) -> None:
        super().__init__()
        self.device = device
        self.feed = feed
        with_loop = _running_loop()
        if with_loop is not None:
            feed.bind(with_loop)  # frames may arrive on a Qt worker thread: hop onto the loop
        self._camera = QCamera(device)
        formats = list(device.videoFormats())
        chosen = pick_format([format_info(f) for f in formats], size, fps)
        if chosen is not None:
            self._camera.setCameraFormat(formats[chosen])
        self._session = QMediaCaptureSession()
        self._session.setCamera(self._camera)
        self._sink = QVideoSink()
        self._session.setVideoSink(self._sink)
        self._adapter = SinkAdapter(self._sink, feed)
        self._camera.errorOccurred.connect(self._on_error)
        self._closed = False

    @property
    def name(self) -> str:
        return self.device.description()

    def start(self) -> None:
        request_permission(self, self._camera.start, lambda: self.feed.fail(CameraStatus.PERMISSION_DENIED))

    def close(self) -> None:
        """Stop the device and end the feed (idempotent)."""
        if self._closed:
            return
        self._closed = True
        self._camera.errorOccurred.disconnect(self._on_error)
        self._adapter.detach()
        self._camera.stop()
        self.feed.fail(CameraStatus.CLOSED)

    def _on_error(self, error: QCamera.Error, message: str) -> None:
        if error == QCamera.Error.NoError:
            return
        listed = any(device.id() == self.device.id() for device in QMediaDevices.videoInputs())
        status = classify_error(message) if listed else CameraStatus.REMOVED  # unplugged: not "in use"
        log.warning("camera error: %s", status.value)
        self.feed.fail(status)


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None

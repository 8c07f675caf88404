"""Which cameras Qt Multimedia sees: names, the default, a capture format per size, hot-plug, permission.

Camera names are ``QCameraDevice.description()`` — what the person sees in the OS. Permission is
asked through ``QCoreApplication.requestPermission(QCameraPermission())``: on macOS (and iOS/Android)
that shows the system prompt once, with the text from the app bundle's ``permission`` table; on Linux
and Windows Qt answers "granted" at once, so the same code path runs everywhere (the macOS prompt
itself cannot be tested on this machine).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCameraPermission, QCoreApplication, QObject, Qt
from PySide6.QtMultimedia import QCameraDevice, QCameraFormat, QMediaDevices, QVideoFrameFormat

PF = QVideoFrameFormat.PixelFormat
SIZES = {"480p": (640, 480), "720p": (1280, 720), "1080p": (1920, 1080)}
_PIXEL_RANK = {PF.Format_NV12: 0, PF.Format_YUV420P: 0, PF.Format_YV12: 0, PF.Format_NV21: 1,
               PF.Format_YUV422P: 1, PF.Format_YUYV: 2, PF.Format_UYVY: 2, PF.Format_Jpeg: 3}  # fmt: skip


@dataclass(frozen=True, slots=True)
class FormatInfo:
    """What one ``QCameraFormat`` offers (a plain value, so the choice can be tested without a camera)."""

    width: int
    height: int
    max_fps: float
    pixel_rank: int  # 0 = 4:2:0 YUV (no conversion) … 4 = RGB; unsupported formats are left out


def format_info(fmt: QCameraFormat) -> FormatInfo | None:
    from app.media.camera.qt_convert import SUPPORTED  # with OpenCV: only once a camera is opened

    pixel = fmt.pixelFormat()
    if pixel not in SUPPORTED:
        return None
    size = fmt.resolution()
    return FormatInfo(size.width(), size.height(), fmt.maxFrameRate(), _PIXEL_RANK.get(pixel, 4))


def pick_format(formats: Sequence[FormatInfo | None], size: tuple[int, int], fps: float) -> int | None:
    """Index of the best format for ``size`` at ``fps``: the rate first, then the height closest to the
    request (smaller before larger — no need to scale down), then the cheapest pixel format."""

    def key(item: tuple[int, FormatInfo]) -> tuple[bool, bool, int, int, float]:
        info = item[1]
        return (
            info.max_fps + 1 < fps,
            info.height > size[1],
            abs(info.height - size[1]),
            info.pixel_rank,
            -info.max_fps,
        )

    candidates = [(index, info) for index, info in enumerate(formats) if info is not None]
    return min(candidates, key=key)[0] if candidates else None


def list_cameras() -> list[str]:
    """Names of the cameras the OS offers, the default first."""
    return [device.description() for device in _devices()]


def find_camera(name: str | None) -> QCameraDevice | None:
    """The camera called ``name`` (the default one if None or not found), or None if there is none."""
    devices = _devices()
    named = [device for device in devices if name is not None and device.description() == name]
    choices = named or devices
    return choices[0] if choices else None


def _devices() -> list[QCameraDevice]:
    devices = list(QMediaDevices.videoInputs())
    return sorted(devices, key=lambda device: not device.isDefault())


def diff_cameras(before: Sequence[str], after: Sequence[str]) -> tuple[list[str], list[str]]:
    """(added, removed) names between two listings."""
    return [n for n in after if n not in before], [n for n in before if n not in after]


class CameraWatcher(QObject):
    """Calls ``on_change(added, removed)`` (lists of names) whenever the OS's camera list changes."""

    def __init__(self, on_change: Callable[[list[str], list[str]], None]) -> None:
        super().__init__()
        self._on_change = on_change
        self._known = list_cameras()
        self._devices = QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self.refresh)

    def refresh(self, names: Sequence[str] | None = None) -> None:
        """Compare with the last listing (``names`` given in tests, else asked from Qt)."""
        current = list(names) if names is not None else list_cameras()
        added, removed = diff_cameras(self._known, current)
        self._known = current
        if added or removed:
            self._on_change(added, removed)

    def close(self) -> None:
        self._devices.videoInputsChanged.disconnect(self.refresh)


def request_permission(context: QObject, granted: Callable[[], None], denied: Callable[[], None]) -> None:
    """Call ``granted`` once camera access is allowed (asking the OS if not decided yet), else ``denied``."""
    app = QCoreApplication.instance()
    if app is None:  # no Qt application: nothing can ask, the device open itself will tell
        granted()
        return
    permission = QCameraPermission()
    status = app.checkPermission(permission)
    if status == Qt.PermissionStatus.Granted:
        granted()
    elif status == Qt.PermissionStatus.Denied:
        denied()
    else:

        def answered(result: QCameraPermission) -> None:
            (granted if app.checkPermission(result) == Qt.PermissionStatus.Granted else denied)()

        app.requestPermission(permission, context, answered)

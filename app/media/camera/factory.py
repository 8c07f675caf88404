"""Open the camera the person chose through Qt Multimedia; when there is none, nothing (or, with
``--synthetic-media``, the synthetic stand-in)."""

from __future__ import annotations

from app.media.camera.feed import CameraFeed
from app.media.camera.handle import Camera, CameraHandle, Opener
from app.media.camera.qt_capture import QtCamera
from app.media.camera.qt_devices import CameraWatcher, find_camera
from app.media.camera.synthetic import for_missing_camera
from app.media.frame_slot import FrameSlot


def qt_opener(size: tuple[int, int], fps: float, preview: FrameSlot, synthetic: bool = False) -> Opener:
    """Opens a Qt camera by name (the default if None or unknown); if there is no camera, ``NoCamera``
    (nothing is sent), or with ``synthetic`` the moving-pattern stand-in."""

    def open_camera_named(name: str | None) -> Camera:
        device = find_camera(name)
        if device is None:
            return for_missing_camera(synthetic, size, fps, preview)
        return QtCamera(device, CameraFeed(device.description(), preview=preview), size, fps)

    return open_camera_named


class WatchedCameraHandle(CameraHandle):
    """A ``CameraHandle`` that follows the OS's camera list (hot-plug) until closed."""

    def __init__(self, opener: Opener, name: str | None, *, size: tuple[int, int], fps: float,
                 preview: FrameSlot) -> None:  # fmt: skip
        super().__init__(opener, name, size=size, fps=fps, preview=preview)
        self.watcher = CameraWatcher(self.devices_changed)

    def close(self) -> None:
        if not self.closed:
            self.watcher.close()
        super().close()


def open_camera(
    name: str | None,
    size: tuple[int, int] = (640, 480),
    preview: FrameSlot | None = None,
    fps: float = 30.0,
    *,
    synthetic: bool = False,
) -> CameraHandle:
    """Open camera ``name`` (None: the system default) at about ``size`` and ``fps``.

    Call on the Qt thread with the event loop running (qasync). With no camera at all the handle shows
    sends nothing (``handle.absent``), or with ``synthetic`` (``--synthetic-media``) the moving
    pattern; either way ``handle.is_stand_in`` is True (the check reports CAMERA_NONE) and plugging
    one in later switches to it. ``handle.close()`` stops everything.
    """
    preview = preview if preview is not None else FrameSlot()
    opener = qt_opener(size, fps, preview, synthetic)
    return WatchedCameraHandle(opener, name, size=size, fps=fps, preview=preview)

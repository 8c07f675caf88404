"""A synthetic camera: a still picture (a face photo in tests) or the moving test pattern, into a feed.

It stands in when there is no camera, and it is the test double of the Qt capture: both fill a
``CameraFeed`` from which ``CameraTrack``, the self view and the pre-call check read. Brightness
(a gain on the picture) and frame rate are configurable and can change while it runs.
"""

from __future__ import annotations

import asyncio
import contextlib

import cv2
import numpy as np

from app.media.camera.feed import CameraFeed, CameraStatus, PixelData
from app.media.camera.handle import NoCamera
from app.media.frame_slot import FrameSlot, RGBFrame
from app.media.pacing import Pacer
from app.media.synthetic_video import PatternVideoTrack


def for_missing_camera(
    synthetic: bool, size: tuple[int, int], fps: float, preview: FrameSlot | None
) -> SyntheticCamera | NoCamera:
    """What opens when there is no camera: nothing (``NoCamera``, nothing is sent), or with
    ``synthetic`` (``--synthetic-media``: the demo, tests) the moving-pattern stand-in."""
    return SyntheticCamera.stand_in(size, fps, preview) if synthetic else NoCamera(preview)


class SyntheticCamera:
    """Puts ``image`` (RGB, fitted to ``size``) or, without one, the moving pattern into ``feed``.

    ``start()`` needs a running event loop; ``close()`` stops it (idempotent) and ``aclose()`` also
    waits for the producing task to finish. ``freeze()`` stops producing without ending the feed (a
    stalled camera); ``unplug()`` ends the feed as if the device was removed.
    """

    def __init__(
        self,
        feed: CameraFeed,
        *,
        size: tuple[int, int] = (640, 480),
        fps: float = 30.0,
        image: RGBFrame | None = None,
        brightness: float = 1.0,
    ) -> None:
        width, height = size
        if width % 2 or height % 2:
            raise ValueError("width and height must be even (yuv420p)")
        self.feed = feed
        self.size = size
        self._fps = fps
        self._image = fit(image, size) if image is not None else None
        self._pattern = PatternVideoTrack(size, fps) if image is None else None
        self._brightness = brightness
        self._still: PixelData | None = None
        self._task: asyncio.Task[None] | None = None
        self._frozen = False
        self._counter = 0

    @classmethod
    def stand_in(cls, size: tuple[int, int], fps: float, preview: FrameSlot | None) -> SyntheticCamera:
        """The moving pattern in a feed marked as a stand-in (no real camera exists)."""
        return cls(CameraFeed("synthetic", preview=preview, stand_in=True), size=size, fps=fps)

    @property
    def name(self) -> str:
        return self.feed.name

    @property
    def fps(self) -> float:
        return self._fps

    @fps.setter
    def fps(self, value: float) -> None:
        self._fps = value

    @property
    def brightness(self) -> float:
        return self._brightness

    @brightness.setter
    def brightness(self, value: float) -> None:
        self._brightness = value
        self._still = None

    def render(self) -> PixelData:
        """The next picture as packed yuv420p."""
        if self._image is not None:
            if self._still is None:
                self._still = _to_i420(_gain(self._image, self._brightness))
            return self._still
        assert self._pattern is not None
        rgb = _gain(self._pattern.render(self._counter), self._brightness)
        self._counter += 1
        return _to_i420(rgb)

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="synthetic-camera")

    def freeze(self, frozen: bool = True) -> None:
        self._frozen = frozen

    def unplug(self) -> None:
        """End the feed as if the device was pulled out (readers see ``REMOVED``)."""
        self.feed.fail(CameraStatus.REMOVED)
        self.close()

    def close(self) -> None:
        """Stop producing and end the feed (idempotent; an earlier end state is kept)."""
        if self._task is not None:
            self._task.cancel()
        self.feed.fail(CameraStatus.CLOSED)

    async def aclose(self) -> None:
        self.close()
        task, self._task = self._task, None
        if task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _run(self) -> None:
        width, height = self.size
        pacer = Pacer(self._fps, 90_000)
        while True:
            if pacer.rate != self._fps:
                pacer = Pacer(self._fps, 90_000)
            await pacer.next()
            if not self._frozen:
                self.feed.put(self.render(), "yuv420p", width, height)


def fit(image: RGBFrame, size: tuple[int, int]) -> RGBFrame:
    """``image`` scaled to cover ``size`` and centre-cropped to it."""
    width, height = size
    h, w = image.shape[:2]
    scale = max(width / w, height / h)
    resized = cv2.resize(image, (max(width, round(w * scale)), max(height, round(h * scale))))
    top = (resized.shape[0] - height) // 2
    left = (resized.shape[1] - width) // 2
    return np.ascontiguousarray(resized[top : top + height, left : left + width])


def _to_i420(rgb: RGBFrame) -> PixelData:
    return np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2YUV_I420), dtype=np.uint8)


def _gain(rgb: RGBFrame, brightness: float) -> RGBFrame:
    if brightness == 1.0:
        return rgb
    return np.asarray(cv2.convertScaleAbs(rgb, alpha=brightness), dtype=np.uint8)

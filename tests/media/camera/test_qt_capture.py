"""Qt Multimedia capture without a camera: QVideoFrames fed into a QVideoSink, formats, errors, fallback."""

from __future__ import annotations

import asyncio

import av
import cv2
import numpy as np
import pytest
from PySide6.QtCore import QSize
from PySide6.QtMultimedia import QCamera, QCameraDevice, QVideoFrame, QVideoFrameFormat, QVideoSink

from app.core.preflight import PreflightCode
from app.media.camera.feed import CameraFeed, CameraStatus
from app.media.camera.qt_capture import QtCamera, SinkAdapter, classify_error
from app.media.camera.qt_convert import convert
from app.media.camera.qt_devices import (
    CameraWatcher,
    FormatInfo,
    list_cameras,
    pick_format,
    request_permission,
)
from app.media.camera.track import CameraTrack
from app.media.frame_slot import FrameSlot
from app.preflight.camera import CameraCheck

PF = QVideoFrameFormat.PixelFormat
pytestmark = [
    pytest.mark.usefixtures("qapp"),
    # QtMultimedia says once, at load, that this machine has no PipeWire; nothing to do with our code.
    pytest.mark.qt_log_ignore("pipewire", "Using Qt multimedia with FFmpeg"),
]


def qt_frame(pixel_format: PF, width: int, height: int, planes: list[np.ndarray]) -> QVideoFrame:
    """A mapped-and-filled QVideoFrame: each plane's rows copied in, honouring Qt's stride."""
    frame = QVideoFrame(QVideoFrameFormat(QSize(width, height), pixel_format))
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    for index, plane in enumerate(planes):
        stride = frame.bytesPerLine(index)
        target = np.frombuffer(frame.bits(index), dtype=np.uint8)
        rows = plane.reshape(plane.shape[0], -1)
        target[: rows.shape[0] * stride].reshape(rows.shape[0], stride)[:, : rows.shape[1]] = rows
    frame.unmap()
    return frame


def yuv_planes(width: int, height: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    y = (np.arange(width * height, dtype=np.uint32) % 220 + 16).astype(np.uint8).reshape(height, width)
    u = np.full((height // 2, width // 2), 90, np.uint8)
    v = np.full((height // 2, width // 2), 170, np.uint8)
    return y, u, v


def test_yuv420p_is_packed_without_conversion() -> None:
    y, u, v = yuv_planes(64, 48)
    picture = convert(qt_frame(PF.Format_YUV420P, 64, 48, [y, u, v]))
    assert picture is not None and picture.pixel_format == "yuv420p" and picture[2:] == (64, 48, False)
    assert np.array_equal(picture.data, np.concatenate([y.ravel(), u.ravel(), v.ravel()]).reshape(72, 64))


def test_yv12_swaps_chroma_and_nv21_becomes_nv12() -> None:
    y, u, v = yuv_planes(64, 48)
    yv12 = convert(qt_frame(PF.Format_YV12, 64, 48, [y, v, u]))
    assert yv12 is not None and int(yv12.data[48, 0]) == 90 and int(yv12.data[-1, -1]) == 170
    vu = np.stack([v, u], axis=2).reshape(24, 64)
    nv21 = convert(qt_frame(PF.Format_NV21, 64, 48, [y, vu]))
    assert nv21 is not None and nv21.pixel_format == "nv12"
    assert nv21.data[48, :4].tolist() == [90, 170, 90, 170]


def test_yuv422p_keeps_every_other_chroma_row() -> None:
    y, _, _ = yuv_planes(64, 48)
    u = np.repeat(np.arange(48, dtype=np.uint8)[:, None], 32, axis=1)
    v = np.full((48, 32), 200, np.uint8)
    picture = convert(qt_frame(PF.Format_YUV422P, 64, 48, [y, u, v]))
    assert picture is not None and picture.pixel_format == "yuv420p" and picture.data.shape == (72, 64)
    chroma_u = picture.data[48:60].reshape(24, 32)
    assert chroma_u[:, 0].tolist() == list(range(0, 48, 2)) and int(picture.data[-1, -1]) == 200


def test_rgb_byte_orders_become_rgb24() -> None:
    rgb = np.zeros((48, 64, 3), np.uint8)
    rgb[..., 0], rgb[..., 1], rgb[..., 2] = 200, 100, 50
    alpha = np.full((48, 64, 1), 255, np.uint8)
    rgba = convert(qt_frame(PF.Format_RGBA8888, 64, 48, [np.concatenate([rgb, alpha], axis=2)]))
    bgra = convert(qt_frame(PF.Format_BGRA8888, 64, 48, [np.concatenate([rgb[..., ::-1], alpha], axis=2)]))
    for picture in (rgba, bgra):
        assert picture is not None and picture.pixel_format == "rgb24"
        assert picture.data[5, 5].tolist() == [200, 100, 50]


def test_packed_yuyv_and_grey_y8() -> None:
    grey = np.full((48, 64), 128, np.uint8)
    yuyv = np.stack([grey, np.full((48, 64), 128, np.uint8)], axis=2)
    picture = convert(qt_frame(PF.Format_YUYV, 64, 48, [yuyv]))
    assert (
        picture is not None and picture.pixel_format == "rgb24" and abs(int(picture.data[0, 0, 1]) - 130) < 6
    )
    y8 = convert(qt_frame(PF.Format_Y8, 64, 48, [grey]))
    assert y8 is not None and y8.pixel_format == "yuv420p" and y8.full_range and int(y8.data[-1, 0]) == 128


def test_mjpeg_is_decoded_to_rgb() -> None:
    bgr = np.zeros((48, 64, 3), np.uint8)
    bgr[:] = (40, 120, 220)  # B, G, R
    ok, encoded = cv2.imencode(".jpg", bgr)
    assert ok
    frame = QVideoFrame(QVideoFrameFormat(QSize(64, 48), PF.Format_Jpeg))
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    np.frombuffer(frame.bits(0), dtype=np.uint8)[: encoded.size] = encoded.ravel()
    frame.unmap()
    picture = convert(frame)
    assert picture is not None and picture.pixel_format == "rgb24" and picture.data.shape == (48, 64, 3)
    assert np.abs(picture.data[24, 32].astype(int) - [220, 120, 40]).max() <= 4


def test_unsupported_format_is_none() -> None:
    frame = QVideoFrame(QVideoFrameFormat(QSize(64, 48), PF.Format_P010))
    assert convert(frame) is None


async def test_sink_frames_reach_the_feed_newest_only_and_the_track() -> None:
    sink = QVideoSink()
    preview = FrameSlot()
    feed = CameraFeed("sink", preview=preview)
    adapter = SinkAdapter(sink, feed)
    track = CameraTrack(feed)
    y, u, v = yuv_planes(64, 48)
    for level in (30, 60, 120):
        sink.setVideoFrame(qt_frame(PF.Format_YUV420P, 64, 48, [np.full_like(y, level), u, v]))
    assert feed.count == 3 and preview.count == 3
    frame = await track.recv()
    assert frame.format.name == "yuv420p" and int(frame.to_ndarray()[0, 0]) == 120
    sink.setVideoFrame(QVideoFrame())  # an empty frame (camera stopping) is skipped
    assert feed.count == 3
    adapter.detach()
    sink.setVideoFrame(qt_frame(PF.Format_YUV420P, 64, 48, [y, u, v]))
    assert feed.count == 3


def test_pick_format_prefers_rate_then_size_then_cheap_pixels() -> None:
    formats = [
        FormatInfo(1920, 1080, 30, 3),
        FormatInfo(1280, 720, 10, 2),  # 720p only at 10 fps in YUYV (USB 2 bandwidth)
        FormatInfo(1280, 720, 30, 3),  # … and at 30 fps as MJPEG
        FormatInfo(640, 480, 30, 2),
        FormatInfo(640, 480, 30, 0),
        None,  # a format we cannot convert
    ]
    assert pick_format(formats, (1280, 720), 30) == 2
    assert pick_format(formats, (640, 480), 30) == 4
    assert pick_format(formats, (1920, 1080), 30) == 0
    assert pick_format(formats, (3840, 2160), 30) == 0  # the largest there is
    assert pick_format(formats[3:], (1280, 720), 30) == 1  # smaller rather than nothing
    assert pick_format([None], (640, 480), 30) is None


def test_error_messages_map_to_codes() -> None:
    assert classify_error("Camera permission denied") is CameraStatus.PERMISSION_DENIED
    assert classify_error("Not authorized to use the camera") is CameraStatus.PERMISSION_DENIED
    assert classify_error("Device or resource busy") is CameraStatus.IN_USE
    assert classify_error("Could not open the camera") is CameraStatus.IN_USE


def test_an_error_from_a_camera_no_longer_listed_means_it_was_unplugged() -> None:
    feed = CameraFeed("gone")
    camera = QtCamera(QCameraDevice(), feed, (640, 480))  # a device the OS does not list
    camera._camera.errorOccurred.emit(QCamera.Error.NoError, "")
    assert feed.status is CameraStatus.STARTING
    camera._camera.errorOccurred.emit(QCamera.Error.CameraError, "Device or resource busy")
    assert feed.status is CameraStatus.REMOVED
    camera.close()
    camera.close()
    assert feed.status is CameraStatus.REMOVED  # the first reason stays


def test_permission_is_granted_at_once_off_macos() -> None:
    answers: list[str] = []
    sink = QVideoSink()
    request_permission(sink, lambda: answers.append("granted"), lambda: answers.append("denied"))
    assert answers == ["granted"]


def test_watcher_reports_added_and_removed_names() -> None:
    changes: list[tuple[list[str], list[str]]] = []
    watcher = CameraWatcher(lambda added, removed: changes.append((added, removed)))
    watcher.refresh(["Logitech C920"])
    watcher.refresh(["Logitech C920"])  # no change: no call
    watcher.refresh(["FaceTime HD Camera"])
    watcher.close()
    assert changes == [(["Logitech C920"], []), (["FaceTime HD Camera"], ["Logitech C920"])]


async def test_no_camera_here_sends_nothing_and_reports_none() -> None:
    from app.media.camera import open_camera

    assert list_cameras() == []
    preview = FrameSlot()
    handle = open_camera(None, (320, 240), preview, fps=30)  # a shipped build: no --synthetic-media
    try:
        assert handle.is_stand_in and handle.absent and handle.name == "none"
        with pytest.raises(TimeoutError):  # no test pattern, no black: nothing to send
            await asyncio.wait_for(handle.track.recv(), 0.5)
        assert preview.count == 0
        result = await CameraCheck(handle.feed, None).run()
        assert result.codes == [PreflightCode.CAMERA_NONE]
    finally:
        handle.close()
        handle.close()
    assert handle.track.readyState == "ended"


async def test_with_synthetic_media_no_camera_here_falls_back_to_the_synthetic_camera() -> None:
    from app.media.camera import open_camera

    assert list_cameras() == []
    preview = FrameSlot()
    handle = open_camera(None, (320, 240), preview, fps=30, synthetic=True)
    try:
        assert handle.is_stand_in and not handle.absent and handle.name == "synthetic"
        frame = await asyncio.wait_for(handle.track.recv(), 1)
        assert isinstance(frame, av.VideoFrame)
        assert (frame.width, frame.height) == (320, 240) and preview.count >= 1
        result = await CameraCheck(handle.feed, None).run()
        assert result.codes == [PreflightCode.CAMERA_NONE]
    finally:
        handle.close()
        handle.close()
    assert handle.track.readyState == "ended"

"""The camera check against a synthetic camera showing a known face photo at known brightness and rate."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import numpy as np
import pytest

from app.core.preflight import CheckName, PreflightCode
from app.core.protocol.models import Verdict
from app.media.camera.faces import FaceDetector, load_face_detector
from app.media.camera.feed import CameraFeed, CameraStatus
from app.media.camera.synthetic import SyntheticCamera
from app.preflight.camera import CameraCheck
from tests.media.camera.pictures import blurred, face_frame

SHORT = 0.6  # seconds of sampling in most tests; one test runs the default 2 s


@pytest.fixture(scope="module")
def detector() -> FaceDetector:
    found = load_face_detector()
    if found is None:
        pytest.skip("no bundled face detector (needs OpenCV 4 Haar cascades or scikit-image)")
    return found


@contextlib.asynccontextmanager
async def camera(
    image: np.ndarray | None, *, size: tuple[int, int] = (640, 480), fps: float = 30, brightness: float = 1.0
) -> AsyncIterator[SyntheticCamera]:
    cam = SyntheticCamera(CameraFeed("test camera"), size=size, fps=fps, image=image, brightness=brightness)
    cam.start()
    try:
        yield cam
    finally:
        await cam.aclose()


def check_of(cam: SyntheticCamera, detector: FaceDetector | None) -> CameraCheck:
    return CameraCheck(cam.feed, detector, duration_s=SHORT)


async def test_good_picture_is_ok_with_every_measurement(detector: FaceDetector) -> None:
    async with camera(face_frame((0.5, 0.4))) as cam:
        result = await check_of(cam, detector).run()
    assert (result.check, result.verdict, result.codes) == (
        CheckName.CAMERA,
        Verdict.OK,
        [PreflightCode.CAMERA_OK],
    )
    values = result.measurements
    assert values["fps"] == pytest.approx(30, abs=6)
    assert (values["width"], values["height"]) == (640, 480)
    assert values["luminance"] == pytest.approx(129, abs=4)
    assert values["sharpness"] > 100
    assert values["face_x"] == pytest.approx(0.5, abs=0.04) and values["face_y"] == pytest.approx(
        0.4, abs=0.04
    )
    assert values["face_share"] == 1.0
    assert SHORT <= result.duration_s < SHORT + 0.5


async def test_the_default_check_takes_about_two_seconds(detector: FaceDetector) -> None:
    async with camera(face_frame(), size=(1280, 720)) as cam:
        result = await CameraCheck(cam.feed, detector, requested_size=(1280, 720)).run()
    assert result.codes == [PreflightCode.CAMERA_OK]
    assert 2.0 <= result.duration_s < 3.0


@pytest.mark.parametrize(
    ("centre", "code"),
    [
        ((0.5, 0.78), PreflightCode.CAMERA_FACE_TOO_LOW),
        ((0.15, 0.4), PreflightCode.CAMERA_FACE_OFF_CENTRE),
        ((0.5, 0.15), PreflightCode.CAMERA_FACE_OFF_CENTRE),
        ((0.0, 0.4), PreflightCode.CAMERA_NO_FACE),
    ],
)
async def test_face_placement_gives_advice(
    detector: FaceDetector, centre: tuple[float, float], code: PreflightCode
) -> None:
    async with camera(face_frame(centre)) as cam:
        result = await check_of(cam, detector).run()
    assert (result.verdict, result.codes) == (Verdict.WARNING, [code])


async def test_no_face_in_the_moving_pattern(detector: FaceDetector) -> None:
    async with camera(None) as cam:
        result = await check_of(cam, detector).run()
    assert result.codes == [PreflightCode.CAMERA_NO_FACE]
    assert result.measurements["face_share"] == 0.0 and "face_x" not in result.measurements


async def test_too_dark(detector: FaceDetector) -> None:
    async with camera(face_frame(), brightness=0.3) as cam:
        result = await check_of(cam, detector).run()
    assert result.verdict is Verdict.WARNING and result.codes[0] is PreflightCode.CAMERA_TOO_DARK
    assert PreflightCode.CAMERA_BLURRED not in result.codes  # a dark picture is not called blurred
    assert result.measurements["luminance"] == pytest.approx(0.3 * 129, abs=4)


async def test_blurred(detector: FaceDetector) -> None:
    async with camera(blurred(face_frame(), 4)) as cam:
        result = await check_of(cam, detector).run()
    assert PreflightCode.CAMERA_BLURRED in result.codes and result.verdict is Verdict.WARNING


async def test_low_frame_rate_and_low_resolution(detector: FaceDetector) -> None:
    async with camera(face_frame(size=(320, 240)), size=(320, 240), fps=10) as cam:
        result = await check_of(cam, detector).run()
    assert result.codes == [PreflightCode.CAMERA_LOW_FRAME_RATE, PreflightCode.CAMERA_LOW_RESOLUTION]
    assert result.measurements["fps"] == pytest.approx(10, abs=2)
    assert (result.measurements["width"], result.measurements["height"]) == (320, 240)


async def test_a_camera_that_stalls_half_way_is_slow(detector: FaceDetector) -> None:
    async with camera(face_frame()) as cam:
        check = asyncio.ensure_future(check_of(cam, detector).run())
        await asyncio.sleep(SHORT / 2)
        cam.freeze()
        result = await check
    assert result.codes == [PreflightCode.CAMERA_LOW_FRAME_RATE]
    assert result.measurements["fps"] < 20


async def test_without_a_detector_the_face_is_left_out() -> None:
    async with camera(None) as cam:
        result = await (check_of(cam, None)).run()
    assert result.codes == [PreflightCode.CAMERA_OK]
    assert result.measurements["face_detector"] == 0.0


async def test_no_camera_and_the_stand_in_say_none() -> None:
    assert (await CameraCheck(None, None).run()).codes == [PreflightCode.CAMERA_NONE]
    stand_in = SyntheticCamera.stand_in((640, 480), 30, None)
    stand_in.start()
    result = await CameraCheck(stand_in.feed, None).run()
    await stand_in.aclose()
    assert (result.verdict, result.codes) == (Verdict.FAIL, [PreflightCode.CAMERA_NONE])


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (CameraStatus.IN_USE, PreflightCode.CAMERA_IN_USE),
        (CameraStatus.PERMISSION_DENIED, PreflightCode.CAMERA_PERMISSION_DENIED),
        (CameraStatus.NONE, PreflightCode.CAMERA_NONE),
        (CameraStatus.REMOVED, PreflightCode.CAMERA_NO_FRAMES),
    ],
)
async def test_device_errors_fail_at_once(status: CameraStatus, code: PreflightCode) -> None:
    feed = CameraFeed("busy")
    feed.fail(status)
    result = await CameraCheck(feed, None).run()
    assert (result.verdict, result.codes) == (Verdict.FAIL, [code])
    assert result.duration_s < 0.1


async def test_a_camera_that_never_delivers() -> None:
    result = await CameraCheck(CameraFeed("silent"), None, open_timeout_s=0.2).run()
    assert (result.verdict, result.codes) == (Verdict.FAIL, [PreflightCode.CAMERA_NO_FRAMES])
    assert result.duration_s < 0.4


async def test_permission_denied_while_opening() -> None:
    feed = CameraFeed("mac")
    check = asyncio.ensure_future(CameraCheck(feed, None).run())
    await asyncio.sleep(0.05)
    feed.fail(CameraStatus.PERMISSION_DENIED)
    assert (await check).codes == [PreflightCode.CAMERA_PERMISSION_DENIED]


async def test_unplugged_during_the_check_fails_with_what_was_measured(detector: FaceDetector) -> None:
    async with camera(face_frame()) as cam:
        check = asyncio.ensure_future(check_of(cam, detector).run())
        await asyncio.sleep(0.3)
        cam.unplug()
        result = await check
    assert (result.verdict, result.codes) == (Verdict.FAIL, [PreflightCode.CAMERA_NO_FRAMES])
    assert result.measurements["fps"] > 0 and result.duration_s < SHORT

"""The clinician build sends its own camera and microphone, not a test pattern (issue 11, finding 2).

The composition root (``app.main.clinician.build_clinician_window``, as ``python -m app clinician``
builds it from the command line) is given a device provider whose camera shows a known still picture
and whose microphone and speaker lists are fakes. A real service and a real patient consultation: the
patient receives what the clinician's camera shows; with no camera and no microphone the patient gets
no picture at all and the clinician is told in words; only ``--synthetic-media`` brings the pattern.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import av
import numpy as np
import pytest

from app.core.call_state import CallState
from app.main.clinician import build_clinician_window
from app.main.options import parse_options
from app.media.camera.feed import CameraFeed
from app.media.camera.handle import Camera, CameraHandle
from app.media.camera.synthetic import SyntheticCamera, for_missing_camera
from app.media.devices import LocalDevices
from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources
from app.media.stamp import read_stamp_frame
from app.session.consultation import PatientConsultation, SessionConfig
from server.embedded import EmbeddedService, start_embedded_service
from server.settings import ServiceSettings
from tests.support.recorder import EventRecorder
from tests.ui.helpers import until

pytestmark = pytest.mark.e2e

GREY = 170  # the still picture the clinician's camera shows


@pytest.fixture
def service() -> Iterator[EmbeddedService]:
    with start_embedded_service(ServiceSettings(dev_mode=True)) as running:
        yield running


class FakeDevices:
    """The device provider: ``LocalDevices`` over a fake camera list (a still grey picture) and no
    audio devices; it records the ``synthetic`` choice the composition root made."""

    def __init__(self, cameras: list[str]) -> None:
        self.cameras = cameras
        self.made: list[LocalDevices] = []
        self.synthetic: list[bool] = []

    def __call__(self, *, size: tuple[int, int], synthetic: bool) -> LocalDevices:
        self.synthetic.append(synthetic)

        def open_handle(name: str | None, preview: FrameSlot) -> CameraHandle:
            def opener(wanted: str | None) -> Camera:
                if not self.cameras:
                    return for_missing_camera(synthetic, size, 30, preview)
                picture = np.full((size[1], size[0], 3), GREY, dtype=np.uint8)
                feed = CameraFeed(self.cameras[0], preview=preview)
                return SyntheticCamera(feed, size=size, fps=30, image=picture)

            return CameraHandle(opener, name, size=size, fps=30, preview=preview)

        devices = LocalDevices(
            size=size, synthetic=synthetic, open_camera=open_handle, list_cameras=lambda: list(self.cameras),
            list_microphones=lambda: [], list_speakers=lambda: [],
        )  # fmt: skip
        self.made.append(devices)
        return devices


def _walk(qtbot: Any, run_async: Any, translations: Any, service: EmbeddedService, argv: list[str],
          cameras: list[str]) -> tuple[list[av.VideoFrame], Any, FakeDevices]:  # fmt: skip
    options = parse_options("clinician", [*argv, "--service", service.url], environ={}, directories=[])
    config = SessionConfig(options.service, loopback_only=True)
    provider = FakeDevices(cameras)
    window, bridge, devices = build_clinician_window(
        config, translations, synthetic_media=options.synthetic_media, make_devices=provider
    )
    qtbot.addWidget(window)
    window.show()
    received: list[av.VideoFrame] = []
    patient_events = EventRecorder()
    patient = PatientConsultation(
        config, patient_events,
        sources_factory=lambda preview: MediaSources.synthetic(preview=preview),
        frame_observer=lambda _pid, frame: received.append(frame),
    )  # fmt: skip

    entries: list[Any] = []
    bridge.queueChanged.connect(entries.append)

    async def walk() -> None:
        try:
            bridge.login("Dr. Berg")
            await until(lambda: bridge.user is not None, 10)
            assert window.device_check is not None  # the check of their own devices runs at sign-in
            await until(lambda: window.device_check.controller.report is not None, 20)
            bridge.create_room("Room")
            await until(lambda: bridge.room is not None, 10)
            await patient.login_test("Kari")
            await patient.open_room(bridge.room.code)
            await patient.knock()
            await until(lambda: bool(entries) and bool(entries[-1]), 10)
            bridge.admit(entries[-1][0].participant_id)
            await until(lambda: patient.state is CallState.IN_CALL and bridge.state is CallState.IN_CALL, 20)
            assert devices is not None and devices.is_open  # the call's media came from the devices
            await until(lambda: len(received) >= 10 or (not cameras and not options.synthetic_media), 10)
            await _settle(1.5)
            await patient.hang_up()
        finally:
            await patient.close()
            await window.device_check.controller.close()
            await bridge.close()
            await devices.aclose()

    run_async(walk())
    return received, window, provider


async def _settle(seconds: float) -> None:
    await asyncio.sleep(seconds)


def test_the_clinician_sends_the_camera_it_was_given(qtbot, run_async, translations, service):
    received, window, provider = _walk(qtbot, run_async, translations, service, [], ["Desk camera"])
    assert provider.synthetic == [False]
    assert len(received) >= 10
    assert all(read_stamp_frame(frame) is None for frame in received)  # not the test pattern
    picture = received[-1].to_ndarray(format="gray")
    assert abs(float(picture.mean()) - GREY) < 25 and float(picture.std()) < 10  # the still grey picture
    assert window.devices_notice.text().startswith("No microphone found")  # the fake has none


def test_without_camera_or_microphone_nothing_is_sent_and_the_clinician_is_told(
    qtbot, run_async, translations, service
):
    received, window, provider = _walk(qtbot, run_async, translations, service, [], [])
    assert provider.synthetic == [False]
    assert received == []  # no test pattern, no black: no picture at all
    assert window.bridge.devices_missing == (True, True)
    assert window.devices_notice.text().startswith("No camera or microphone found")
    assert window.statusBar().isVisible()


def test_synthetic_media_brings_the_test_pattern_where_devices_are_missing(
    qtbot, run_async, translations, service
):
    received, window, provider = _walk(qtbot, run_async, translations, service, ["--synthetic-media"], [])
    assert provider.synthetic == [True]
    assert len(received) >= 10
    picture = received[-1].to_ndarray(format="gray")
    assert float(picture.std()) > 20  # the moving colour pattern, not a plain picture
    assert window.bridge.devices_missing == (False, False)

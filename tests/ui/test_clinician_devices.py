"""The clinician build sends its own camera and microphone, not a test pattern (issue 11, finding 2).

The composition root (``app.main.clinician.build_clinician_window``, as ``python -m app clinician``
builds it from the command line) is given a device provider whose camera shows a known still picture
and whose microphone and speaker lists are fakes. A real service and a real patient consultation: the
patient receives what the clinician's camera shows; with no camera and no microphone the patient gets
no picture at all and the clinician is told in words; only ``--synthetic-media`` brings the pattern.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import av
import numpy as np
import pytest

from app.core.call_state import CallState
from app.main.clinician import build_clinician_window
from app.main.options import parse_options
from app.media.analysis import dominant_frequency
from app.media.audio import MicrophoneTrack, find_device
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
from tests.support import pulse as _pulse
from tests.support.pulse import PulseDaemon, tone
from tests.support.recorder import EventRecorder
from tests.ui.helpers import until

pytestmark = pytest.mark.e2e
pulse_daemon = _pulse.pulse_daemon  # the process's private PulseAudio daemon, for the audio case

GREY = 170  # the still picture the clinician's camera shows
PATIENT_TONE = 880.0  # what the patient's synthetic microphone sends
CLINICIAN_VOICE = 600.0  # what the test plays into the clinician's (PulseAudio) microphone


@pytest.fixture
def service() -> Iterator[EmbeddedService]:
    with start_embedded_service(ServiceSettings(dev_mode=True)) as running:
        yield running


class FakeDevices:
    """The device provider: ``LocalDevices`` over a fake camera list (a still grey picture) and no
    audio devices; it records the ``synthetic`` choice the composition root made."""

    def __init__(self, cameras: list[str], real_audio: bool = False) -> None:
        self.cameras = cameras
        self.real_audio = real_audio  # the system's microphones and speakers (the test's PulseAudio)
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

        no_audio: dict[str, Any] = (
            {} if self.real_audio else {"list_microphones": list, "list_speakers": list}
        )
        devices = LocalDevices(
            size=size, synthetic=synthetic, open_camera=open_handle, list_cameras=lambda: list(self.cameras),
            **no_audio,
        )  # fmt: skip
        self.made.append(devices)
        return devices


InCall = Callable[[PatientConsultation], Awaitable[None]]


def _walk(qtbot: Any, run_async: Any, translations: Any, service: EmbeddedService, argv: list[str],
          cameras: list[str], *, real_audio: bool = False,
          in_call: InCall | None = None) -> tuple[list[av.VideoFrame], Any, FakeDevices]:  # fmt: skip
    options = parse_options("clinician", [*argv, "--service", service.url], environ={}, directories=[])
    config = SessionConfig(options.service, loopback_only=True)
    provider = FakeDevices(cameras, real_audio)
    window, bridge, devices = build_clinician_window(
        config, translations, synthetic_media=options.synthetic_media, make_devices=provider
    )
    qtbot.addWidget(window)
    window.show()
    received: list[av.VideoFrame] = []
    patient_events = EventRecorder()
    patient = PatientConsultation(
        config, patient_events,
        sources_factory=lambda preview: MediaSources.synthetic(preview=preview, tone_hz=PATIENT_TONE),
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
            if in_call is not None:
                await in_call(patient)
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


def test_the_clinician_is_heard_through_their_microphone_and_hears_the_patient_on_their_speaker(
    qtbot, run_async, translations, service, pulse_daemon: PulseDaemon
):
    """Real audio devices (PulseAudio null sinks): the clinician's microphone reaches the patient, and
    the patient's voice plays on the clinician's speaker; no tone of the app's own is sent."""
    heard: dict[str, float] = {}

    async def listen(patient: PatientConsultation) -> None:
        call = patient.call
        assert call is not None
        clinician_id = patient.participants[0].participant_id
        drain = call.drain(clinician_id, "audio")
        assert drain is not None
        await until(lambda: drain.frames >= 50, 10)
        heard["patient"] = dominant_frequency(drain.recent_audio(), drain.audio_rate)
        speaker = MicrophoneTrack(find_device("vsink.monitor", "input"))  # what the clinician's speaker plays
        try:
            frames = [await asyncio.wait_for(speaker.recv(), 2) for _ in range(50)]
        finally:
            speaker.stop()
        samples = np.concatenate([frame.to_ndarray().reshape(-1) for frame in frames[10:]])
        heard["clinician"] = dominant_frequency(samples, frames[-1].sample_rate)

    # A real (non-monitor) microphone, the system default, that hears what is played into "vmic".
    module = pulse_daemon.pactl(
        "load-module", "module-remap-source", "source_name=deskmic", "master=vmic.monitor",
        "source_properties=\"device.description='Desk Microphone'\"",
    ).stdout.strip()  # fmt: skip
    pulse_daemon.pactl("set-default-source", "deskmic")
    pulse_daemon.play("vmic", tone(30, CLINICIAN_VOICE, -6))  # the clinician speaks
    try:
        _walk(qtbot, run_async, translations, service, [], ["Desk camera"], real_audio=True, in_call=listen)
    finally:
        pulse_daemon.stop_players()
        pulse_daemon.pactl("unload-module", module)
        pulse_daemon.pactl("set-default-source", "vmic.monitor")
    assert abs(heard["patient"] - CLINICIAN_VOICE) < 10, heard
    assert abs(heard["clinician"] - PATIENT_TONE) < 10, heard

"""The pre-call checks (the patient's, and the clinician's device check), built each time they run.

Everything heavy the checks need (OpenCV's face detector, sounddevice, the network check's TURN and
signaling clients) is imported inside ``make``: when the first check starts, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from app.core.preflight import CheckName, CheckResult, PreflightReport
from app.media.devices import DeviceKind, LocalDevices
from app.media.frame_slot import FrameSlot
from app.preflight.runner import Check, PreflightRunner
from app.session.config import SessionConfig
from app.ui.preflight.controller import Runner, RunnerFactory

if TYPE_CHECKING:
    from app.media.camera.faces import FaceDetector
    from app.session.consultation_base import Consultation


@cache
def face_detector() -> FaceDetector | None:
    """OpenCV's face cascade, loaded once, at the first camera check."""
    from app.media.camera.faces import load_face_detector

    return load_face_detector()


def preflight_runners(
    config: SessionConfig,
    consultations: Sequence[Consultation],
    devices: LocalDevices,
    *,
    open_devices: bool = False,
) -> RunnerFactory:
    """Builds the pre-call checks each time a window runs them.

    ``open_devices``: the devices are not kept open between calls (the clinician's), so each run opens
    them for the check and closes them after (a run during a call checks the ones in use).
    """

    def make(on_result: Callable[[CheckResult], None], only: frozenset[CheckName] | None) -> Runner:
        if open_devices:
            return _DevicesOpenWhileChecking(devices, lambda: build(on_result, only))
        return build(on_result, only)

    def build(on_result: Callable[[CheckResult], None], only: frozenset[CheckName] | None) -> PreflightRunner:
        from app.preflight.audio_checks import audio_checks
        from app.preflight.camera import CameraCheck
        from app.preflight.computer import ComputerCheck
        from app.preflight.network import NetworkCheck

        async def token() -> str | None:
            return consultations[-1].api.token if consultations else None

        camera = devices.camera
        feed = camera.feed if camera is not None and not camera.is_stand_in else None
        # The devices the person chose (or the OS defaults), so a re-check tests the new one.
        microphone, speaker = audio_checks(
            devices.audio_device(DeviceKind.MICROPHONE), devices.audio_device(DeviceKind.SPEAKER)
        )
        checks: dict[CheckName, Check] = {
            CheckName.CAMERA: CameraCheck(feed, face_detector(), requested_size=config.video_size),
            CheckName.MICROPHONE: microphone,
            CheckName.SPEAKER: speaker,
            CheckName.NETWORK: NetworkCheck(config.service_url, token),
            CheckName.COMPUTER: ComputerCheck(),  # how busy the computer is, while the others run
        }
        if only is not None:
            checks = {name: check for name, check in checks.items() if name in only}
        return PreflightRunner(checks, on_result=on_result)

    return make


class _DevicesOpenWhileChecking:
    """Opens the devices for one run of the checks (unless a call has them open) and closes them after."""

    def __init__(self, devices: LocalDevices, build: Callable[[], PreflightRunner]) -> None:
        self._devices = devices
        self._build = build

    async def run(self) -> PreflightReport:
        opened = None if self._devices.is_open else self._devices.media_sources(FrameSlot())
        try:
            return await self._build().run()
        finally:
            if opened is not None:
                await opened.aclose()

"""The patient's pre-call checks, built each time the window runs them.

Everything heavy the checks need (OpenCV's face detector, sounddevice, the network check's TURN and
signaling clients) is imported inside ``make``: when the first check starts, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from app.core.preflight import CheckName, CheckResult
from app.media.devices import DeviceKind, LocalDevices
from app.preflight.runner import Check, PreflightRunner
from app.session.config import SessionConfig
from app.ui.preflight.controller import RunnerFactory

if TYPE_CHECKING:
    from app.media.camera.faces import FaceDetector
    from app.session.consultation import PatientConsultation


@cache
def face_detector() -> FaceDetector | None:
    """OpenCV's face cascade, loaded once, at the first camera check."""
    from app.media.camera.faces import load_face_detector

    return load_face_detector()


def preflight_runners(
    config: SessionConfig, consultations: list[PatientConsultation], devices: LocalDevices
) -> RunnerFactory:
    """Builds the pre-call checks each time the patient's window runs them."""

    def make(on_result: Callable[[CheckResult], None], only: frozenset[CheckName] | None) -> PreflightRunner:
        from app.preflight.audio_checks import audio_checks
        from app.preflight.camera import CameraCheck
        from app.preflight.computer import ComputerCheck
        from app.preflight.network import NetworkCheck

        async def token() -> str | None:
            return consultations[-1].api.token if consultations else None

        camera = devices.camera
        feed = camera.feed if camera is not None and not camera.is_stand_in else None
        # The devices the patient chose (or the OS defaults), so a re-check tests the new one.
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

"""The clinician's window wired to its consultation, its devices and its own device check.

The clinician gets the patient's device path: the camera, microphone and speaker they choose (or the
system's), switched live, followed on hot-plug, with echo cancellation and the remote voices on that
speaker. A missing device sends nothing; ``--synthetic-media`` makes a test pattern and a tone stand in.
Only the demo's clinician window (two windows on one computer) sends synthetic media whatever is there.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.emergency import EmergencyNotice
from app.main.calls import clinician_consultation, synthetic_sources
from app.main.options import TRANSLATIONS
from app.main.preflight import preflight_runners
from app.media.devices import LocalDevices
from app.session.config import SessionConfig
from app.session.events import EventSink
from app.ui.bridge import ClinicianBridge
from app.ui.clinician_window import ClinicianWindow
from app.ui.device_check import DeviceCheck
from app.ui.i18n import Translations
from app.ui.invitation import InvitationWriter
from app.ui.login.identity_panel import IdentityPanel
from app.ui.login.login_offer import LoginOffer
from app.ui.preflight.controller import PreflightController
from app.ui.queue.queue_model import QueueModel
from app.ui.settings.store import UiSettings

if TYPE_CHECKING:  # importing it at run time would load aiortc
    from app.session.consultation import ClinicianConsultation

DevicesFactory = Callable[..., LocalDevices]  # LocalDevices(size=..., synthetic=...) or a test's own


def build_clinician_window(
    config: SessionConfig,
    translations: Translations,
    *,
    synthetic_media: bool,
    demo: bool = False,
    identity: IdentityPanel | LoginOffer | None = None,
    make_devices: DevicesFactory = LocalDevices,
    settings: UiSettings | None = None,
    emergency: EmergencyNotice | None = None,
) -> tuple[ClinicianWindow, ClinicianBridge, LocalDevices | None]:
    """The clinician's window; ``devices`` is None in the demo (synthetic media, no device check).

    The caller closes, in order: ``window.device_check.controller`` (if any), the bridge, then
    ``devices.aclose()``. Nothing here loads aiortc, PyAV, OpenCV or sounddevice.
    """
    devices = None if demo else make_devices(size=config.video_size, synthetic=synthetic_media)
    sources = devices.media_sources if devices is not None else synthetic_sources(config)
    consultations: list[ClinicianConsultation] = []

    def make_clinician(sink: EventSink) -> ClinicianConsultation:
        consultation = clinician_consultation(config, sink, sources)
        consultations.append(consultation)
        return consultation

    bridge = ClinicianBridge(make_clinician)
    check = None
    if devices is not None:
        controller = PreflightController(preflight_runners(config, consultations, devices, open_devices=True))
        check = DeviceCheck(controller, devices, devices.microphone_level)
    window = ClinicianWindow(
        bridge,
        translations,
        QueueModel(time.time),
        identity=identity,
        device_check=check,
        settings=settings,
        devices=devices,  # also chosen on the Settings page
        invitations=InvitationWriter(TRANSLATIONS, emergency),
    )
    return window, bridge, devices

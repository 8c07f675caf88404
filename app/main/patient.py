"""The patient's window wired to its consultation, its devices and its pre-call check."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from app.core.emergency import EmergencyNotice
from app.main.calls import patient_consultation
from app.main.preflight import preflight_runners
from app.media.devices import LocalDevices
from app.session.config import SessionConfig
from app.session.events import EventSink
from app.ui.bridge import PatientBridge
from app.ui.i18n import Translations
from app.ui.login.identity_panel import IdentityPanel
from app.ui.login.login_offer import LoginOffer
from app.ui.patient_window import PatientWindow
from app.ui.preflight.controller import PreflightController
from app.ui.settings.store import UiSettings
from app.ui.single_instance import LinkServer, OpenedLinks

if TYPE_CHECKING:  # importing it at run time would load aiortc
    from app.session.consultation import PatientConsultation


def build_patient_window(
    config: SessionConfig,
    translations: Translations,
    *,
    identity: IdentityPanel | LoginOffer | None = None,
    ring_tone: tuple[Callable[[], None], Callable[[], None]] | None = None,
    link: str | None = None,
    settings: UiSettings | None = None,
    synthetic_media: bool = False,
    emergency: EmergencyNotice | None = None,
) -> tuple[PatientWindow, PatientBridge, LocalDevices]:
    """The patient's window wired to its consultation, its devices and its pre-call check.

    The caller closes, in order: ``window.preflight``, the bridge, then ``devices.aclose()``. Nothing
    here loads aiortc, PyAV, OpenCV or sounddevice: the devices open at sign-in, the checks load theirs
    when they start.
    """
    # Camera, microphone, speaker: chosen, switched live; a missing one sends nothing (or, with
    # ``--synthetic-media``, a test pattern or a tone).
    devices = LocalDevices(size=config.video_size, synthetic=synthetic_media)
    consultations: list[PatientConsultation] = []

    def make_patient(sink: EventSink) -> PatientConsultation:
        consultation = patient_consultation(config, sink, devices.media_sources)
        consultations.append(consultation)
        return consultation

    bridge = PatientBridge(make_patient)
    preflight = PreflightController(preflight_runners(config, consultations, devices))
    window = PatientWindow(
        bridge,
        translations,
        preflight=preflight,
        identity=identity,
        devices=devices,
        ring_tone=ring_tone,
        link=link,
        settings=settings,
        emergency=emergency,
    )
    return window, bridge, devices


def follow_later_links(app: QApplication, window: PatientWindow, server: LinkServer | None) -> None:
    """Links opened while the app runs: from a second start, or (macOS) as an open-URL event."""

    def follow(link: str) -> None:
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        if link:
            window.open_link(link)

    opened = OpenedLinks(window)  # Qt drops the filter with the window
    app.installEventFilter(opened)
    opened.received.connect(follow)
    if server is not None:
        server.received.connect(follow)

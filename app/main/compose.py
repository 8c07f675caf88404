"""The composition root: ``run(role, argv)`` builds the service client, bridges and windows, and runs them.

One qasync event loop drives Qt and asyncio together (QtAsyncio cannot open the sockets aiortc needs).
``demo`` starts the service in-process on loopback (dev mode, in-memory SQLite, test identity) and
opens a patient and a clinician window in this one process and loop. Start-up loads no aiortc, PyAV,
OpenCV or sounddevice: they come with the first media (``calls``) or check (``preflight``).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import webbrowser

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from app.core.link_quality import ENV_POOR_LINK, poor_link_setting
from app.main.clinician import build_clinician_window
from app.main.event_loop import QEventLoop
from app.main.identity import login_offer, resume
from app.main.options import TRANSLATIONS, Options, is_loopback, parse_options
from app.main.patient import build_patient_window, follow_later_links
from app.main.url_scheme import register_for_this_user
from app.media.devices import LocalDevices
from app.session.auth.identity import IdentityLogins
from app.session.config import MediaRecovery, SessionConfig
from app.session.version_check import check_client_version
from app.ui.bridge import SessionBridge
from app.ui.clinician_window import ClinicianWindow
from app.ui.demo import arrange_demo
from app.ui.i18n import Translations, language_for_locale
from app.ui.main_window import ConsultationWindow
from app.ui.notify.sounds import qt_start_stop
from app.ui.patient_window import PatientWindow
from app.ui.self_test import run_role_self_test, run_self_test
from app.ui.settings.store import UiSettings
from app.ui.single_instance import LinkServer, hand_over, instance_name
from app.ui.theme import apply_theme


async def _main(
    options: Options,
    service_url: str,
    translations: Translations,
    settings: UiSettings,
    link_server: LinkServer | None = None,
) -> int:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # Real sign-in (BankID, OpenID) for a single-role build, as the service offers it; the demo keeps
    # to the test identity (two windows would share one remembered login).
    identity = IdentityLogins(service_url, webbrowser.open) if options.role != "demo" else None
    config = SessionConfig(
        service_url,
        loopback_only=is_loopback(service_url),
        keep_fresh=identity.keep_fresh if identity is not None else None,
        poor_link=poor_link_setting(os.environ.get(ENV_POOR_LINK)),
        recovery=MediaRecovery(give_up_s=options.media_recovery_s)
        if options.media_recovery_s is not None
        else MediaRecovery(),
    )
    bridges: list[SessionBridge] = []
    windows: list[ConsultationWindow] = []
    patient: PatientWindow | None = None
    devices: list[LocalDevices] = []
    clinician: ClinicianWindow | None = None
    panel = await login_offer(identity, options.role == "patient") if identity is not None else None
    if options.role in ("clinician", "demo"):
        clinician, clinician_bridge, clinician_devices = build_clinician_window(
            config,
            translations,
            synthetic_media=options.synthetic_media,
            demo=options.role == "demo",
            identity=panel,
            emergency=options.emergency,
            settings=settings,
        )
        bridges.append(clinician_bridge)
        windows.append(clinician)
        devices.extend([clinician_devices] if clinician_devices is not None else [])
    if options.role in ("patient", "demo"):
        patient, patient_bridge, patient_devices = build_patient_window(
            config,
            translations,
            identity=panel,
            ring_tone=qt_start_stop("ring", loops=-2),  # rings until answered (QSoundEffect.Infinite)
            link=options.link,
            settings=settings,
            synthetic_media=options.synthetic_media,
            emergency=options.emergency,
        )
        devices.append(patient_devices)
        bridges.append(patient_bridge)
        windows.append(patient)
        if options.role == "patient":
            follow_later_links(app, patient, link_server)
    if patient is not None and clinician is not None:
        arrange_demo(patient, clinician)

    if identity is not None:
        for bridge in bridges:
            bridge.forget_login = identity.logout  # Sign out forgets the login in the keyring too
    if identity is not None and bridges:
        resumed = await resume(identity)
        if resumed is not None:
            bridges[0].login_with(resumed)

    all_closed = asyncio.Event()
    app.lastWindowClosed.connect(all_closed.set)
    for window in windows:
        window.show()
    status = 0
    try:
        # Before any consultation: is this version still supported, is a newer one out? (Quiet when
        # the service cannot say; a few seconds at most, while the windows already answer.)
        version = await check_client_version(service_url)
        for window in windows:
            window.show_version(version)
        if options.self_test:
            if patient is not None and clinician is not None:
                result = await run_self_test(patient, clinician)
            else:  # a single-role build walks its own side (tests/packaging plays the other)
                result = await run_role_self_test(patient, clinician)
            sys.stderr.write(result.line() + "\n")
            status = 0 if result.passed else 1
        else:
            await all_closed.wait()
    finally:
        if patient is not None and patient.preflight is not None:
            await patient.preflight.close()
        if clinician is not None and clinician.device_check is not None:
            await clinician.device_check.controller.close()
        for bridge in bridges:
            await bridge.close()
        for each in devices:
            await each.aclose()
        if panel is not None:
            await panel.aclose()
        if identity is not None:
            await identity.close()
        for window in windows:
            window.close()
            window.deleteLater()
    return status


def run(role: str, argv: list[str] | None = None) -> int:
    """Start the client as ``role`` (patient, clinician or demo); returns the exit status."""
    options = parse_options(role, argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("Samtale")
    app.setQuitOnLastWindowClosed(False)  # the main coroutine decides when to stop the loop
    settings = UiSettings(QSettings("Samtale", "Samtale"))  # what the user chose in Settings
    # --high-contrast wins; else the look chosen in Settings (None: follow the system).
    apply_theme(app, high_contrast=True if options.high_contrast else settings.theme.high_contrast())
    translations = Translations(TRANSLATIONS)
    translations.switch(options.lang or settings.language or language_for_locale(QLocale.system()))

    service = None
    service_url = options.service
    link_server = None
    if options.role == "patient":
        # One patient app per user and service: a link opened again goes to the running one.
        name = instance_name(service_url)
        if hand_over(name, options.link or ""):
            return 0
        link_server = LinkServer(name)
        register_for_this_user()  # Windows: samtale:// opens this app (the MSI cannot; decision 0011)
    if options.role == "demo":
        # The only client module allowed to import the service: the embedded default.
        from server.embedded import start_embedded_service
        from server.settings import ServiceSettings

        service = start_embedded_service(ServiceSettings(dev_mode=True))
        service_url = service.url
    try:
        # asyncio.Runner, not asyncio.run(loop_factory=...): the .deb runs on Python 3.11.
        with asyncio.Runner(loop_factory=lambda: QEventLoop(app)) as runner:
            return runner.run(_main(options, service_url, translations, settings, link_server))
    finally:
        if link_server is not None:
            link_server.close()
        if service is not None:
            service.stop()

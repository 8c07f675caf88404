"""The composition root: builds the concrete service, consultations, bridges and windows, and runs them.

``run(role, argv)`` is the one entry point (``python -m app``, and the Briefcase launchers). One
qasync event loop drives Qt and asyncio together (QtAsyncio cannot open the sockets aiortc needs).
``demo`` starts the service in-process on loopback (dev mode, in-memory SQLite, test identity) and
opens a patient and a clinician window in this one process and loop.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import time
import webbrowser
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import qasync
from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths
from PySide6.QtWidgets import QApplication

from app.core.deployment import DeploymentError, resolve_service
from app.core.preflight import CheckName, CheckResult
from app.core.protocol import LoginResponse
from app.media.camera import load_face_detector
from app.media.codecs import use_fast_h264_preset
from app.media.devices import DeviceKind, LocalDevices
from app.preflight.audio_checks import audio_checks
from app.preflight.camera import CameraCheck
from app.preflight.network import NetworkCheck
from app.preflight.runner import Check, PreflightRunner
from app.session.auth.identity import IdentityLogins
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.errors import SessionError
from app.session.events import EventSink
from app.ui.bridge import ClinicianBridge, PatientBridge, SessionBridge
from app.ui.clinician_window import ClinicianWindow
from app.ui.demo import arrange_demo
from app.ui.i18n import LANGUAGES, Translations, language_for_locale
from app.ui.login.identity_panel import IdentityPanel
from app.ui.main_window import ConsultationWindow
from app.ui.notify.sounds import qt_start_stop
from app.ui.patient_window import PatientWindow
from app.ui.preflight.controller import PreflightController, RunnerFactory
from app.ui.queue.queue_model import QueueModel
from app.ui.self_test import run_self_test
from app.ui.single_instance import LinkServer, OpenedLinks, hand_over, instance_name
from app.ui.theme import apply_theme

ROLES = ("patient", "clinician", "demo")
DEFAULT_SERVICE = "http://127.0.0.1:8443"
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


@dataclass(frozen=True, slots=True)
class Options:
    role: str
    service: str
    lang: str | None
    self_test: bool
    link: str | None = None  # patient: a samtale://join/CODE link or a code, opened after sign-in
    service_source: str = "default"  # where ``service`` came from (docs/decisions/0011)


def deployment_dirs() -> list[Path]:
    """Where a ``samtale-deployment.json`` may sit: the user's config folder, then next to the app."""
    QCoreApplication.setApplicationName("Samtale")  # static: names the config folder before the app exists
    dirs = [
        Path(p) for p in QStandardPaths.standardLocations(QStandardPaths.StandardLocation.AppConfigLocation)
    ]
    dirs.append(Path(sys.executable).resolve().parent)  # a frozen build's own folder
    dirs.append(Path(__file__).resolve().parent.parent)  # the folder holding `app` (Briefcase's app dir)
    return list(dict.fromkeys(dirs))


def parse_options(
    role: str,
    argv: list[str] | None,
    *,
    environ: Mapping[str, str] | None = None,
    directories: Sequence[Path] | None = None,
) -> Options:
    parser = argparse.ArgumentParser(prog=f"python -m app {role}")
    parser.add_argument(
        "--service",
        help="the Samtale service's base URL (else $SAMTALE_SERVICE_URL, else samtale-deployment.json, "
        f"else {DEFAULT_SERVICE})",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="UI language (default: from the system)")
    parser.add_argument("--self-test", action="store_true", help="demo only: walk a whole call, then quit")
    parser.add_argument("--join", metavar="CODE", help="patient only: open this consultation after sign-in")
    parser.add_argument("link", nargs="?", help="patient only: a samtale://join/CODE link or a join code")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if role not in ROLES:
        parser.error(f"role must be one of {', '.join(ROLES)}")
    if args.self_test and role != "demo":
        parser.error("--self-test needs the demo role")
    if args.join is not None and args.link is not None:
        parser.error("give either --join CODE or a link, not both")
    link = args.join if args.join is not None else args.link
    if link is not None and role != "patient":
        parser.error("a join link or --join needs the patient role")
    if role == "demo":
        return Options(role, args.service or DEFAULT_SERVICE, args.lang, args.self_test, link)
    try:
        preset = resolve_service(
            args.service,
            os.environ if environ is None else environ,
            deployment_dirs() if directories is None else directories,
            DEFAULT_SERVICE,
        )
    except DeploymentError as error:
        parser.error(str(error))
    return Options(role, preset.url, args.lang, args.self_test, link, preset.source)


def _is_loopback(url: str) -> bool:
    return urlsplit(url).hostname in ("127.0.0.1", "localhost", "::1")


async def _main(
    options: Options, service_url: str, translations: Translations, link_server: LinkServer | None = None
) -> int:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    # Real sign-in (BankID, OpenID) for a single-role build, as the service offers it; the demo keeps
    # to the test identity (two windows would share one remembered login).
    identity = IdentityLogins(service_url, webbrowser.open) if options.role != "demo" else None
    config = SessionConfig(
        service_url,
        loopback_only=_is_loopback(service_url),
        keep_fresh=identity.keep_fresh if identity is not None else None,
    )
    bridges: list[SessionBridge] = []
    windows: list[ConsultationWindow] = []
    patient: PatientWindow | None = None
    devices: LocalDevices | None = None
    clinician: ClinicianWindow | None = None
    panel = await _identity_panel(identity, options.role == "patient") if identity is not None else None
    if options.role in ("clinician", "demo"):
        clinician_bridge = ClinicianBridge(lambda sink: ClinicianConsultation(config, sink))
        clinician = ClinicianWindow(clinician_bridge, translations, QueueModel(time.time), identity=panel)
        bridges.append(clinician_bridge)
        windows.append(clinician)
    if options.role in ("patient", "demo"):
        patient, patient_bridge, devices = build_patient_window(
            config,
            translations,
            identity=panel,
            ring_tone=qt_start_stop("ring", loops=-2),  # rings until answered (QSoundEffect.Infinite)
            link=options.link,
        )
        bridges.append(patient_bridge)
        windows.append(patient)
        if options.role == "patient":
            _follow_later_links(app, patient, link_server)
    if patient is not None and clinician is not None:
        arrange_demo(patient, clinician)

    if identity is not None and bridges:
        resumed = await _resume(identity)
        if resumed is not None:
            bridges[0].login_with(resumed)

    all_closed = asyncio.Event()
    app.lastWindowClosed.connect(all_closed.set)
    for window in windows:
        window.show()
    status = 0
    try:
        if options.self_test and patient is not None and clinician is not None:
            result = await run_self_test(patient, clinician)
            sys.stderr.write(result.line() + "\n")
            status = 0 if result.passed else 1
        else:
            await all_closed.wait()
    finally:
        if patient is not None and patient.preflight is not None:
            await patient.preflight.close()
        for bridge in bridges:
            await bridge.close()
        if devices is not None:
            await devices.aclose()
        if identity is not None:
            await identity.close()
        for window in windows:
            window.close()
            window.deleteLater()
    return status


def _follow_later_links(app: QApplication, window: PatientWindow, server: LinkServer | None) -> None:
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


async def _identity_panel(identity: IdentityLogins, patient: bool) -> IdentityPanel | None:
    """BankID and OpenID buttons for what the service offers; None when it offers neither."""
    try:
        providers = await identity.providers()
    except SessionError:
        return None  # the page still offers what it can; connection trouble shows when signing in
    if not providers.bankid_se and not providers.oidc:
        return None
    return IdentityPanel(
        identity.bankid if providers.bankid_se else None,
        identity.oidc,
        providers.oidc,
        webbrowser.open,
        remember_error=lambda: identity.session.remember_error,
        act_for=identity.act_for if patient else None,  # a guardian signs in for a child under 16
    )


async def _resume(identity: IdentityLogins) -> LoginResponse | None:
    """A login remembered in the OS keyring, if it is still valid."""
    try:
        return await identity.resume()
    except SessionError:
        return None


def build_patient_window(
    config: SessionConfig,
    translations: Translations,
    *,
    identity: IdentityPanel | None = None,
    ring_tone: tuple[Callable[[], None], Callable[[], None]] | None = None,
    link: str | None = None,
) -> tuple[PatientWindow, PatientBridge, LocalDevices]:
    """The patient's window wired to its consultation, its devices and its pre-call check.

    The caller closes, in order: ``window.preflight``, the bridge, then ``devices.aclose()``.
    """
    devices = LocalDevices(size=config.video_size)  # camera, microphone, speaker: chosen, switched live
    consultations: list[PatientConsultation] = []

    def make_patient(sink: EventSink) -> PatientConsultation:
        consultation = PatientConsultation(config, sink, sources_factory=devices.media_sources)
        consultations.append(consultation)
        return consultation

    bridge = PatientBridge(make_patient)
    preflight = PreflightController(_preflight_runners(config, consultations, devices))
    window = PatientWindow(
        bridge,
        translations,
        preflight=preflight,
        identity=identity,
        devices=devices,
        ring_tone=ring_tone,
        link=link,
    )
    return window, bridge, devices


def _preflight_runners(
    config: SessionConfig, consultations: list[PatientConsultation], devices: LocalDevices
) -> RunnerFactory:
    """Builds the pre-call checks each time the patient's window runs them."""
    detector = load_face_detector()

    def make(on_result: Callable[[CheckResult], None], only: frozenset[CheckName] | None) -> PreflightRunner:
        async def token() -> str | None:
            return consultations[-1].api.token if consultations else None

        camera = devices.camera
        feed = camera.feed if camera is not None and not camera.is_stand_in else None
        # The devices the patient chose (or the OS defaults), so a re-check tests the new one.
        microphone, speaker = audio_checks(
            devices.audio_device(DeviceKind.MICROPHONE), devices.audio_device(DeviceKind.SPEAKER)
        )
        checks: dict[CheckName, Check] = {
            CheckName.CAMERA: CameraCheck(feed, detector, requested_size=config.video_size),
            CheckName.MICROPHONE: microphone,
            CheckName.SPEAKER: speaker,
            CheckName.NETWORK: NetworkCheck(config.service_url, token),
        }
        if only is not None:
            checks = {name: check for name, check in checks.items() if name in only}
        return PreflightRunner(checks, on_result=on_result)

    return make


def run(role: str, argv: list[str] | None = None) -> int:
    """Start the client as ``role`` (patient, clinician or demo); returns the exit status."""
    options = parse_options(role, argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    use_fast_h264_preset()  # docs/decisions/0003: 40 % less CPU at 720p, lower latency
    app.setApplicationName("Samtale")
    app.setQuitOnLastWindowClosed(False)  # the main coroutine decides when to stop the loop
    apply_theme(app)
    translations = Translations(TRANSLATIONS)
    translations.switch(options.lang or language_for_locale(QLocale.system()))

    service = None
    service_url = options.service
    link_server = None
    if options.role == "patient":
        # One patient app per user and service: a link opened again goes to the running one.
        name = instance_name(service_url)
        if hand_over(name, options.link or ""):
            return 0
        link_server = LinkServer(name)
    if options.role == "demo":
        # The only client module allowed to import the service: the embedded default.
        from server.embedded import start_embedded_service
        from server.settings import ServiceSettings

        service = start_embedded_service(ServiceSettings(dev_mode=True))
        service_url = service.url
    try:
        # asyncio.Runner, not asyncio.run(loop_factory=...): the .deb runs on Python 3.11.
        with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
            return runner.run(_main(options, service_url, translations, link_server))
    finally:
        if link_server is not None:
            link_server.close()
        if service is not None:
            service.stop()

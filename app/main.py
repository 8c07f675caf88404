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
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import qasync
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from app.media.codecs import use_fast_h264_preset
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.ui.bridge import ClinicianBridge, PatientBridge, SessionBridge
from app.ui.clinician_window import ClinicianWindow
from app.ui.demo import arrange_demo
from app.ui.i18n import LANGUAGES, Translations, language_for_locale
from app.ui.main_window import ConsultationWindow
from app.ui.patient_window import PatientWindow
from app.ui.queue.queue_model import QueueModel
from app.ui.self_test import run_self_test
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


def parse_options(role: str, argv: list[str] | None) -> Options:
    parser = argparse.ArgumentParser(prog=f"python -m app {role}")
    parser.add_argument("--service", default=DEFAULT_SERVICE, help="the Samtale service's base URL")
    parser.add_argument("--lang", choices=LANGUAGES, help="UI language (default: from the system)")
    parser.add_argument("--self-test", action="store_true", help="demo only: walk a whole call, then quit")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if role not in ROLES:
        parser.error(f"role must be one of {', '.join(ROLES)}")
    if args.self_test and role != "demo":
        parser.error("--self-test needs the demo role")
    return Options(role, args.service, args.lang, args.self_test)


def _is_loopback(url: str) -> bool:
    return urlsplit(url).hostname in ("127.0.0.1", "localhost", "::1")


async def _main(options: Options, service_url: str, translations: Translations) -> int:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    config = SessionConfig(service_url, loopback_only=_is_loopback(service_url))
    bridges: list[SessionBridge] = []
    windows: list[ConsultationWindow] = []
    patient: PatientWindow | None = None
    clinician: ClinicianWindow | None = None
    if options.role in ("clinician", "demo"):
        clinician_bridge = ClinicianBridge(lambda sink: ClinicianConsultation(config, sink))
        clinician = ClinicianWindow(clinician_bridge, translations, QueueModel(time.time))
        bridges.append(clinician_bridge)
        windows.append(clinician)
    if options.role in ("patient", "demo"):
        patient_bridge = PatientBridge(lambda sink: PatientConsultation(config, sink))
        patient = PatientWindow(patient_bridge, translations)
        bridges.append(patient_bridge)
        windows.append(patient)
    if patient is not None and clinician is not None:
        arrange_demo(patient, clinician)

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
        for bridge in bridges:
            await bridge.close()
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
    use_fast_h264_preset()  # docs/decisions/0003: 40 % less CPU at 720p, lower latency
    app.setApplicationName("Samtale")
    app.setQuitOnLastWindowClosed(False)  # the main coroutine decides when to stop the loop
    apply_theme(app)
    translations = Translations(TRANSLATIONS)
    translations.switch(options.lang or language_for_locale(QLocale.system()))

    service = None
    service_url = options.service
    if options.role == "demo":
        # The only client module allowed to import the service: the embedded default.
        from server.embedded import start_embedded_service
        from server.settings import ServiceSettings

        service = start_embedded_service(ServiceSettings(dev_mode=True))
        service_url = service.url
    try:
        return asyncio.run(
            _main(options, service_url, translations), loop_factory=lambda: qasync.QEventLoop(app)
        )
    finally:
        if service is not None:
            service.stop()

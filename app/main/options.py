"""The command line and where the service is: ``parse_options`` for ``python -m app <role>``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QStandardPaths

from app.core.deployment import DeploymentError, resolve_emergency, resolve_media_recovery, resolve_service
from app.core.emergency import EmergencyNotice
from app.ui.i18n import LANGUAGES

ROLES = ("patient", "clinician", "demo")
DEFAULT_SERVICE = "http://127.0.0.1:8443"
APP_DIR = Path(__file__).resolve().parents[2]  # the folder holding `app` (Briefcase's app dir)
TRANSLATIONS = APP_DIR / "resources" / "translations"


@dataclass(frozen=True, slots=True)
class Options:
    role: str
    service: str
    lang: str | None
    self_test: bool
    link: str | None = None  # patient: a samtale://join/CODE link or a code, opened after sign-in
    service_source: str = "default"  # where ``service`` came from (docs/decisions/0011)
    high_contrast: bool = False  # the high-contrast theme whatever the system asks (decision 0013)
    # A test pattern and a tone stand in for a missing camera and microphone (the demo, tests). Without
    # it a missing device sends nothing and the person is told; a shipped build never makes either.
    synthetic_media: bool = False
    # Shown before and while waiting (issue 15): from the deployment file, else the general notice.
    emergency: EmergencyNotice = field(default_factory=EmergencyNotice)
    # Seconds media may stay away in a call before the user is offered a choice (deployment-set).
    media_recovery_s: float | None = None


def deployment_dirs() -> list[Path]:
    """Where a ``samtale-deployment.json`` may sit: the user's config folder, then next to the app."""
    QCoreApplication.setApplicationName("Samtale")  # static: names the config folder before the app exists
    dirs = [
        Path(p) for p in QStandardPaths.standardLocations(QStandardPaths.StandardLocation.AppConfigLocation)
    ]
    dirs.append(Path(sys.executable).resolve().parent)  # a frozen build's own folder
    dirs.append(APP_DIR)
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
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="walk a whole call (demo: both sides; else one side), then quit",
    )
    parser.add_argument(
        "--high-contrast",
        action="store_true",
        help="use the high-contrast theme (default: follow the system)",
    )
    parser.add_argument(
        "--synthetic-media",
        action="store_true",
        help="send a moving test pattern and a tone where there is no camera or microphone "
        "(tests, demonstrations; the demo always does)",
    )
    parser.add_argument("--join", metavar="CODE", help="patient only: open this consultation after sign-in")
    parser.add_argument("link", nargs="?", help="patient only: a samtale://join/CODE link or a join code")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if role not in ROLES:
        parser.error(f"role must be one of {', '.join(ROLES)}")
    if args.join is not None and args.link is not None:
        parser.error("give either --join CODE or a link, not both")
    link = args.join if args.join is not None else args.link
    if link is not None and role != "patient":
        parser.error("a join link or --join needs the patient role")
    if role == "demo":  # two windows on one computer: the clinician's media is always synthetic
        return Options(
            role,
            args.service or DEFAULT_SERVICE,
            args.lang,
            args.self_test,
            link,
            high_contrast=args.high_contrast,
            synthetic_media=True,
        )
    dirs = deployment_dirs() if directories is None else directories
    try:
        env = os.environ if environ is None else environ
        preset = resolve_service(args.service, env, dirs, DEFAULT_SERVICE)
        emergency = resolve_emergency(dirs)
        media_recovery_s = resolve_media_recovery(env, dirs)
    except DeploymentError as error:
        parser.error(str(error))
    return Options(
        role,
        preset.url,
        args.lang,
        args.self_test,
        link,
        preset.source,
        high_contrast=args.high_contrast,
        synthetic_media=args.synthetic_media,
        emergency=emergency,
        media_recovery_s=media_recovery_s,
    )


def is_loopback(url: str) -> bool:
    return urlsplit(url).hostname in ("127.0.0.1", "localhost", "::1")

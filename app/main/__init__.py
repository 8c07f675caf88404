"""The composition root of the client, one concern per module.

- ``options``: the command line and where the service is (``parse_options``).
- ``identity``: real sign-in buttons and a login remembered in the OS keyring.
- ``calls``: the consultations, with the call machinery (aiortc, PyAV) loaded on first use.
- ``preflight``: the patient's pre-call checks, built when they run.
- ``patient``: the patient's window wired to its devices, consultation and checks.
- ``compose``: ``run(role, argv)``, the one entry point (``python -m app``, the Briefcase launchers).

Importing this package loads the UI and the session's light parts only; the first window opens
without aiortc, PyAV, OpenCV and sounddevice (tests/main/test_lazy_start.py holds it to that).
"""

from __future__ import annotations

from app.main.compose import run
from app.main.options import DEFAULT_SERVICE, ROLES, TRANSLATIONS, Options, is_loopback, parse_options
from app.main.patient import build_patient_window

_is_loopback = is_loopback  # the old private name, used by scripts/screenshots.py

__all__ = [
    "DEFAULT_SERVICE",
    "ROLES",
    "TRANSLATIONS",
    "Options",
    "build_patient_window",
    "is_loopback",
    "parse_options",
    "run",
]

"""Start-up loads no call machinery: the first window is painted before aiortc, PyAV or OpenCV exist.

Each case starts the real client in a new interpreter through ``bench/startup_probe.py`` (the same
``app.main.run`` the start-up bench times, nothing patched), which reports, at the first paint of the
window, which of the heavy packages are in ``sys.modules``. The service address points at a closed
port: sign-in buttons and a remembered login are looked up and fail fast, as when offline.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NEVER_AT_START = {"aiortc", "av", "cv2", "sounddevice"}


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def first_paint(role: str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    service = f"http://127.0.0.1:{closed_port()}"
    proc = subprocess.run(
        [sys.executable, "-m", "bench.startup_probe", role, "--service", service, "--lang", "nb"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    assert proc.returncode == 0 and lines, proc.stderr[-2000:]
    stamps: dict[str, object] = json.loads(lines[-1])
    return stamps


@pytest.mark.parametrize("role", ["patient", "clinician"])
def test_the_first_window_is_painted_without_aiortc_pyav_opencv_or_sounddevice(role: str) -> None:
    stamps = first_paint(role)
    loaded = stamps["loaded"]
    assert isinstance(loaded, list)
    assert NEVER_AT_START.isdisjoint(loaded), f"imported before the first window: {sorted(loaded)}"

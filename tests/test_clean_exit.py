"""The app runs a whole call in one process and exits cleanly (no abort at interpreter exit).

PySide6 6.12 on Python 3.11 was seen aborting at exit (``Fatal Python error: bool_dealloc``) after
many signal emits; short widget tests do not catch that, so this runs the real demo self-test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.e2e


def test_demo_self_test_walks_a_call_and_exits_cleanly():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "app", "demo", "--self-test", "--lang", "en"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert "Fatal Python error" not in done.stderr
    assert done.returncode == 0, done.stderr
    assert "samtale self-test: passed" in done.stderr

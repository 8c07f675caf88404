"""The installed .deb apps run a whole real call and exit cleanly.

Each installed app (Debian's Python 3.11, the pinned PySide6, PyAV and OpenCV from its own
app_packages) walks its own side with ``--self-test``; the other side is a headless consultation
here, against a real service process. PySide6 6.12.0 on Python 3.11 was seen aborting at exit
after many signal emits (``Fatal Python error: bool_dealloc``): the exit status and stderr show it.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.events import QueueChanged, SessionEvent
from tests.support.service import ServiceProcess

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(240)]

WALK_LIMIT_S = 150


@pytest.fixture
async def service() -> AsyncIterator[ServiceProcess]:
    proc = await asyncio.to_thread(ServiceProcess().start)
    try:
        yield proc
    finally:
        await asyncio.to_thread(proc.close)


def _sources(preview: FrameSlot) -> MediaSources:
    return MediaSources.synthetic(size=(320, 240), fps=15, preview=preview)


def _app_env(home: Path) -> dict[str, str]:
    # A fresh home: no remembered login, settings or keyring of this machine's user.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    return {
        **env,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "QT_QPA_PLATFORM": "offscreen",
    }


async def _finish(proc: asyncio.subprocess.Process) -> tuple[int, str, str]:
    out, err = await asyncio.wait_for(proc.communicate(), WALK_LIMIT_S + 30)
    assert proc.returncode is not None
    return proc.returncode, out.decode(errors="replace"), err.decode(errors="replace")


def _assert_clean(returncode: int, stderr: str) -> None:
    assert "Fatal Python error" not in stderr, stderr
    assert "Traceback" not in stderr, stderr
    assert "No QtMultimedia backends found" not in stderr, stderr  # pruning took a plugin's dependency
    assert returncode == 0, stderr
    assert "samtale self-test: passed" in stderr, stderr


async def test_installed_patient_app_walks_a_call_and_exits_cleanly(
    service: ServiceProcess, installed_app: Callable[[str], Path], tmp_path: Path
) -> None:
    app = installed_app("samtale_patient")
    waiting: asyncio.Queue[str] = asyncio.Queue()

    def on_event(event: SessionEvent) -> None:
        if isinstance(event, QueueChanged) and event.entries:
            waiting.put_nowait(event.entries[0].participant_id)

    config = SessionConfig(service.url, loopback_only=True)
    clinician = ClinicianConsultation(config, on_event, sources_factory=_sources)
    try:
        await clinician.login_test("Dr. Installed")
        room = await clinician.create_room("installed patient app")
        proc = await asyncio.create_subprocess_exec(
            str(app), "--service", service.url, "--join", room.code, "--self-test", "--synthetic-media",
            "--lang", "nb",
            env=_app_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        knocked = asyncio.ensure_future(waiting.get())
        exited = asyncio.ensure_future(proc.wait())
        await asyncio.wait({knocked, exited}, timeout=WALK_LIMIT_S, return_when=asyncio.FIRST_COMPLETED)
        if not knocked.done():
            knocked.cancel()
            if proc.returncode is None:
                proc.kill()
            _, _, err = await _finish(proc)
            pytest.fail(f"the installed patient app never knocked (exit status {proc.returncode}):\n{err}")
        exited.cancel()
        await clinician.admit(knocked.result())
        returncode, _, stderr = await _finish(proc)
    finally:
        await clinician.close()
    _assert_clean(returncode, stderr)


async def test_installed_clinician_app_walks_a_call_and_exits_cleanly(
    service: ServiceProcess, installed_app: Callable[[str], Path], tmp_path: Path
) -> None:
    app = installed_app("samtale_clinic")
    proc = await asyncio.create_subprocess_exec(
        str(app), "--service", service.url, "--self-test", "--synthetic-media", "--lang", "sv",
        env=_app_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert proc.stdout is not None
    code = ""
    try:
        async with asyncio.timeout(WALK_LIMIT_S):
            while not code:
                line = (await proc.stdout.readline()).decode()
                if not line:
                    break
                if line.startswith("SAMTALE_SELF_TEST_ROOM "):
                    code = line.split()[1]
    except TimeoutError:
        pass
    if not code:
        proc.kill()
        _, _, err = await _finish(proc)
        pytest.fail(f"the installed clinician app never created a room:\n{err}")
    patient = PatientConsultation(
        SessionConfig(service.url, loopback_only=True), lambda _e: None, sources_factory=_sources
    )
    try:
        await patient.login_test("Installed Patient")
        await patient.open_room(code)
        await patient.knock()
        returncode, _, stderr = await _finish(proc)
    finally:
        await patient.close()
    _assert_clean(returncode, stderr)

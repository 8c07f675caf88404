"""The clinician build's idle cost through a day of calls: CPU and memory while idle after N calls.

A clinic workstation runs the clinician build all day, one patient after another in the same room.
Whatever outlives a call (a timer, a task, a peer connection, a frame drain) shows up as idle CPU
and memory that grow with the number of calls. This bench runs the real service as a subprocess,
the clinician's window (offscreen, shown) with its real consultation in this process, and a patient
process that, call after call, signs in as a new patient, knocks and stays in the call for a few
seconds before hanging up; the clinician admits each one from the queue. After 0, 1, 4, 8 and 16
calls (``--checkpoints``) the clinician (the build's own window, signed in, its device check done)
sits idle and this process's CPU (% of one core) and resident
memory are measured ("vs fresh" is against the signed-in build before its first call).
``python -m bench.idle_after_calls_bench [--calls 16] [--seconds 10]``.
Media is the synthetic camera and tone on both sides (no devices here).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import time

from tests.support.memory import rss_mb

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


async def patients(url: str, code: str, calls: int, call_seconds: float) -> None:
    """One new patient per call: sign in, knock, talk for ``call_seconds``, hang up, close."""
    from app.core.call_state import CallState
    from app.media.sources import synthetic_factory
    from app.session.consultation import PatientConsultation, SessionConfig
    from tests.ui.helpers import until

    config = SessionConfig(url, loopback_only=True)
    for index in range(calls):
        person = PatientConsultation(config, lambda _e: None, sources_factory=synthetic_factory())
        await person.login_test(f"Patient {index + 1}")
        await person.open_room(code)
        await person.knock()
        await until(lambda p=person: p.state is CallState.IN_CALL, 30)  # type: ignore[misc]
        await asyncio.sleep(call_seconds)
        await person.close()
        print(f"CALL {index + 1}", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)  # next, please


async def clinician(
    url: str, calls: int, call_seconds: float, seconds: float, checkpoints: list[int]
) -> list[tuple[int, float, float]]:
    from PySide6.QtWidgets import QApplication

    from app.core.call_state import CallState
    from app.main.clinician import build_clinician_window
    from app.session.config import SessionConfig
    from app.ui.i18n import Translations
    from app.ui.theme import apply_theme
    from tests.ui.helpers import until

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app)
    translations = Translations(os.path.join(os.path.dirname(__file__), "..", "resources", "translations"))
    config = SessionConfig(url, loopback_only=True)
    # The clinician build as it ships (its device check at sign-in), with the test pattern and tone
    # standing in for the devices this machine does not have.
    window, bridge, devices = build_clinician_window(config, translations, synthetic_media=True)
    window.resize(1280, 800)
    window.show()
    bridge.login("Dr. Idle")
    await bridge.wait_for_actions()
    check = window.device_check
    assert check is not None
    await until(lambda: check.controller.report is not None, 30)  # the first idle figure is after it
    bridge.create_room("A day of calls")
    await bridge.wait_for_actions()
    assert bridge.room is not None
    helper = subprocess.Popen(  # noqa: ASYNC220 (returns at once; qasync has no subprocess transport)
        [
            sys.executable,
            "-m",
            "bench.idle_after_calls_bench",
            "--as-patients",
            url,
            bridge.room.code,
            str(calls),
            str(call_seconds),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert helper.stdin is not None
    assert helper.stdout is not None
    loop = asyncio.get_running_loop()
    rows: list[tuple[int, float, float]] = []

    async def measure(done: int) -> None:
        await asyncio.sleep(3)  # let the last call's teardown finish
        cpu0, wall0 = time.process_time(), time.monotonic()
        await asyncio.sleep(seconds)
        cpu = 100 * (time.process_time() - cpu0) / (time.monotonic() - wall0)
        rows.append((done, cpu, rss_mb()))
        print(
            f"after {done:2d} calls: {cpu:5.2f} % of a core, {rows[-1][2]:.0f} MB",
            file=sys.stderr,
            flush=True,
        )

    if 0 in checkpoints:
        await measure(0)
    for done in range(1, calls + 1):
        await until(lambda: window.queue_page.model.rowCount() == 1, 30)
        bridge.admit(first_waiting(window))
        await until(lambda: bridge.state is CallState.IN_CALL, 30)
        await loop.run_in_executor(None, helper.stdout.readline)  # the patient hung up
        await until(lambda: bridge.state is CallState.ENDED, 30)
        if done in checkpoints:
            await measure(done)
        helper.stdin.write("next\n")
        helper.stdin.flush()
    helper.stdin.close()
    helper.wait(30)
    await check.controller.close()
    await bridge.close()
    if devices is not None:
        await devices.aclose()
    window.close()
    return rows


def first_waiting(window: object) -> str:
    """The participant id of the first waiting patient in the clinician's queue."""
    model = window.queue_page.model  # type: ignore[attr-defined]
    return str(model.entry(0).participant_id)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=16)
    parser.add_argument("--call-seconds", type=float, default=3.0)
    parser.add_argument("--seconds", type=float, default=10.0, help="idle measurement per checkpoint")
    parser.add_argument("--checkpoints", default="0,1,4,8,16")
    parser.add_argument("--as-patients", nargs=4, metavar=("URL", "CODE", "N", "SECONDS"))
    args = parser.parse_args()
    if args.as_patients:
        url, code, n, call_seconds = args.as_patients
        asyncio.run(patients(url, code, int(n), float(call_seconds)))
        return

    from PySide6.QtWidgets import QApplication

    from app.main.event_loop import QEventLoop
    from tests.support.service import ServiceProcess

    checkpoints = [int(c) for c in args.checkpoints.split(",")]
    app = QApplication.instance() or QApplication([sys.argv[0]])
    with ServiceProcess() as service:
        rows = asyncio.run(
            clinician(service.url, args.calls, args.call_seconds, args.seconds, checkpoints),
            loop_factory=lambda: QEventLoop(app),
        )
    fresh = rows[0][2]
    after_one = next((rss for done, _, rss in rows if done == 1), fresh)
    print(
        f"| calls done ({args.call_seconds:.0f} s each) | idle CPU % of a core | RSS MB "
        "| vs fresh | vs after 1 call |"
    )
    print("|---|---|---|---|---|")
    for done, cpu, rss in rows:
        print(f"| {done} | {cpu:.2f} | {rss:.0f} | {rss - fresh:+.0f} | {rss - after_one:+.0f} |")


if __name__ == "__main__":
    main()

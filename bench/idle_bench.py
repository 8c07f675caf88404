"""The clinician build sitting idle with the queue open: process CPU over ~20 s (target < 1 % of a core).

Runs the real service as a subprocess, two waiting patients in a second subprocess (their CPU is not
counted), and the clinician's window (offscreen) with its real consultation in this process; then
measures this process's CPU time while nothing happens: window shown, and window hidden.
``python -m bench.idle_bench [--seconds 20] [--patients 2]``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


async def patients(url: str, code: str, count: int) -> None:
    """Log in ``count`` patients, open the room and knock; wait until stdin closes."""
    from app.media.sources import synthetic_factory
    from app.session.consultation import PatientConsultation, SessionConfig

    config = SessionConfig(url, loopback_only=True)
    people = [
        PatientConsultation(config, lambda _e: None, sources_factory=synthetic_factory())
        for _ in range(count)
    ]
    for index, person in enumerate(people):
        await person.login_test(f"Patient {index + 1}")
        await person.open_room(code)
        await person.knock()
    print("KNOCKED", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    for person in people:
        await person.close()


async def clinician(url: str, seconds: float, count: int) -> list[tuple[str, float]]:
    from PySide6.QtWidgets import QApplication

    from app.media.sources import synthetic_factory
    from app.session.consultation import ClinicianConsultation, SessionConfig
    from app.ui.bridge import ClinicianBridge
    from app.ui.clinician_window import ClinicianWindow
    from app.ui.i18n import Translations
    from app.ui.queue.queue_model import QueueModel
    from app.ui.theme import apply_theme
    from tests.ui.helpers import until

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app)
    translations = Translations(os.path.join(os.path.dirname(__file__), "..", "resources", "translations"))
    config = SessionConfig(url, loopback_only=True)
    bridge = ClinicianBridge(
        lambda sink: ClinicianConsultation(config, sink, sources_factory=synthetic_factory())
    )
    window = ClinicianWindow(bridge, translations, QueueModel(time.time))
    window.show()
    bridge.login("Dr. Idle")
    await bridge.wait_for_actions()
    bridge.create_room("Idle bench")
    await bridge.wait_for_actions()
    assert bridge.room is not None
    helper = subprocess.Popen(  # noqa: ASYNC220 (returns at once; qasync has no subprocess transport)
        [sys.executable, "-m", "bench.idle_bench", "--as-patients", url, bridge.room.code, str(count)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert helper.stdout is not None
    await asyncio.get_running_loop().run_in_executor(None, helper.stdout.readline)
    await until(lambda: window.queue_page.model.rowCount() == count, 15)
    rows = []
    for case, show in (("window shown, queue open", True), ("window hidden (tray only)", False)):
        window.setVisible(show)
        await asyncio.sleep(2)  # settle
        cpu0, wall0 = time.process_time(), time.monotonic()
        await asyncio.sleep(seconds)
        rows.append((case, 100 * (time.process_time() - cpu0) / (time.monotonic() - wall0)))
    assert helper.stdin is not None
    helper.stdin.close()
    helper.wait(20)
    await bridge.close()
    window.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--patients", type=int, default=2)
    parser.add_argument("--as-patients", nargs=3, metavar=("URL", "CODE", "N"))
    args = parser.parse_args()
    if args.as_patients:
        url, code, n = args.as_patients
        asyncio.run(patients(url, code, int(n)))
        return

    from PySide6.QtWidgets import QApplication

    from app.main.event_loop import QEventLoop
    from tests.support.service import ServiceProcess

    app = QApplication.instance() or QApplication([sys.argv[0]])
    with ServiceProcess() as service:
        rows = asyncio.run(
            clinician(service.url, args.seconds, args.patients),
            loop_factory=lambda: QEventLoop(app),
        )
    print(f"| case ({args.patients} waiting, {args.seconds:.0f} s) | CPU % of one core |")
    print("|---|---|")
    for case, cpu in rows:
        print(f"| {case} | {cpu:.2f} |")


if __name__ == "__main__":
    main()

"""Benchmark the whole pre-call check as the patient's window runs it: five checks together.

    .venv/bin/python -m bench.preflight_bench [--runs 3]

Starts the service as a subprocess (dev mode, loopback), a private PulseAudio daemon with null
devices (the microphone hears a voice-like signal played into ``vmic``; the speaker is ``vsink``,
heard back through its monitor), and a synthetic camera showing a face photo. Prints each check's
duration and the whole run's wall time, with the verdicts, for each run.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from app.core.preflight import CheckName, PreflightReport
from app.core.protocol import Role
from app.media.audio import find_device
from app.media.camera import load_face_detector
from app.media.camera.feed import CameraFeed
from app.media.camera.synthetic import SyntheticCamera
from app.preflight.camera import CameraCheck
from app.preflight.computer import ComputerCheck
from app.preflight.microphone import MicrophoneCheck
from app.preflight.network import NetworkCheck
from app.preflight.runner import Check, PreflightRunner
from app.preflight.speaker import SpeakerCheck
from app.session.api import ServiceApi
from bench.call_bench import start_service
from tests.media.camera.pictures import face_frame
from tests.support.pulse import PulseDaemon, speechlike


async def one_run(url: str, daemon: PulseDaemon) -> tuple[float, PreflightReport]:
    api = ServiceApi(url)
    await api.login_test("Bench Patient", Role.PATIENT)

    async def token() -> str | None:
        return api.token

    camera = SyntheticCamera(CameraFeed("bench"), size=(640, 480), image=face_frame(size=(640, 480)))
    camera.start()
    lock = asyncio.Lock()
    mic = find_device("vmic.monitor", "input")
    speaker, listen = find_device("vsink", "output"), find_device("vsink.monitor", "input")
    checks: dict[CheckName, Check] = {
        CheckName.CAMERA: CameraCheck(camera.feed, load_face_detector()),
        CheckName.MICROPHONE: MicrophoneCheck(mic, lock=lock),
        CheckName.SPEAKER: SpeakerCheck(speaker, listen, lock=lock),
        CheckName.NETWORK: NetworkCheck(url, token),
        CheckName.COMPUTER: ComputerCheck(),
    }
    daemon.play("vmic", speechlike(6.0))  # someone talking while the check runs
    started = time.monotonic()
    report = await PreflightRunner(checks).run()
    elapsed = time.monotonic() - started
    daemon.stop_players()
    await camera.aclose()
    await api.close()
    return elapsed, report


async def main(runs: int, url: str, daemon: PulseDaemon) -> None:
    columns = ("run", "whole s", "camera s", "mic s", "speaker s", "network s", "computer s")
    print(f"{columns[0]:<4} " + " ".join(f"{c:>9}" for c in columns[1:]) + "  verdicts")
    wholes = []
    for run in range(1, runs + 1):
        elapsed, report = await one_run(url, daemon)
        wholes.append(elapsed)
        by = {r.check: r for r in report.results}
        verdicts = ", ".join(
            f"{c.value}={by[c].verdict.value}:{'+'.join(x.value for x in by[c].codes)}" for c in by
        )
        order = (
            CheckName.CAMERA,
            CheckName.MICROPHONE,
            CheckName.SPEAKER,
            CheckName.NETWORK,
            CheckName.COMPUTER,
        )
        durations = [elapsed] + [by[c].duration_s for c in order]
        print(f"{run:<4} " + " ".join(f"{d:>9.2f}" for d in durations) + f"  {verdicts}")
    print(f"\nwhole pre-call check: median {statistics.median(wholes):.2f} s (target: within 10 s)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    daemon = PulseDaemon(Path(tempfile.mkdtemp(prefix="samtale-bench-pulse-")))
    daemon.start()
    service, url = start_service()
    try:
        asyncio.run(main(args.runs, url, daemon))
    finally:
        service.terminate()
        service.wait(timeout=10)
        daemon.stop()
        shutil.rmtree(daemon.root, ignore_errors=True)

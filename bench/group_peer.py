"""One person of the group-call bench in its own process (and network namespace), reporting JSON lines.

``python -m bench.group_peer clinician <service-url> --seconds S`` signs in with the dev-mode test
identity, opens a room, prints ``{"room": CODE}`` and admits everyone who knocks; ``... patient
<service-url> --code CODE --name N`` knocks on it. Each prints every call state it enters
(``{"t", "state"}``), every 50 ms the frames received so far from each other person
(``{"t", "counts": {participant: [audio, video]}}``), and at the end ``{"cpu_s", "wall_s"}``: its
process CPU seconds (every thread: encoding, decoding, the loop) and the wall seconds since it was
first in the call. ``bench/group_call_bench.py`` turns the lines into the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import gc
import json
import logging
import signal
import sys
import time
from typing import Any

from app.core.call_state import CallState
from app.core.protocol import PrecallSummary
from app.media.sources import MediaSources
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.events import CallStateChanged, MediaFailed, QueueChanged, SessionEvent

PERIOD_S = 0.05


def emit(payload: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(payload) + "\n")
    sys.stdout.flush()


def call_of(person: ClinicianConsultation | PatientConsultation) -> Any:
    return person.call


def counts(person: ClinicianConsultation | PatientConsultation) -> dict[str, list[int]]:
    call = person.call
    seen: dict[str, list[int]] = {}
    if call is not None:
        for pid in call.links:
            row = seen.setdefault(pid, [0, 0])
            for i, kind in enumerate(("audio", "video")):
                drain = call.drain(pid, kind)
                row[i] += drain.frames if drain is not None else 0
    return seen


gc_seconds = [0.0]  # time spent in the garbage collector so far
_gc_began = [0.0]


def _gc_timer(phase: str, info: dict[str, int]) -> None:
    if phase == "start":
        _gc_began[0] = time.perf_counter()
    else:
        gc_seconds[0] += time.perf_counter() - _gc_began[0]


async def run(args: argparse.Namespace) -> None:
    gc.callbacks.append(_gc_timer)
    queued: asyncio.Queue[str] = asyncio.Queue()
    first_in_call: list[float] = []

    def on_event(event: SessionEvent) -> None:
        if isinstance(event, CallStateChanged):
            emit({"t": time.time(), "state": event.new.value})
            if event.new is CallState.IN_CALL and not first_in_call:
                first_in_call.append(time.process_time())
                first_in_call.append(time.monotonic())
        elif isinstance(event, MediaFailed):
            emit({"t": time.time(), "media_failed": True})
        elif isinstance(event, QueueChanged):
            for entry in event.entries:
                queued.put_nowait(entry.participant_id)

    width, height = (int(v) for v in args.size.split("x"))
    config = SessionConfig(args.service)

    def sources(preview: Any) -> MediaSources:
        return MediaSources.synthetic(size=(width, height), fps=args.fps, tone_hz=args.tone, preview=preview)

    person: ClinicianConsultation | PatientConsultation
    admitting: asyncio.Task[None] | None = None
    if args.role == "clinician":
        clinician = ClinicianConsultation(config, on_event, sources_factory=sources)
        person = clinician
        await clinician.login_test("Dr. Berg")
        room = await clinician.create_room("Group bench")
        emit({"room": room.code})

        async def admit_everyone() -> None:
            admitted: set[str] = set()
            while True:
                pid = await queued.get()
                if pid not in admitted:
                    admitted.add(pid)
                    await clinician.admit(pid)

        admitting = asyncio.get_running_loop().create_task(admit_everyone())
    else:
        patient = PatientConsultation(config, on_event, sources_factory=sources)
        person = patient
        await patient.login_test(args.name)
        await patient.open_room(args.code)
        await patient.knock(PrecallSummary())
    stop = asyncio.Event()  # SIGTERM: say the CPU figure and hang up
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    try:
        ends = time.monotonic() + args.seconds
        lag = 0.0
        told: dict[str, Any] = {}  # the last statistics sample said per link
        while time.monotonic() < ends and person.state is not CallState.ENDED and not stop.is_set():
            emit(
                {
                    "t": time.time(),
                    "counts": counts(person),
                    "lag": round(lag, 4),
                    "cpu": round(time.process_time(), 3),
                    "gc": round(gc_seconds[0], 3),
                }
            )
            if call_of(person) is not None:
                for pid, history in call_of(person).monitor.history.items():
                    if history and history[-1] is not told.get(pid):
                        told[pid] = history[-1]
                        emit({"t": time.time(), "link": pid, "sample": dataclasses.asdict(history[-1])})
            asleep = time.monotonic()
            await asyncio.sleep(PERIOD_S)
            lag = time.monotonic() - asleep - PERIOD_S  # how late the loop woke us: a busy or starved loop
        if first_in_call:
            cpu_s, wall_s = time.process_time() - first_in_call[0], time.monotonic() - first_in_call[1]
            emit({"cpu_s": cpu_s, "wall_s": wall_s})
    finally:
        if admitting is not None:
            admitting.cancel()
        await person.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="group_peer")
    parser.add_argument("role", choices=("clinician", "patient"))
    parser.add_argument("service")
    parser.add_argument("--code")
    parser.add_argument("--name", default="Ann")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--size", default="640x480")
    parser.add_argument("--fps", type=float, default=15.0)
    parser.add_argument("--tone", type=float, default=440.0)
    parser.add_argument("--log", default=None, help="write the session's debug log to this file")
    options = parser.parse_args(argv)
    if options.log:
        logging.basicConfig(
            filename=options.log, format="%(relativeCreated)8.0f %(name)s %(message)s", level=logging.WARNING
        )
        logging.getLogger("app.session").setLevel(logging.DEBUG)
    asyncio.run(run(options))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

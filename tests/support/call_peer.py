"""One side of a real call in its own process (and network namespace), reporting as JSON lines.

``python -m tests.support.call_peer clinician <service-url> --seconds S`` signs in with the dev-mode
test identity, opens a room, prints ``{"room": CODE}`` and admits the first patient who knocks;
``... patient <service-url> --code CODE`` knocks on it. Both print every call state they enter
(``{"t": wall clock, "state": ...}``), ``{"t", "media_failed"}`` when the choice would be offered,
and every 100 ms how many audio and video frames they have received from the other side
(``{"t", "audio", "video"}``), then hang up after ``--seconds``. Used by the link-outage tests with
the emulated link of ``tests/support/netns.py``; nothing here sends anything but test media.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import time
from typing import Any

from app.core.call_state import CallState
from app.core.protocol import PrecallSummary
from app.media.sources import MediaSources
from app.session.config import MediaRecovery
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.events import CallStateChanged, MediaFailed, QueueChanged, SessionEvent


def emit(payload: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(payload) + "\n")
    sys.stdout.flush()


def received(person: ClinicianConsultation | PatientConsultation) -> tuple[int, int]:
    call = person.call
    counts = [0, 0]
    if call is not None:
        for pid in call.links:
            for i, kind in enumerate(("audio", "video")):
                drain = call.drain(pid, kind)
                counts[i] += drain.frames if drain is not None else 0
    return counts[0], counts[1]


async def run(args: argparse.Namespace) -> None:
    queued: asyncio.Queue[str] = asyncio.Queue()

    def on_event(event: SessionEvent) -> None:
        if isinstance(event, CallStateChanged):
            emit({"t": time.time(), "state": event.new.value})
        elif isinstance(event, MediaFailed):
            emit({"t": time.time(), "media_failed": True})
        elif isinstance(event, QueueChanged) and event.entries:
            queued.put_nowait(event.entries[0].participant_id)

    config = SessionConfig(args.service, recovery=MediaRecovery(give_up_s=args.give_up))
    sources = lambda preview: MediaSources.synthetic(size=(320, 240), fps=15, preview=preview)  # noqa: E731
    person: ClinicianConsultation | PatientConsultation
    if args.role == "clinician":
        person = ClinicianConsultation(config, on_event, sources_factory=sources)
        await person.login_test("Dr. Berg")
        room = await person.create_room("Link outage")
        emit({"room": room.code})
        await person.admit(await queued.get())
    else:
        person = PatientConsultation(config, on_event, sources_factory=sources)
        await person.login_test("Ann")
        await person.open_room(args.code)
        await person.knock(PrecallSummary())
    try:
        ends = time.monotonic() + args.seconds
        while time.monotonic() < ends and person.state is not CallState.ENDED:
            audio, video = received(person)
            emit({"t": time.time(), "audio": audio, "video": video})
            await asyncio.sleep(0.1)
    finally:
        await person.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="call_peer")
    parser.add_argument("role", choices=("clinician", "patient"))
    parser.add_argument("service")
    parser.add_argument("--code")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--give-up", type=float, default=60.0)
    parser.add_argument("--log", action="store_true", help="log to stderr (INFO, app.session only)")
    args = parser.parse_args(argv)
    if args.log:
        logging.basicConfig(
            stream=sys.stderr, level=logging.WARNING, format="%(relativeCreated)6.0f %(name)s %(message)s"
        )
        logging.getLogger("app.session").setLevel(logging.DEBUG)
    asyncio.run(run(args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""One side of a call over the link emulator, in its own process and network namespace.

Run by ``tests/e2e/test_quality_netns.py``; talks JSON lines on stdout like ``bench/call_client.py``.
clinician: logs in, creates a room, prints {"room": code}, admits the first patient; patient: logs in,
knocks on --code. Both then stay in the call for --seconds, timing every remote audio frame as it
arrives (as the speaker would get it), reading the one-way latency of stamped video frames, and
printing, per second, the monitor's sample of the link (level, RTT, loss, rates). At the end:
{"result": {...}} with the state, the longest audio gap and the share of audio missing in the last
--measure seconds, the levels the sender went through and when it first reached the lowest of them.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import sys
import time
from typing import Any

from app.core.call_state import CallState
from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources
from app.media.stamp import read_stamp_frame
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.events import QueueChanged, SessionEvent


def emit(payload: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(payload) + "\n")
    sys.stdout.flush()


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


class Heard:
    def __init__(self) -> None:
        self.audio_at: list[float] = []
        self.latencies: list[tuple[float, int]] = []

    def audio(self, participant_id: str, frame: Any) -> None:
        self.audio_at.append(time.monotonic())

    def video(self, participant_id: str, frame: Any) -> None:
        stamp = read_stamp_frame(frame)
        if stamp is not None:
            self.latencies.append((time.monotonic(), stamp.latency_ms()))


async def run(args: argparse.Namespace) -> None:
    heard = Heard()
    config = SessionConfig(args.service, loopback_only=False, video_size=(640, 480))
    queue: asyncio.Queue[str] = asyncio.Queue()

    def on_event(event: SessionEvent) -> None:
        if isinstance(event, QueueChanged) and event.entries:
            queue.put_nowait(event.entries[0].participant_id)

    def sources(preview: FrameSlot) -> MediaSources:
        made = MediaSources.synthetic(size=(640, 480), fps=30, preview=preview)
        made.play_remote_audio = heard.audio
        return made

    session: PatientConsultation | ClinicianConsultation
    if args.role == "clinician":
        session = ClinicianConsultation(config, on_event, sources_factory=sources, frame_observer=heard.video)
        await session.login_test("Netns Clinician")
        room = await session.create_room("netns")
        emit({"room": room.code})
        await session.admit(await queue.get())
    else:
        session = PatientConsultation(config, on_event, sources_factory=sources, frame_observer=heard.video)
        await session.login_test("Netns Patient")
        await session.open_room(args.code)
        await session.knock()
    async with asyncio.timeout(40):
        while not heard.audio_at or session.state is not CallState.IN_CALL:
            await asyncio.sleep(0.05)
    emit({"in_call": True})
    start = time.monotonic()
    levels: list[str] = []  # the levels the sender went through, over every link (a rebuilt one too)
    order = ["full", "reduced", "low", "minimal", "audio_only"]
    down_s = 0.0  # when the lowest of them was first seen, from the first audio heard in the call
    while time.monotonic() - start < args.seconds:
        await asyncio.sleep(1.0)
        call = session.call
        if call is None:
            break
        for samples in call.monitor.history.values():
            if samples:
                s = samples[-1]
                if not levels or levels[-1] != s.level:
                    if levels and order.index(s.level) > max(order.index(v) for v in levels):
                        down_s = time.monotonic() - start
                    levels.append(s.level)
                row = [
                    s.level,
                    _r(s.rtt_s),
                    _r(s.loss_out),
                    _r(s.loss_in),
                    int(s.sent_kbps),
                    int(s.video_sent_kbps),
                ]
                emit({"sample": [int(time.monotonic() - start), *row, _r(s.longest_audio_gap_s)]})
    end = time.monotonic()
    window = [t for t in heard.audio_at if t >= end - args.measure]
    gaps = [b - a for a, b in itertools.pairwise(window)]
    if window:
        gaps.append(end - window[-1])
    latencies = [ms for t, ms in heard.latencies if t >= end - args.measure]
    emit(
        {
            "result": {
                "state": session.state.value,
                "audio_frames": len(window),
                "audio_missing": max(0.0, 1 - len(window) / (args.measure * 50)),
                "longest_audio_gap_s": max(gaps, default=args.measure),
                "video_latency_ms": sorted(latencies)[len(latencies) // 2] if latencies else None,
                "levels": levels,
                "down_s": round(down_s, 1),
            }
        }
    )
    await asyncio.sleep(5.0)  # the other side measures a little longer: do not end its call under it
    await session.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--role", choices=["patient", "clinician"], required=True)
    parser.add_argument("--service", required=True)
    parser.add_argument("--code", default="")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--measure", type=float, default=20.0)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()

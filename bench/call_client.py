"""One side of a benchmark call, in its own process so its CPU can be measured alone.

Run by ``bench/call_bench.py``; talks to it with one JSON line per event on stdout.
clinician: logs in, creates a room, prints {"room": code}, admits the first patient (prints
{"admit_ms": wall clock}); patient: logs in, knocks on --code. Both record when the first remote
frame is decoded and, after a warm-up, the one-way latency of every stamped frame and their own
CPU time, then print {"result": {...}} and hang up.

With ``--view WxH`` the client also shows the remote picture in the app's own ``VideoView`` in a
window of that size (Qt platform from ``QT_QPA_PLATFORM``, offscreen by default) on a qasync loop, as
the app does, and records the sender-to-paint latency read back from the painted pixels
(``bench/paint_probe.py``); its CPU figure then includes drawing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import sys
import time
from typing import Any

from app.core.call_state import CallState
from app.media.codecs import use_fast_h264_preset
from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources
from app.media.stamp import read_stamp_frame, wall_clock_ms
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.events import QueueChanged, SessionEvent
from bench.video_quality import QualityMeter


async def video_bytes_sent(session: PatientConsultation | ClinicianConsultation) -> int:
    """Video bytes sent so far over the call's links (aiortc's inbound statistics count no bytes)."""
    sent = 0
    call = session.call
    for link in call.links.values() if call is not None else ():
        for stats in (await link.pc.getStats()).values():
            if stats.type == "outbound-rtp" and getattr(stats, "kind", None) == "video":
                sent += stats.bytesSent
    return sent


def emit(payload: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(payload) + "\n")
    sys.stdout.flush()


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Measure:
    """Frame observer: first decoded frame time, then latencies and quality samples in the window."""

    def __init__(self, size: tuple[int, int]) -> None:
        self.first_frame_ms: int | None = None
        self.measuring = False
        self.latencies: list[int] = []
        self.frames = 0
        self.full_size = 0  # frames decoded at the size sent (the link level may scale the picture down)
        self._size = size
        self.quality = QualityMeter(size)

    def __call__(self, participant_id: str, frame: Any) -> None:
        if self.first_frame_ms is None:
            self.first_frame_ms = wall_clock_ms()
        if not self.measuring:
            return
        self.frames += 1
        if (frame.width, frame.height) == self._size:
            self.full_size += 1
        self.quality.sample(frame)
        stamp = read_stamp_frame(frame)
        if stamp is not None:
            self.latencies.append(stamp.latency_ms())


def show_view(session: PatientConsultation | ClinicianConsultation, size: str) -> Any:
    """A window with the app's video view on the remote picture, and a paint probe on it."""
    from app.ui.widgets.video_view import VideoView
    from bench.paint_probe import PaintProbe

    width, height = (int(v) for v in size.split("x"))
    view = VideoView(session.remote_video)
    view.resize(width, height)
    view.show()
    return view, PaintProbe(view)


async def run(args: argparse.Namespace) -> None:
    if args.h264_fast:
        use_fast_h264_preset()
    width, height = (int(v) for v in args.size.split("x"))
    config = SessionConfig(
        args.service, loopback_only=True, video_size=(width, height), video_codec=args.codec
    )
    measure = Measure((width, height))
    queue: asyncio.Queue[str] = asyncio.Queue()

    def on_event(event: SessionEvent) -> None:
        if isinstance(event, QueueChanged) and event.entries:
            queue.put_nowait(event.entries[0].participant_id)

    def sources(preview: FrameSlot) -> MediaSources:
        return MediaSources.synthetic(size=(width, height), fps=args.fps, preview=preview)

    session: PatientConsultation | ClinicianConsultation
    if args.role == "clinician":
        session = ClinicianConsultation(config, on_event, sources_factory=sources, frame_observer=measure)
        await session.login_test("Bench Clinician")
        room = await session.create_room("bench")
        emit({"room": room.code})
        pid = await queue.get()
        emit({"admit_ms": wall_clock_ms()})
        await session.admit(pid)
    else:
        session = PatientConsultation(config, on_event, sources_factory=sources, frame_observer=measure)
        await session.login_test("Bench Patient")
        await session.open_room(args.code)
        await session.knock()
    view, probe = show_view(session, args.view) if args.view else (None, None)
    async with asyncio.timeout(30):
        while measure.first_frame_ms is None or session.state is not CallState.IN_CALL:
            await asyncio.sleep(0.01)
    await asyncio.sleep(args.warmup)
    call = session.call
    codec = None
    if call is not None and call.links:
        codec = next(iter(call.links.values())).negotiated_video_codec()
    measure.measuring = True
    if probe is not None:
        probe.measuring = True
    bytes0 = await video_bytes_sent(session)
    cpu0, wall0 = cpu_seconds(), time.monotonic()
    await asyncio.sleep(args.duration)
    cpu1, wall1 = cpu_seconds(), time.monotonic()
    bytes1 = await video_bytes_sent(session)
    measure.measuring = False
    if probe is not None:
        probe.measuring = False
    quality = measure.quality.score()  # after the window: not in the CPU figure
    seconds = wall1 - wall0
    emit(
        {
            "result": {
                "first_frame_ms": measure.first_frame_ms,
                "latencies": measure.latencies,
                "frames": measure.frames,
                "full_size": measure.full_size,
                "seconds": wall1 - wall0,
                "cpu": (cpu1 - cpu0) / (wall1 - wall0),
                "codec": codec,
                "sent_kbps": (bytes1 - bytes0) * 8 / 1000 / seconds,
                "psnr_db": quality.psnr_db if quality is not None else None,
                "ssim": quality.ssim if quality is not None else None,
                "paint_latencies": probe.latencies if probe is not None else [],
                "painted": probe.painted if probe is not None else 0,
            }
        }
    )
    if args.role == "patient":
        await session.hang_up()
    else:
        await asyncio.sleep(1.0)
    await session.close()
    if view is not None:
        view.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--role", choices=["patient", "clinician"], required=True)
    parser.add_argument("--service", required=True)
    parser.add_argument("--code", default="")
    parser.add_argument("--codec", choices=["VP8", "H264"], default="VP8")
    parser.add_argument("--size", default="640x480")
    parser.add_argument("--fps", type=int, default=30)
    parser.add_argument("--h264-fast", action="store_true", help="x264 preset ultrafast")
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument("--duration", type=float, default=15.0)
    parser.add_argument("--view", default="", help="show the remote picture in a WxH window")
    args = parser.parse_args()
    if not args.view:
        asyncio.run(run(args))
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.main.event_loop import QEventLoop

    app = QApplication([])
    with asyncio.Runner(loop_factory=lambda: QEventLoop(app)) as runner:
        runner.run(run(args))


if __name__ == "__main__":
    main()

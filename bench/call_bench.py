"""Benchmark a 1:1 call: setup time, one-way video latency and CPU per client, side by side.

    .venv/bin/python -m bench.call_bench [--duration 15] [--runs 1] [--view 960x720] [--cases VP8,H264u-720]
        [--chromium]

For VP8 and H.264 at 640×480 and 1280×720 (30 fps synthetic pattern), starts the service as a
subprocess and the patient and clinician each in their own process on loopback, then prints one
table. Setup = clinician presses admit → first remote frame decoded (each side). Latency = receive
wall clock − send timestamp carried in the frame's pixels (same machine, same clock). CPU = process
CPU seconds / wall seconds over the measuring window, in cores (1.0 = one full core), including
encoding, decoding and RGB conversion for display, excluding drawing.

With ``--view WxH`` each client also shows the remote picture in the app's ``VideoView`` in a window
of that size (under Xvfb with ``QT_QPA_PLATFORM=xcb``, else offscreen) and the table adds the
latency a person sees: sender-to-paint, read back from the painted pixels (``bench/paint_probe.py``),
and the frames painted per second; CPU then includes drawing.

So that a CPU figure cannot come from worse video, each row also has the video bitrate received (the
peer's bytes sent over the window, from aiortc's statistics; loopback loses nothing) and the quality
of the received picture: Y-PSNR and SSIM of every 10th decoded frame against the frame that was
sent, rebuilt from its stamp (``bench/video_quality.py``; computed after the window, outside the CPU
figure).

With ``--chromium`` every Samtale call is followed by the same call between two headless Chromium
instances (``bench/chromium_call.py``: same size, codec, frame rate, duration, pattern and stamp,
the picture shown in a window of the ``--view`` size, loopback only), and a second table gives the
medians per case over ``--runs`` runs and both clients, with Samtale's CPU as a fraction of
Chromium's and both painted latencies (issue #17's targets: at most 0.7× and at most Chromium's).
Each row carries the 1-minute load average when its run started (the machine may be shared).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from typing import IO, Any

from bench.call_table import Row, Side, print_rows, print_summary

# key: (label, codec, size, x264 preset ultrafast)
CASES = {
    "VP8": ("VP8", "VP8", "640x480", False),
    "H264": ("H264", "H264", "640x480", False),
    "H264u": ("H264 ultrafast", "H264", "640x480", True),
    "VP8-720": ("VP8", "VP8", "1280x720", False),
    "H264-720": ("H264", "H264", "1280x720", False),
    "H264u-720": ("H264 ultrafast", "H264", "1280x720", True),
}


def read_json_line(stream: IO[str], key: str) -> Any:
    for line in stream:
        line = line.strip()
        if line.startswith("{"):
            data = json.loads(line)
            if key in data:
                return data[key]
    raise RuntimeError(f"process ended before printing {key!r}")


def start_service() -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "server", "--dev", "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("SAMTALE_SERVICE_READY "):
            return proc, line.split()[1]
    raise RuntimeError("service did not start")


def client(
    role: str, url: str, codec: str, size: str, fast: bool, duration: float, view: str, code: str = ""
) -> subprocess.Popen[str]:
    args = [sys.executable, "-m", "bench.call_client", "--role", role, "--service", url]
    args += ["--codec", codec, "--size", size, "--duration", str(duration)]
    if view:
        args += ["--view", view]
    if fast:
        args.append("--h264-fast")
    if code:
        args += ["--code", code]
    return subprocess.Popen(
        args, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"}
    )


def run_case(
    url: str, codec: str, size: str, fast: bool, duration: float, view: str
) -> tuple[int, Side, Side]:
    clinician = client("clinician", url, codec, size, fast, duration, view)
    assert clinician.stdout is not None
    code = read_json_line(clinician.stdout, "room")
    patient = client("patient", url, codec, size, fast, duration, view, code)
    assert patient.stdout is not None
    try:
        admit_ms = int(read_json_line(clinician.stdout, "admit_ms"))
        c_side = Side.from_json(read_json_line(clinician.stdout, "result"))
        p_side = Side.from_json(read_json_line(patient.stdout, "result"))
        for proc in (clinician, patient):
            proc.wait(timeout=30)
    finally:
        for proc in (clinician, patient):  # one side failed: the other must not wait for it forever
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return admit_ms, p_side, c_side


def uptime() -> str:
    """Like uptime(1): the time and the 1, 5 and 15-minute load averages."""
    one, five, fifteen = os.getloadavg()
    return f"{time.strftime('%H:%M:%S')} load average: {one:.2f}, {five:.2f}, {fifteen:.2f}"


def chromium_rows(case: str, codec: str, size: str, duration: float, view: str, max_kbps: int) -> list[Row]:
    from bench.chromium_call import run_pair

    load = os.getloadavg()[0]
    sides = asyncio.run(run_pair(codec, size, view, duration, max_kbps=max_kbps))
    rows = []
    for name, data in (("offerer", sides[0]), ("answerer", sides[1])):
        side = Side.from_json(data)
        # A Chromium peer's sent_kbps is what it received (its inbound statistics count bytes).
        rows.append(Row(case, "Chromium", name, side.first_frame_ms, side, data["sent_kbps"], load))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=float, default=15.0)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--view", default="", help="each client shows the remote picture in a WxH window")
    parser.add_argument("--cases", default=",".join(CASES), help=f"comma-separated, of {', '.join(CASES)}")
    parser.add_argument(
        "--chromium",
        action="store_true",
        help="after each Samtale call, the same call between two headless Chromium (bench/chromium_call.py)",
    )
    parser.add_argument(
        "--chromium-kbps",
        type=int,
        default=0,
        help="cap Chromium's video bitrate (e.g. at Samtale's, to compare CPU at equal bitrate)",
    )
    args = parser.parse_args()
    chosen = [CASES[key] for key in args.cases.split(",")]
    print(f"load before: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    service, url = start_service()
    rows: list[Row] = []
    try:
        for label, codec, size, fast in chosen:
            case = f"{label} {size}"
            for run in range(1, args.runs + 1):
                load = os.getloadavg()[0]
                print(f"{case} run {run}: {uptime()}", flush=True)
                admit_ms, patient, clinician = run_case(url, codec, size, fast, args.duration, args.view)
                pairs = (("patient", patient, clinician), ("clinician", clinician, patient))
                for name, side, other in pairs:
                    setup = side.first_frame_ms - admit_ms
                    rows.append(Row(case, "Samtale", name, setup, side, other.sent_kbps, load))
                if args.chromium:
                    print(f"{case} run {run}, Chromium: {uptime()}", flush=True)
                    rows += chromium_rows(case, codec, size, args.duration, args.view, args.chromium_kbps)
    finally:
        service.terminate()
        service.wait(timeout=10)
    print(f"load after: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    print_rows(rows)
    print_summary(rows)
    print(
        "\nTargets: setup < 1000 ms, latency p50 < 100 ms, 1280x720 at 30 fps under 0.6 of a core per client."
    )
    if args.chromium:
        print(
            "Chromium: setup = createOffer -> first frame presented (no service in between); painted ="
            " latency at requestVideoFrameCallback; CPU = the browser's whole process tree; its encoder"
            " is its own (libvpx / OpenH264 at its own bitrate), not x264 ultrafast."
        )


if __name__ == "__main__":
    main()

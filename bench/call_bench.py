"""Benchmark a 1:1 call: setup time, one-way video latency and CPU per client, side by side.

    .venv/bin/python -m bench.call_bench [--duration 15] [--runs 1]

For VP8 and H.264 at 640×480 and 1280×720 (30 fps synthetic pattern), starts the service as a
subprocess and the patient and clinician each in their own process on loopback, then prints one
table. Setup = clinician presses admit → first remote frame decoded (each side). Latency = receive
wall clock − send timestamp carried in the frame's pixels (same machine, same clock). CPU = process
CPU seconds / wall seconds over the measuring window, in cores (1.0 = one full core), including
encoding, decoding and RGB conversion for display, excluding drawing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from dataclasses import dataclass
from typing import IO, Any

# (label, codec, size, x264 preset ultrafast)
CASES = [
    ("VP8", "VP8", "640x480", False),
    ("H264", "H264", "640x480", False),
    ("H264 ultrafast", "H264", "640x480", True),
    ("VP8", "VP8", "1280x720", False),
    ("H264", "H264", "1280x720", False),
    ("H264 ultrafast", "H264", "1280x720", True),
]


@dataclass
class Side:
    first_frame_ms: int
    latencies: list[int]
    frames: int
    seconds: float
    cpu: float
    codec: str | None


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
    role: str, url: str, codec: str, size: str, fast: bool, duration: float, code: str = ""
) -> subprocess.Popen[str]:
    args = [sys.executable, "-m", "bench.call_client", "--role", role, "--service", url]
    args += ["--codec", codec, "--size", size, "--duration", str(duration)]
    if fast:
        args.append("--h264-fast")
    if code:
        args += ["--code", code]
    return subprocess.Popen(
        args, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"}
    )


def run_case(url: str, codec: str, size: str, fast: bool, duration: float) -> tuple[int, Side, Side]:
    clinician = client("clinician", url, codec, size, fast, duration)
    assert clinician.stdout is not None
    code = read_json_line(clinician.stdout, "room")
    patient = client("patient", url, codec, size, fast, duration, code)
    assert patient.stdout is not None
    admit_ms = int(read_json_line(clinician.stdout, "admit_ms"))
    c_side = Side(**read_json_line(clinician.stdout, "result"))
    p_side = Side(**read_json_line(patient.stdout, "result"))
    for proc in (clinician, patient):
        proc.wait(timeout=30)
    return admit_ms, p_side, c_side


def pct(values: list[int], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return float(ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=float, default=15.0)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    service, url = start_service()
    rows = []
    try:
        for label, codec, size, fast in CASES:
            for _ in range(args.runs):
                admit_ms, patient, clinician = run_case(url, codec, size, fast, args.duration)
                for name, side in (("patient", patient), ("clinician", clinician)):
                    rows.append(
                        (
                            f"{label} {size}",
                            name,
                            side.codec or "?",
                            side.first_frame_ms - admit_ms,
                            statistics.median(side.latencies) if side.latencies else float("nan"),
                            pct(side.latencies, 0.95),
                            side.frames / side.seconds,
                            side.cpu,
                        )
                    )
    finally:
        service.terminate()
        service.wait(timeout=10)
    header = ("case", "client", "negotiated", "setup ms", "latency p50 ms", "p95 ms", "fps recv", "CPU cores")
    print(
        f"{header[0]:<24} {header[1]:<10} {header[2]:<10} {header[3]:>8} {header[4]:>14} {header[5]:>7} "
        f"{header[6]:>8} {header[7]:>9}"
    )
    for case, name, neg, setup, p50, p95, fps, cpu in rows:
        print(f"{case:<24} {name:<10} {neg:<10} {setup:>8} {p50:>14.1f} {p95:>7.1f} {fps:>8.1f} {cpu:>9.2f}")
    print(
        "\nTargets: setup < 1000 ms, latency p50 < 100 ms, 1280x720 at 30 fps under 0.6 of a core per client."
    )


if __name__ == "__main__":
    main()

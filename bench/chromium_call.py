"""The browser's side of the call bench: a 1:1 call between two headless Chromium instances.

    .venv/bin/python -m bench.chromium_call [--codec VP8] [--size 640x480] [--view 640x480] [--duration 10]

Each peer is its own Chromium (``tests/support/chromium.py``, DevTools on 127.0.0.1) whose window is
the view size, running ``bench/chromium_peer.js``: a canvas draws Samtale's synthetic pattern and
stamp as the camera, a tone is the microphone, and the remote picture plays in a ``<video>`` filling
the window. The offer and the answer go through this process (whole SDP, ICE gathered first) with
every candidate not on 127.0.0.0/8 removed, so the media flows on loopback only; the codec is chosen
with ``setCodecPreferences`` and the sender keeps its resolution (``maintain-resolution``), so the
stamp and the quality score read at the sent size.

Per peer: setup (the offerer's ``createOffer`` → this peer's first presented frame), latency (send
time in the stamp → wall clock at ``requestVideoFrameCallback`` of the presented frame), frames
decoded and presented, video kbit/s received, Y-PSNR/SSIM of every 10th presented frame (up to 30)
against the frame that was sent (``bench/video_quality.py``, after the window), and CPU = the
utime + stime of the browser's whole process tree (browser, renderer, GPU and utility processes)
over the window, in cores, without the renderer of headless Chromium's own UI (see ``LEFT_OUT``).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import time
from pathlib import Path
from typing import Any

import numpy as np

from app.media.synthetic_video import PatternVideoTrack, make_pattern
from bench.video_quality import compare, sent_luma_as
from tests.support.chromium import Chromium

PAGE_SCRIPT = Path(__file__).with_name("chromium_peer.js")
_TICK = os.sysconf("SC_CLK_TCK")


def loopback_only(sdp: str) -> str:
    """The SDP without any ICE candidate whose address is not on 127.0.0.0/8."""
    kept = []
    for line in sdp.split("\r\n"):
        if line.startswith("a=candidate:"):
            fields = line.split()
            if len(fields) < 5 or not fields[4].startswith("127."):
                continue
        kept.append(line)
    return "\r\n".join(kept)


# Headless Chromium keeps a renderer for its own browser UI (``--top-chrome-webui``) that took 0.08-0.10
# of a core during these calls; it has no part in the call, so it is left out (harder on Samtale).
LEFT_OUT = "--top-chrome-webui"


def tree_cpu_seconds(root: int) -> float:
    """User + system CPU seconds of ``root`` and every process descending from it (from /proc),
    except a process whose command line has ``LEFT_OUT``."""
    parent: dict[int, int] = {}
    ticks: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (comm) "
        parent[int(entry)] = int(fields[1])
        ticks[int(entry)] = int(fields[11]) + int(fields[12])
    family = {root}
    grew = True
    while grew:
        grew = False
        for pid, ppid in parent.items():
            if ppid in family and pid not in family:
                family.add(pid)
                grew = True
    total = 0
    for pid in family:
        try:
            if LEFT_OUT in Path(f"/proc/{pid}/cmdline").read_text(errors="replace"):
                continue
        except OSError:
            continue
        total += ticks.get(pid, 0)
    return total / _TICK


async def _serve_blank_page() -> tuple[asyncio.Server, str]:
    """An empty page on http://127.0.0.1 (a secure context, which WebCodecs and getUserMedia need)."""

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError):  # a speculative connection, never used
            writer.close()
            return
        body = b"<!doctype html><meta charset=utf-8><title>bench peer</title>"
        head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n"
        writer.write(head.encode() + b"Connection: close\r\n\r\n" + body)
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    return server, f"http://127.0.0.1:{port}/"


async def _start_peer(size: tuple[int, int], url: str) -> Chromium:
    browser = Chromium(size=size, extra_args=("--autoplay-policy=no-user-gesture-required",))
    await browser.start()
    await browser.goto(url)
    await browser.evaluate(PAGE_SCRIPT.read_text())
    return browser


async def _quality(
    browser: Chromium, count: int, size: tuple[int, int], color_space: dict[str, Any] | None
) -> tuple[float | None, float | None]:
    """Mean Y-PSNR and SSIM of the kept frames, the sent luma computed in the frames' colour space."""
    if not count or not color_space:
        return None, None
    matrix, full_range = str(color_space.get("matrix") or "bt709"), bool(color_space.get("fullRange"))
    source = PatternVideoTrack(size)
    results = []
    try:
        for index in range(count):
            sample = await browser.evaluate(f"benchPeer.sample({index})")
            got = np.frombuffer(base64.b64decode(sample["luma"]), dtype=np.uint8).reshape(size[1], size[0])
            sent = await asyncio.to_thread(
                sent_luma_as, source, sample["counter"], sample["ts"], matrix, full_range
            )
            results.append(await asyncio.to_thread(compare, sent, got))
            if os.environ.get("BENCH_DUMP"):
                np.save(f"{os.environ['BENCH_DUMP']}-{index}-sent.npy", sent)
                np.save(f"{os.environ['BENCH_DUMP']}-{index}-got.npy", got)
    finally:
        source.stop()
    return float(np.mean([r.psnr_db for r in results])), float(np.mean([r.ssim for r in results]))


async def run_pair(
    codec: str,
    size: str,
    view: str,
    duration: float,
    warmup: float = 3.0,
    fps: int = 30,
    max_kbps: int = 0,
) -> list[dict[str, Any]]:
    """One call; for the offerer and the answerer a dict with the fields of ``call_bench.Side``.

    ``max_kbps`` caps each sender's video bitrate (``maxBitrate``), e.g. at Samtale's, to compare CPU
    at equal bitrate; 0 leaves Chromium's own rate control alone."""
    width, height = (int(v) for v in size.split("x"))
    view_w, view_h = (int(v) for v in (view or size).split("x"))
    pattern = base64.b64encode(make_pattern(width, height).tobytes()).decode()
    server, url = await _serve_blank_page()
    peers = await asyncio.gather(_start_peer((view_w, view_h), url), _start_peer((view_w, view_h), url))
    try:
        settings = json.dumps(
            {"codec": codec, "width": width, "height": height, "fps": fps, "maxKbps": max_kbps}
            | {"pattern": pattern}
        )
        for peer in peers:
            await peer.evaluate(f"benchPeer.setup({settings})")
        offerer, answerer = peers
        offer = await offerer.evaluate("benchPeer.offer()")
        answer = await answerer.evaluate(f"benchPeer.answer({json.dumps(loopback_only(offer['sdp']))})")
        await offerer.evaluate(f"benchPeer.accept({json.dumps(loopback_only(answer))})")
        for peer in peers:
            await peer.wait_for("benchPeer.firstFrameMs() !== null", timeout=30, what="first frame")
        await asyncio.sleep(warmup)
        cpu0 = []
        for peer in peers:
            await peer.evaluate("benchPeer.start()")
            assert peer.pid is not None
            cpu0.append((tree_cpu_seconds(peer.pid), time.monotonic()))
        await asyncio.sleep(duration)
        ended = []
        for peer, (c0, w0) in zip(peers, cpu0, strict=True):
            assert peer.pid is not None
            cpu = (tree_cpu_seconds(peer.pid) - c0) / (time.monotonic() - w0)
            ended.append((cpu, await peer.evaluate("benchPeer.stop()")))
        sides = []
        for peer, (cpu, result) in zip(peers, ended, strict=True):  # quality after both windows
            psnr_db, ssim = await _quality(peer, result["samples"], (width, height), result["colorSpace"])
            first = await peer.evaluate("benchPeer.firstFrameMs()")
            sides.append(
                {
                    "first_frame_ms": int(first - offer["started"]),
                    "latencies": [int(v) for v in result["latencies"]],
                    "frames": result["frames"],
                    "full_size": round(result["fullSize"] * result["frames"] / max(1, result["measured"])),
                    "seconds": result["seconds"],
                    "cpu": cpu,
                    "codec": result["codec"],
                    "paint_latencies": [int(v) for v in result["latencies"]],
                    "painted": result["painted"],
                    "sent_kbps": result["kbps"],  # received here = sent by the other peer
                    "psnr_db": psnr_db,
                    "ssim": ssim,
                    "unread": result["unread"],
                    "size": result["size"],
                    "color_space": result["colorSpace"],
                }
            )
        for peer in peers:
            if peer.errors:
                raise RuntimeError(f"page errors: {peer.errors[:3]}")
        return sides
    finally:
        await asyncio.gather(*(peer.close() for peer in peers))
        server.close()
        await server.wait_closed()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--codec", choices=["VP8", "H264"], default="VP8")
    parser.add_argument("--size", default="640x480")
    parser.add_argument("--view", default="")
    parser.add_argument("--duration", type=float, default=10.0)
    parser.add_argument("--max-kbps", type=int, default=0, help="cap each sender's video bitrate")
    args = parser.parse_args()
    sides = asyncio.run(run_pair(args.codec, args.size, args.view, args.duration, max_kbps=args.max_kbps))
    for name, side in zip(("offerer", "answerer"), sides, strict=True):
        lat = sorted(side["paint_latencies"])
        p50 = lat[len(lat) // 2] if lat else None
        p95 = lat[min(len(lat) - 1, round(0.95 * (len(lat) - 1)))] if lat else None
        brief = {k: v for k, v in side.items() if k not in ("latencies", "paint_latencies")}
        print(name, json.dumps({**brief, "p50": p50, "p95": p95}))


if __name__ == "__main__":
    main()

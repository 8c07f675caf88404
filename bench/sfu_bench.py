"""The media server (Janus) in figures, and what they mean for rooms of 50 and 150 (issue 14).

    .venv/bin/python -m bench.sfu_bench [--measure 8] [--fps 15] [--join-room 12]

Starts a real Janus on 127.0.0.1 (``tests/support/janus.py``), makes one AudioBridge and one
VideoRoom room as the service does, and runs clients in processes of their own
(``bench/sfu_peer.py``: the app's ``SfuLink`` and ``TrackDrain``), each measured over the same window:

1. Janus's CPU (its process, from /proc) and bandwidth per video subscriber: one client publishes a
   640×480 picture; another receives it 1, 4 and 8 times (each a subscription of its own);
2. Janus's CPU per participant in the audio mix: 4 and 12 voices in the AudioBridge;
3. the client's CPU (process, every thread) to publish audio and a 480p picture and receive 0, 1, 4
   and 9 pictures at 480p;
4. with ``--join-room N``: the join time in a room of N through the real service with ``--janus``
   (admit → the newcomer's first decoded picture), when the service has the media server
   (``bench/sfu_join.py``).

Then it prints the table, and the figures on paper for one Janus carrying 50 (a large meeting, each
showing 9 pictures) and 150 (a large auditorium: 2 hosts and 1 speaker seen by all) participants,
scaled linearly from the per-subscriber and per-voice costs. Not a test: the machine is shared, so
note the load beside the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from server.secret import Secret
from server.sfu.janus_client import JanusConnection
from server.sfu.janus_rooms import JanusRooms, RoomPair
from tests.support.janus import JanusServer

ROOT = Path(__file__).resolve().parents[1]
TICKS = os.sysconf("SC_CLK_TCK")
READ_S = 90.0  # a peer that says nothing for this long has failed


def process_cpu_s(pid: int) -> float:
    """CPU seconds (user + system, every thread) of process ``pid`` so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def row(*cells: object) -> str:
    return "| " + " | ".join(str(cell) for cell in cells) + " |"


def janus_pid(janus: JanusServer) -> int:
    proc = janus._proc  # the harness starts Janus itself; its pid is what /proc is read for
    assert proc is not None
    return proc.pid


@dataclass
class Peer:
    proc: asyncio.subprocess.Process
    lines: list[dict[str, Any]] = field(default_factory=list)

    async def read(self, key: str) -> Any:
        assert self.proc.stdout is not None
        async with asyncio.timeout(READ_S):
            while line := await self.proc.stdout.readline():
                message = json.loads(line)
                self.lines.append(message)
                if key in message:
                    return message if key == "cpu" else message[key]
        raise RuntimeError(f"a bench peer ended before {key!r}")

    async def stop(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            await asyncio.wait_for(self.proc.wait(), 15)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()


class Bench:
    def __init__(self, janus: JanusServer, pair: RoomPair, token: str, args: argparse.Namespace) -> None:
        self.janus, self.pair, self.token, self.args = janus, pair, token, args
        self._count = 0

    async def peer(self, **cfg: Any) -> Peer:
        self._count += 1
        base = {
            "url": self.janus.url,
            "secret_file": str(self.janus.api_secret_file),
            "audio_room": self.pair.audio_room,
            "video_room": self.pair.video_room,
            "pin": self.pair.pin.reveal(),
            "token": self.token,
            "label": f"bench{self._count}",
            "fps": self.args.fps,
            "warm_s": 3,
            "measure_s": self.args.measure,
        }
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bench.sfu_peer", json.dumps(base | cfg), cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        )  # fmt: skip
        return Peer(proc)

    async def janus_cpu_while(self, peer: Peer) -> tuple[float, dict[str, Any]]:
        """Janus's CPU in cores over the peer's measuring window (started when it starts receiving)."""
        await peer.read("receiving")
        await asyncio.sleep(3)  # the peer's warm-up
        pid = janus_pid(self.janus)
        cpu0, wall0 = process_cpu_s(pid), time.monotonic()
        result = await peer.read("cpu")
        return (process_cpu_s(pid) - cpu0) / (time.monotonic() - wall0), result

    async def janus_idle(self) -> float:
        pid = janus_pid(self.janus)
        cpu0, wall0 = process_cpu_s(pid), time.monotonic()
        await asyncio.sleep(self.args.measure)
        return (process_cpu_s(pid) - cpu0) / (time.monotonic() - wall0)


async def run(args: argparse.Namespace) -> list[str]:
    out: list[str] = []
    load = os.getloadavg()
    out.append(f"load average at start: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} cores")
    with JanusServer() as janus:
        conn = JanusConnection(janus.url, Secret(janus.api_secret_file.read_text().strip()))
        await conn.connect()
        rooms = JanusRooms(conn)
        await rooms.open()
        pair = await rooms.create(50)
        token = secrets.token_urlsafe(16)
        await rooms.allow(pair, token, True)
        bench = Bench(janus, pair, token, args)
        feeder = await bench.peer(video=True, hz=440, size="640x480", measure_s=3600)
        feed = await feeder.read("feed")
        await asyncio.sleep(3)
        base = await bench.janus_idle()
        out.append(f"Janus with one 480p publisher and its voice, no subscriber: {base:.3f} cores")
        rows: list[tuple[int, float, float]] = []
        for copies in (1, 4, 8):
            farm = await bench.peer(feed=feed, copies=copies)
            cpu, result = await bench.janus_cpu_while(farm)
            await farm.stop()
            rows.append((copies, cpu, result["kbps_in"]))
        out.append("")
        out.append(
            row("video subscribers", "Janus CPU (cores)", "per subscriber", "Janus out (kbit/s)", "per sub")
        )
        out.append("|---|---|---|---|---|")
        for copies, cpu, kbps in rows:
            out.append(
                f"| {copies} | {cpu:.3f} | {(cpu - base) / copies:.4f} | {kbps:.0f} | {kbps / copies:.0f} |"
            )
        per_sub_cpu = max(0.0, (rows[-1][1] - base) / rows[-1][0])
        per_sub_kbps = rows[-1][2] / rows[-1][0]
        voice_rows: list[tuple[int, float]] = []
        for voices in (4, 12):
            choir = await bench.peer(hz=300, voices=voices, copies=0)
            await choir.read("feed")
            cpu = await bench.janus_idle()
            await choir.stop()
            voice_rows.append((voices, cpu))
        out.append("")
        out.append("| voices in the mix (+1) | Janus CPU (cores) | per voice |")
        out.append("|---|---|---|")
        for voices, cpu in voice_rows:
            out.append(f"| {voices} | {cpu:.3f} | {(cpu - base) / voices:.4f} |")
        per_voice = max(0.0, (voice_rows[-1][1] - base) / voice_rows[-1][0])
        client_rows = []
        for copies in (0, 1, 4, 9):
            client = await bench.peer(feed=feed, copies=copies, hz=600, video=True, size="640x480")
            await client.read("receiving")
            result = await client.read("cpu")
            await client.stop()
            client_rows.append((copies, result))
        out.append("")
        sends = f"client: sends voice + 480p at {args.fps:g} fps; pictures shown (480p)"
        out.append(row(sends, "client CPU (cores)", "pictures/s decoded", "kbit/s in"))
        out.append("|---|---|---|---|")
        for copies, result in client_rows:
            out.append(
                f"| {copies} | {result['cpu']:.2f} | {result['frames_per_s']:.0f} | {result['kbps_in']:.0f} |"
            )
        await feeder.stop()
        await rooms.destroy(pair)
        await rooms.close()
        await conn.close()
    out.append("")
    out.extend(on_paper(per_sub_cpu, per_sub_kbps, per_voice))
    if args.join_room:
        from bench.sfu_join import join_time

        out.append("")
        out.extend(await join_time(args.join_room))
    load = os.getloadavg()
    out.append("")
    out.append(f"load average at end: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    return out


def on_paper(per_sub_cpu: float, per_sub_kbps: float, per_voice: float) -> list[str]:
    """One Janus instance: a meeting of 50 each showing 9, an auditorium of 150 each seeing 3."""
    lines = ["On paper, one Janus instance (linear in subscriptions and voices; measured costs above):", ""]
    lines.append("| room | video subscriptions | Janus CPU (cores) | Janus upload (Mbit/s) |")
    lines.append("|---|---|---|---|")
    for label, people, shown in (
        ("meeting of 50, 9 shown each", 50, 9),
        ("auditorium of 150, 3 shown", 150, 3),
    ):
        subs = people * shown
        cpu = subs * per_sub_cpu + people * per_voice
        mbit = (subs * per_sub_kbps + people * 40) / 1000  # + each one's mixed voice (Opus ≈ 40 kbit/s)
        lines.append(f"| {label} | {subs} | {cpu:.1f} | {mbit:.0f} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--measure", type=float, default=8.0, help="seconds in each measuring window")
    parser.add_argument("--fps", type=float, default=15.0, help="frames per second of every 480p picture")
    parser.add_argument("--join-room", type=int, default=0, help="also measure the join time in a room of N")
    args = parser.parse_args()
    for line in asyncio.run(run(args)):
        print(line)


if __name__ == "__main__":
    main()

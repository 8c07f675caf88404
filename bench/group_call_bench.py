"""Three people in a call under the link emulator: gaps, freezes, recovery and CPU, one table.

    .venv/bin/python -m bench.group_call_bench [--seconds 300] [--cases clean,poor,outage,udp]
        [--size 640x480]

Issue 12's figures. Each case is a fresh pair of network namespaces joined by the emulated link
(``tests/support/netns.py``), a fresh service: the service, the clinician and the interpreter run on
the service side, the patient on the client side, so both of the patient's links cross the emulated
link (as a patient on a weak home network would) and the clinician–interpreter link does not. Each
person is its own process (``bench/group_peer.py``) sending a synthetic 15 fps picture and a tone.

Cases (``--seconds`` per case, counted from the moment all three receive both others' media):
- ``clean``: nothing in the way.
- ``poor``: 150 ms delay, 5 % loss and 500 kbit/s each way, from before the knocks.
- ``outage``: from +10 s every packet is lost for 30 s, then the link is whole again.
- ``udp``: from +10 s the patient's UDP is dropped (nftables); coturn runs on the service side, so
  the links are rebuilt through TURN over TCP.

Per case: the longest audio gap and the video freezes over 500 ms on the patient's links, both ways
(frame counts polled every 50 ms, so ±50 ms; the gap the outage or the block itself makes in a stream is
not counted there but in the next column), the seconds from the restore (``outage``) or the block
(``udp``) until every stream it interrupted (a gap over 1 s) flows again, whether anyone had to knock
again (``waiting`` or ``ended`` after the first ``in_call``), and each client's CPU over the call in
cores (process CPU seconds / wall seconds; 1.0 = one core). After the table (stderr), per link each
person sends on: the levels its rate rule went through and how long after the link's first statistics
sample it reached the last one.

Then what the machine itself adds, to read the figures by: the same gap and freezes on the
clinician–interpreter link, which no emulated link carries, the longest the clients' event loops
woke late (a 50 ms sleep; at a load of 10 on 2 cores, 0.3–1.5 s while the process got no CPU at all),
and the load average. Every stall of the machine is a gap in every stream at once, so a patient's gap
no longer than the clinician–interpreter one is the machine's, not the link's. In brackets after the
longest audio gap: the longest one less the time the machine stalled during it (a gap over 0.15 s on
the clinician–interpreter link, the receiving or the sending client's loop more than 0.2 s late): the
link's and the call's own share. ``--dump DIR`` keeps each
client's lines (counts, loop lag, CPU, per-link statistics), the emulated link's byte counters and each
client's session log, for looking at a run afterwards. Needs root, ``ip netns`` and coturn; sends
nothing outside the namespaces.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tests.support import coturn
from tests.support.netns import SVC_ADDR, NetnsPair, why_unavailable
from tests.support.service import REPO_ROOT, ServiceProcess

POOR = "delay 150ms loss 5% rate 500kbit"
POOR_DELAY_S = 0.15  # POOR's delay, one way
EVENT_AT_S = 10.0
OUTAGE_S = 30.0
FREEZE_S = 0.5
INTERRUPTED_S = 1.0  # a gap this long next to the cut or the block: that stream was interrupted by it
REPAIR_WINDOW_S = 10.0  # how long after the restore (or the block) an interruption may begin: the
# watchdog rebuilds a silent link after 3 s and gives an attempt 6 s; a gap that begins later on a stream
# that kept flowing is a stall of the machine (seen 19.6 s after a block, counted as 21 s "back")
STALL_GAP_S = 0.15  # an audio gap this long on the link no emulation touches: the machine stalled
STALL_LAG_S = 0.2  # a client's event loop this late: it got no CPU
CASES = ("clean", "poor", "outage", "udp")


@dataclass
class Person:
    name: str
    proc: subprocess.Popen[str]
    lines: list[dict[str, Any]] = field(default_factory=list)
    news: queue.Queue[dict[str, Any]] = field(default_factory=queue.Queue)

    @classmethod
    def start(cls, pair: NetnsPair, ns: str, name: str, *args: str) -> Person:
        proc = subprocess.Popen(
            [*pair.exec_prefix(ns), sys.executable, "-m", "bench.group_peer", *args],
            cwd=REPO_ROOT,
            env=dict(os.environ, PYTHONPATH=str(REPO_ROOT)),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        person = cls(name, proc)
        threading.Thread(target=person._read, daemon=True).start()
        return person

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            if raw.startswith("{"):
                line = json.loads(raw)
                self.lines.append(line)
                self.news.put(line)

    def wait_for(self, key: str, timeout: float) -> Any:
        ends = time.monotonic() + timeout
        while True:
            line = self.news.get(timeout=max(0.01, ends - time.monotonic()))
            if key in line:
                return line[key]

    def streams(self) -> dict[tuple[str, int], list[float]]:
        """(remote participant, 0 audio / 1 video) -> the times frames were seen arriving."""
        arrivals: dict[tuple[str, int], list[float]] = {}
        previous: dict[tuple[str, int], int] = {}
        for line in self.lines:
            for pid, row in line.get("counts", {}).items():
                for kind, count in enumerate(row):
                    key = (pid, kind)
                    before = previous.get(key, 0)
                    previous[key] = count
                    # A rebuilt link's drain counts from 0 again: any change to a nonzero count is frames.
                    if count > before or (0 < count < before):
                        arrivals.setdefault(key, []).append(line["t"])
        return arrivals

    def knocked_again(self) -> bool:
        states = [line["state"] for line in self.lines if "state" in line]
        after = states[states.index("in_call") :] if "in_call" in states else states
        return "waiting" in after or "ended" in after

    def stop(self) -> dict[str, float]:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            cpu = self.wait_for("cpu_s", 20)
            wall = next(line["wall_s"] for line in self.lines if "wall_s" in line)
        except (queue.Empty, StopIteration):
            cpu, wall = float("nan"), float("nan")
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
        return {"cores": cpu / wall if wall else float("nan")}


def all_flowing(people: list[Person], since: float) -> bool:
    for person in people:
        streams = person.streams()
        fresh = [key for key, times in streams.items() if times and times[-1] >= since]
        if len(fresh) < 4:  # audio and video from both others
            return False
    return True


def control_streams(people: list[Person]) -> set[tuple[str, str]]:
    """(person, participant) of the clinician-interpreter link, the one no emulated link carries: its gaps
    are the machine's own (a starved CPU, a busy loop), the noise floor under the patient's figures."""
    seen = {
        person.name: {pid for line in person.lines for pid in line.get("counts", {})} for person in people
    }
    patient = seen.get("Ann", set())
    return {(name, pid) for name in ("clinician", "Tolk") for pid in seen.get(name, set()) & patient}


def senders(people: list[Person]) -> dict[str, str]:
    """Participant id -> the person it is: the one id every other person receives and they do not."""
    seen = {
        person.name: {pid for line in person.lines for pid in line.get("counts", {})} for person in people
    }
    named: dict[str, str] = {}
    for person in people:
        others = [ids for name, ids in seen.items() if name != person.name]
        if others:
            own = set.intersection(*others) - seen[person.name]
            if len(own) == 1:
                named[own.pop()] = person.name
    return named


def longest_without_a_stall(
    people: list[Person],
    gaps: list[tuple[str, float, float, str]],
    control: list[tuple[str, float, float, str]],
    wire: Sequence[tuple[float, float]] = (),
    one_way_s: float = 0.0,
) -> float:
    """The longest of ``gaps`` (person, from, to, sender's participant id) less the time the machine
    stalled during it: a gap over ``STALL_GAP_S`` on the clinician-interpreter link, the receiving
    client's event loop waking more than ``STALL_LAG_S`` late (the lateness is the stall), the sending
    client's likewise (it sent nothing meanwhile; seen at the receiver ``one_way_s`` later), or the
    emulated link's own thread sending packets late (``wire``: it runs in this process and starves too).
    What the link and the call did: a link lost for 5 s while the machine stalled for 0.3 s still
    counts 4.7 s."""
    stalls = [(a, b) for _, a, b, _ in control if b - a > STALL_GAP_S]
    who = senders(people)
    late = {
        person.name: [
            (line["t"] - line["lag"], line["t"])
            for line in person.lines
            if line.get("lag", 0.0) > STALL_LAG_S
        ]
        for person in people
    }
    longest = 0.0
    for name, a, b, pid in gaps:
        sent = [(x + one_way_s, y + one_way_s) for x, y in late.get(who.get(pid, ""), [])]
        held = [*stalls, *late.get(name, []), *sent, *wire]
        cut = sorted((max(a, x), min(b, y)) for x, y in held if x < b and y > a)
        covered, reached = 0.0, a
        for x, y in cut:  # the length of the union of the stalls inside the gap
            if y > reached:
                covered += y - max(x, reached)
                reached = y
        longest = max(longest, b - a - covered)
    return longest


def merged(spans: Sequence[tuple[float, float]], offset: float = 0.0) -> list[tuple[float, float]]:
    """Overlapping (from, to) spans as one each, shifted by ``offset`` (monotonic to wall clock)."""
    out: list[tuple[float, float]] = []
    for a, b in sorted((a + offset, b + offset) for a, b in spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def figures(
    people: list[Person],
    start: float,
    end: float,
    event: tuple[float, float] | None,
    wire_stalls: Sequence[tuple[float, float]] = (),
    one_way_s: float = 0.0,
) -> dict[str, Any]:
    """The table's figures from every client's lines; ``event`` is (cut, restore) or (block, block);
    ``one_way_s`` the emulated link's delay (a sender's stall reaches the receiver that much later).

    Audio gaps and freezes are counted on the patient's links; the same on the clinician-interpreter link
    (``control_*``) say how much of that the machine itself made."""
    longest = {"patient": 0.0, "control": 0.0}
    audio_gaps: dict[str, list[tuple[str, float, float, str]]] = {"patient": [], "control": []}
    freezes = {"patient": 0, "control": 0}
    back = 0.0
    detail: list[str] = []
    control = control_streams(people)
    for person in people:
        for (pid, kind), times in person.streams().items():
            inside = [t for t in times if start <= t <= end]
            if not inside:
                continue
            link = "control" if (person.name, pid) in control else "patient"
            gaps = list(itertools.pairwise([start, *inside, end]))
            # The stream's interruption by the event: its longest gap over INTERRUPTED_S that ends after
            # the cut (or the block) and began before the restore + REPAIR_WINDOW_S. Counted as "media
            # back" (its end minus the restore), not as an audio gap or a freeze. Only the patient's
            # links cross the emulated link: a gap on the other one is no interruption but a gap.
            interrupted = None
            if event is not None and link == "patient":
                near = [
                    (a, b)
                    for a, b in gaps
                    if b > event[0] and a < event[1] + REPAIR_WINDOW_S and b - a > INTERRUPTED_S
                ]
                interrupted = max(near, key=lambda gap: gap[1] - gap[0], default=None)
            for a, b in gaps:
                if (a, b) == interrupted:
                    continue
                if kind == 0:
                    longest[link] = max(longest[link], b - a)
                    audio_gaps[link].append((person.name, a, b, pid))
                elif b - a > FREEZE_S:
                    freezes[link] += 1
            if event is not None and interrupted is not None:
                back = max(back, interrupted[1] - event[1])
                what = ("audio", "video")[kind]
                detail.append(f"{person.name} from {pid[:6]} {what}: back {interrupted[1] - event[1]:.2f} s")
    lags = [
        line.get("lag", 0.0)
        for person in people
        for line in person.lines
        if "counts" in line and start <= line["t"] <= end
    ]
    return {
        "own_gap_s": longest_without_a_stall(
            people, audio_gaps["patient"], audio_gaps["control"], wire_stalls, one_way_s
        ),
        "audio_gap_s": longest["patient"],
        "freezes": freezes["patient"],
        "control_gap_s": longest["control"],
        "control_freezes": freezes["control"],
        "lag_s": max(lags, default=0.0),
        "back_s": back if event is not None else None,
        "knocked": any(person.knocked_again() for person in people),
        "detail": detail,
    }


def settling(people: list[Person]) -> list[str]:
    """Per link each person sends on: the levels its rate rule went through and how long after the
    link's first statistics sample it reached the last one (a rebuilt link keeps its participant id and
    counts on from the first link's first sample)."""
    said: list[str] = []
    for person in people:
        seen: dict[str, list[tuple[float, str]]] = {}
        for line in person.lines:
            if "link" in line:
                seen.setdefault(line["link"], []).append((line["t"], line["sample"]["level"]))
        for link, samples in seen.items():
            levels = [samples[0][1]]
            reached = samples[0][0]
            for t, level in samples[1:]:
                if level != levels[-1]:
                    levels.append(level)
                    reached = t
            said.append(
                f"{person.name} to {link[:6]}: {' → '.join(levels)}, "
                f"at its last level {reached - samples[0][0]:.1f} s after its first sample"
            )
    return said


def dump(
    people: list[Person], where: str, case: str, start: float, end: float, event: Any, wire: Any
) -> None:
    """Every client's raw lines, one JSON file per case, for looking at a run afterwards."""
    os.makedirs(where, exist_ok=True)
    with open(os.path.join(where, f"{case}.json"), "w") as out:
        lines = {person.name: person.lines for person in people}
        json.dump({"start": start, "end": end, "event": event, "wire": wire, "lines": lines}, out)


def run_case(case: str, seconds: float, size: str, dump_to: str | None = None) -> dict[str, Any]:
    with NetnsPair() as pair, coturn.Coturn(host=SVC_ADDR, netns=pair.svc) as turn:
        args = ["--host", SVC_ADDR]
        if case == "udp":
            args += [a for url in turn.urls for a in ("--turn-url", url)]
            os.environ["SAMTALE_TURN_SECRET"] = turn.secret
        service = ServiceProcess(*args)
        service.args = [*pair.exec_prefix(pair.svc), *service.args]
        people: list[Person] = []
        try:
            service.start()
            if case == "poor":
                pair.netem("cli", POOR)
                pair.netem("svc", POOR)
            common = ["--seconds", str(seconds + 600), "--size", size]

            def log(name: str) -> list[str]:
                return ["--log", os.path.join(dump_to, f"{case}-{name}.log")] if dump_to else []

            if dump_to:
                os.makedirs(dump_to, exist_ok=True)
            doc = Person.start(
                pair,
                pair.svc,
                "clinician",
                "clinician",
                service.url,
                "--tone",
                "300",
                *common,
                *log("clinician"),
            )
            people.append(doc)
            code = doc.wait_for("room", 60)
            for name, ns, tone in (("Ann", pair.cli, "440"), ("Tolk", pair.svc, "700")):
                knock = [
                    "patient",
                    service.url,
                    "--code",
                    code,
                    "--name",
                    name,
                    "--tone",
                    tone,
                    *common,
                    *log(name),
                ]
                people.append(Person.start(pair, ns, name, *knock))
                people[-1].wait_for("state", 60)  # one after the other: the queue admits in order
            ends = time.monotonic() + 120
            while not all_flowing(people, time.time() - 1.0):
                if time.monotonic() > ends:
                    raise RuntimeError(f"{case}: the three never all received each other's media")
                time.sleep(0.2)
            start = time.time()
            load_at_start = os.getloadavg()[0]
            event: tuple[float, float] | None = None
            if case in ("outage", "udp"):
                time.sleep(EVENT_AT_S)
                if case == "outage":
                    pair.netem("cli", "loss 100%")
                    pair.netem("svc", "loss 100%")
                    cut = time.time()
                    time.sleep(OUTAGE_S)
                    pair.clear()
                    event = (cut, time.time())
                else:
                    pair.block_udp()
                    event = (time.time(), time.time())
            wire: list[dict[str, Any]] = []
            while time.time() < start + seconds:
                if pair.wire is not None:
                    wire.append({"t": time.time(), **{k: dict(v) for k, v in pair.wire.counters.items()}})
                time.sleep(min(1.0, max(0.0, start + seconds - time.time())))
            end = time.time()
            late = merged(pair.wire.late, time.time() - time.monotonic()) if pair.wire is not None else []
            result = figures(people, start, end, event, late, POOR_DELAY_S if case == "poor" else 0.0)
            result["load"] = (load_at_start, os.getloadavg()[0])
            result["detail"] += settling(people)
            if dump_to:
                dump(people, dump_to, case, start, end, event, {"counters": wire, "late": late})
            result["cpu"] = {person.name: person.stop()["cores"] for person in people}
            return result
        finally:
            for person in people:
                if person.proc.poll() is None:
                    person.proc.kill()
                    person.proc.wait(10)
            os.environ.pop("SAMTALE_TURN_SECRET", None)
            pair.clear()
            service.close()


LABELS = {
    "clean": "clean",
    "poor": "150 ms, 5 % loss, 500 kbit/s",
    "outage": "30 s total loss, restore",
    "udp": "UDP blocked (TURN/TCP)",
}


def row(case: str, result: dict[str, Any]) -> str:
    cpu = result["cpu"]
    back = "–" if result["back_s"] is None else f"{result['back_s']:.2f}"
    cores = " / ".join(f"{cpu[name]:.2f}" for name in ("clinician", "Ann", "Tolk"))
    load = " → ".join(f"{v:.1f}" for v in result["load"])
    return (
        f"| {LABELS[case]} | {result['audio_gap_s']:.2f} ({result['own_gap_s']:.2f}) "
        f"| {result['freezes']} | {back} "
        f"| {'yes' if result['knocked'] else 'no'} | {cores} | {sum(cpu.values()):.2f} "
        f"| {result['control_gap_s']:.2f} / {result['control_freezes']} | {result['lag_s']:.2f} | {load} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.group_call_bench")
    parser.add_argument("--seconds", type=float, default=300.0, help="per case (issue 12: 5 minutes)")
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--size", default="640x480")
    parser.add_argument("--dump", default=None, help="write every client's raw lines to DIR/<case>.json")
    args = parser.parse_args(argv)
    reason = why_unavailable()
    if reason is not None or not coturn.available():
        sys.stderr.write(f"cannot run: {reason or 'coturn is not installed'}\n")
        return 2
    cases = [c for c in args.cases.split(",") if c]
    if unknown := set(cases) - set(CASES):
        sys.stderr.write(f"unknown cases: {', '.join(sorted(unknown))}\n")
        return 2
    print(f"three people, {args.size} at 15 fps, {args.seconds:g} s per case")
    print(
        "| case | longest audio gap s (less the machine's stalls) | video freezes > 0.5 s "
        "| media both ways after restore/block s "
        "| knocked again | CPU cores clinician / patient / interpreter | CPU sum "
        "| clinician–interpreter link (no emulation): audio gap s / freezes | longest loop lag s "
        "| load average (1 min) start → end |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for case in cases:
        result = run_case(case, args.seconds, args.size, args.dump)
        print(row(case, result), flush=True)
        for line in result["detail"]:
            sys.stderr.write(f"  {case}: {line}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

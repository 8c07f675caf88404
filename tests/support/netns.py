"""``NetnsPair``: two network namespaces joined by an emulated link, for tests with real network conditions.

The service side (``samtale-svc-<rand>``) gets ``SVC_ADDR`` and the client side
(``samtale-cli-<rand>``) ``CLI_ADDR``, point-to-point addresses that exist only inside those
namespaces, so no test traffic can reach any other network. Each namespace has a TUN device, and a
``Wire`` thread carries packets between them with a chosen delay, loss and rate per direction: a
userspace netem, because this machine's kernel has no ``sch_netem`` (``tc qdisc ... netem`` answers
"Specified qdisc kind is unknown"). ``block_udp`` drops the client's UDP with nftables; ``close``
stops the wire and removes both namespaces even after a failure. Needs root and ``ip netns``.

``python -m tests.support.netns check <service-url>`` (run inside the client namespace) logs in
with the dev-mode test identity, runs the network check and prints its ``CheckResult`` as JSON.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import fcntl
import heapq
import json
import os
import random
import re
import secrets
import select
import shutil
import struct
import subprocess
import sys
import threading
import time

SVC_ADDR = "10.254.77.1"
LATE_S = 0.1  # a packet the wire sends this long after its time was held up by the machine, not the link
CLI_ADDR = "10.254.77.2"


def why_unavailable() -> str | None:
    """None when namespaces can be made here, else the reason (used as the skip message)."""
    if os.geteuid() != 0:
        return "network namespaces need root (CI runs as root)"
    if shutil.which("ip") is None or shutil.which("nft") is None:
        return "iproute2 (ip) or nftables (nft) is not installed"
    if not os.path.exists("/dev/net/tun"):
        return "/dev/net/tun is missing"
    probe = f"samtale-probe-{secrets.token_hex(3)}"
    made = subprocess.run(["ip", "netns", "add", probe], capture_output=True, text=True)
    if made.returncode != 0:
        return f"ip netns is unavailable: {made.stderr.strip()}"
    subprocess.run(["ip", "netns", "del", probe], capture_output=True)
    return None


def _run(*args: str) -> None:
    done = subprocess.run(list(args), capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed: {done.stderr.strip()}")


_TUNSETIFF = 0x400454CA
_IFF_TUN = 0x0001
_IFF_NO_PI = 0x1000


def _open_tun(ns: str, name: str) -> int:
    """Create TUN device ``name`` inside namespace ``ns`` (this thread visits it briefly)."""
    own = os.open("/proc/thread-self/ns/net", os.O_RDONLY)
    target = os.open(f"/run/netns/{ns}", os.O_RDONLY)
    try:
        os.setns(target, os.CLONE_NEWNET)
        fd = os.open("/dev/net/tun", os.O_RDWR)
        fcntl.ioctl(fd, _TUNSETIFF, struct.pack("16sH", name.encode(), _IFF_TUN | _IFF_NO_PI))
    finally:
        os.setns(own, os.CLONE_NEWNET)
        os.close(own)
        os.close(target)
    return fd


@dataclasses.dataclass(slots=True)
class Shape:
    """What happens to packets one side sends: netem's delay, loss and rate, plus a queue limit."""

    delay_s: float = 0.0
    loss: float = 0.0
    rate_bps: float | None = None
    queue_s: float = 1.0  # packets that would wait longer than this for the rate are dropped

    @classmethod
    def parse(cls, spec: str) -> Shape:
        """netem-style text: ``"delay 150ms"``, ``"loss 10%"``, ``"rate 300kbit"``, combinable."""
        shape = cls()
        for key, number, unit in re.findall(r"(delay|loss|rate)\s+([\d.]+)\s*(ms|s|%|kbit|mbit)?", spec):
            value = float(number)
            if key == "delay":
                shape.delay_s = value / 1000 if unit != "s" else value
            elif key == "loss":
                shape.loss = value / 100
            else:
                shape.rate_bps = value * (1e6 if unit == "mbit" else 1e3)
        return shape


class Wire:
    """Carries IP packets between two TUN fds on a thread, shaping each direction."""

    def __init__(self, svc_fd: int, cli_fd: int, seed: int = 7) -> None:
        self.fds = {"svc": svc_fd, "cli": cli_fd}
        self.shapes = {"svc": Shape(), "cli": Shape()}
        self._random = random.Random(seed)
        self._depart = {"svc": 0.0, "cli": 0.0}
        self._queue: list[tuple[float, int, int, bytes]] = []
        self._seq = 0
        self._stop = False
        # What each side sent so far, in bytes: carried, lost to the loss rate, dropped by a full queue.
        self.counters = {side: {"carried": 0, "lost": 0, "overflow": 0} for side in self.fds}
        # (due, sent) of packets sent more than LATE_S after their time (monotonic clock): the wire's
        # own stalls on a starved machine, which no emulated setting asked for.
        self.late: list[tuple[float, float]] = []
        self._wake_r, self._wake_w = os.pipe()
        self._thread = threading.Thread(target=self._run, name="samtale-wire", daemon=True)
        self._thread.start()

    def _enqueue(self, side: str, packet: bytes, now: float) -> None:
        shape = self.shapes[side]
        counters = self.counters[side]
        if shape.loss and self._random.random() < shape.loss:
            counters["lost"] += len(packet)
            return
        depart = now
        if shape.rate_bps:
            depart = max(now, self._depart[side]) + len(packet) * 8 / shape.rate_bps
            if depart - now > shape.queue_s:
                counters["overflow"] += len(packet)
                return
            self._depart[side] = depart
        counters["carried"] += len(packet)
        out = self.fds["cli" if side == "svc" else "svc"]
        self._seq += 1
        heapq.heappush(self._queue, (depart + shape.delay_s, self._seq, out, packet))

    def _run(self) -> None:
        sides = {fd: side for side, fd in self.fds.items()}
        while not self._stop:
            now = time.monotonic()
            while self._queue and self._queue[0][0] <= now:
                due, _, out, packet = heapq.heappop(self._queue)
                if now - due > LATE_S:  # this thread got no CPU: the packet waited past its time
                    self.late.append((due, now))
                with contextlib.suppress(OSError):
                    os.write(out, packet)
            wait = max(0.0, self._queue[0][0] - now) if self._queue else 0.5
            ready, _, _ = select.select([*sides, self._wake_r], [], [], wait)
            for fd in ready:
                if fd == self._wake_r:
                    continue
                with contextlib.suppress(OSError):
                    self._enqueue(sides[fd], os.read(fd, 65536), time.monotonic())

    def close(self) -> None:
        if not self._stop:
            self._stop = True
            os.write(self._wake_w, b"x")
            self._thread.join(5)
            for fd in (*self.fds.values(), self._wake_r, self._wake_w):
                with contextlib.suppress(OSError):
                    os.close(fd)


class NetnsPair:
    """Two namespaces and the wire between them; a context manager that always cleans up."""

    def __init__(self) -> None:
        tag = secrets.token_hex(3)
        self.svc = f"samtale-svc-{tag}"
        self.cli = f"samtale-cli-{tag}"
        self.svc_dev = f"smts{tag}"
        self.cli_dev = f"smtc{tag}"
        self.wire: Wire | None = None
        self._made: list[str] = []

    def start(self) -> NetnsPair:
        try:
            for ns in (self.svc, self.cli):
                _run("ip", "netns", "add", ns)
                self._made.append(ns)
            svc_fd = _open_tun(self.svc, self.svc_dev)
            try:
                cli_fd = _open_tun(self.cli, self.cli_dev)
            except BaseException:
                os.close(svc_fd)
                raise
            self.wire = Wire(svc_fd, cli_fd)
            for ns, dev, addr, peer in (
                (self.svc, self.svc_dev, SVC_ADDR, CLI_ADDR),
                (self.cli, self.cli_dev, CLI_ADDR, SVC_ADDR),
            ):
                _run("ip", "-n", ns, "addr", "add", addr, "peer", peer, "dev", dev)
                _run("ip", "-n", ns, "link", "set", dev, "up")
                _run("ip", "-n", ns, "link", "set", "lo", "up")
        except BaseException:
            self.close()
            raise
        return self

    def exec_prefix(self, ns: str) -> list[str]:
        return ["ip", "netns", "exec", ns]

    def netem(self, side: str, spec: str) -> None:
        """Shape what ``side`` ("svc" or "cli") sends, e.g. ``"delay 150ms"``; replaces earlier shaping."""
        assert self.wire is not None
        self.wire.shapes[side] = Shape.parse(spec)

    def clear(self) -> None:
        """No shaping and no filtering on either side."""
        if self.wire is not None:
            self.wire.shapes = {"svc": Shape(), "cli": Shape()}
        subprocess.run([*self.exec_prefix(self.cli), "nft", "flush", "ruleset"], capture_output=True)

    def block_udp(self) -> None:
        """Drop every UDP packet the client namespace sends (TCP still works)."""
        nft = [*self.exec_prefix(self.cli), "nft"]
        _run(*nft, "add table inet samtale")
        _run(*nft, "add chain inet samtale out { type filter hook output priority 0 ; }")
        _run(*nft, "add rule inet samtale out meta l4proto udp drop")

    def close(self) -> None:
        """Stop the wire, delete the namespaces (their devices go with them); safe to call twice."""
        if self.wire is not None:
            self.wire.close()
            self.wire = None
        while self._made:
            ns = self._made.pop()
            subprocess.run(["ip", "netns", "del", ns], capture_output=True)

    def __enter__(self) -> NetnsPair:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


async def _check(service_url: str) -> dict[str, object]:
    import httpx

    from app.preflight.network import NetworkCheck

    # Setting up the login is not what is measured, but it crosses the shaped link too: with 10 %
    # loss each way a TCP retransmission can take longer than httpx's default 5 s, so be patient.
    async with httpx.AsyncClient(timeout=20.0) as http:
        for attempt in range(3):
            try:
                response = await http.post(
                    f"{service_url}/v1/auth/test", json={"name": "Netns Patient", "role": "patient"}
                )
                break
            except httpx.TransportError:
                if attempt == 2:
                    raise
        token = str(response.json()["access_token"])

    async def provider() -> str:
        return token

    result = await NetworkCheck(service_url, provider).run()
    return {k: (v.value if hasattr(v, "value") else v) for k, v in dataclasses.asdict(result).items()} | {
        "codes": [c.value for c in result.codes]
    }


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] != "check":
        sys.stderr.write("usage: python -m tests.support.netns check <service-url>\n")
        return 2
    with contextlib.redirect_stdout(sys.stderr):
        result = asyncio.run(_check(argv[1]))
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

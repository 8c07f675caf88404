"""Network pre-call check benchmark: duration and measured values on a clean and on shaped links.

Runs the service (with coturn beside it) in one network namespace and the check in another, joined
by the emulated link of ``tests/support/netns.py``, and prints one row per condition. Needs root,
``ip netns`` and coturn::

    .venv/bin/python -m bench.network_bench [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import sys

from tests.support import coturn
from tests.support.netns import SVC_ADDR, NetnsPair, why_unavailable
from tests.support.service import ServiceProcess

CONDITIONS: list[tuple[str, str, bool]] = [
    ("clean", "", False),
    ("delay 150ms each way", "delay 150ms", True),
    ("loss 10% each way", "loss 10%", True),
    ("rate 300kbit up", "rate 300kbit", False),
    ("UDP blocked", "", False),
]
COLUMNS = ["signaling_rtt_ms", "rtt_ms", "jitter_ms", "loss_pct", "up_kbps", "down_kbps"]


def _row(name: str, result: dict[str, object]) -> str:
    measured = result["measurements"]
    assert isinstance(measured, dict)
    cells = [f"{measured[c]:.1f}" if c in measured else "–" for c in COLUMNS]
    relays = "/".join(t for t in ("udp", "tcp", "tls") if measured.get(f"relay_{t}_ok") == 1.0) or "none"
    codes = result["codes"]
    assert isinstance(codes, list)
    return (
        f"| {name} | {result['duration_s']:.2f} | {' | '.join(cells)} | {relays} | {result['verdict']} "
        f"| {', '.join(codes)} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.network_bench")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    reason = why_unavailable()
    if reason is not None or not coturn.available():
        sys.stderr.write(f"cannot run: {reason or 'coturn is not installed'}\n")
        return 2
    from tests.preflight.test_network_netns import Lab

    header = ["condition", "duration s", *COLUMNS, "relay", "verdict", "codes"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    with NetnsPair() as pair, coturn.Coturn(host=SVC_ADDR, netns=pair.svc, tls_port=443) as turn:
        service = ServiceProcess("--host", SVC_ADDR, *(a for url in turn.urls for a in ("--turn-url", url)))
        service.args = [*pair.exec_prefix(pair.svc), *service.args]
        os.environ["SAMTALE_TURN_SECRET"] = turn.secret
        try:
            service.start()
            lab = Lab(pair, service, str(turn.ca_file))
            for name, spec, both in CONDITIONS:
                for _ in range(args.repeat):
                    pair.clear()
                    if spec:
                        pair.netem("cli", spec)
                        if both:
                            pair.netem("svc", spec)
                    if name == "UDP blocked":
                        pair.block_udp()
                    print(_row(name, lab.check()), flush=True)
        finally:
            os.environ.pop("SAMTALE_TURN_SECRET", None)
            pair.clear()
            service.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""This process's resident memory, for tests and benches that watch it (Linux ``/proc``)."""

from __future__ import annotations


def rss_mb() -> float:
    """This process's resident set size in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")

"""The call bench's tables: one row per client and run, then medians per case and engine.

A row is one client of one run: Samtale's patient or clinician (``bench/call_client.py``), or one of
the two Chromium peers (``bench/chromium_call.py``). The summary takes, for each case and engine, the
median over its runs and clients of each figure, and compares Samtale with Chromium where both ran:
CPU as a fraction of Chromium's (the issue's target is at most 0.7) and the painted latency p50
(target: at most Chromium's). CPU per frame received (ms/frame) helps to compare runs in which a
starved client received fewer frames.
"""

from __future__ import annotations

import dataclasses
import statistics
from dataclasses import dataclass
from typing import Any


@dataclass
class Side:
    first_frame_ms: int
    latencies: list[int]
    frames: int
    seconds: float
    cpu: float
    codec: str | None
    paint_latencies: list[int]
    painted: int
    sent_kbps: float
    psnr_db: float | None
    ssim: float | None
    full_size: int | None = None  # frames received at the size sent

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Side:
        names = {field.name for field in dataclasses.fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in names})


@dataclass
class Row:
    case: str
    engine: str  # "Samtale" or "Chromium"
    client: str
    setup_ms: int
    side: Side
    received_kbps: float
    load: float  # 1-minute load average when the run started

    @property
    def shown(self) -> list[int]:
        """Latency to the picture shown: painted if measured, else decoded."""
        return self.side.paint_latencies or self.side.latencies


def nan(value: float | None) -> float:
    return float("nan") if value is None else value


def median(values: list[float] | list[int]) -> float:
    return float(statistics.median(values)) if values else float("nan")


def pct(values: list[int], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return float(ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))])


def per_frame_ms(side: Side) -> float:
    """CPU milliseconds per frame received (each client also encodes and sends one per frame slot)."""
    return side.cpu * 1000 / (side.frames / side.seconds) if side.frames else float("nan")


def full_share(side: Side) -> float:
    """The share of frames received at the size sent (nan if not counted)."""
    return side.full_size / side.frames if side.full_size is not None and side.frames else float("nan")


def print_rows(rows: list[Row]) -> None:
    print(
        f"{'case':<24} {'engine':<8} {'client':<10} {'codec':<5} {'load':>5} {'setup ms':>8} "
        f"{'decoded p50/p95':>15} {'painted p50/p95':>15} {'fps recv':>8} {'fps drawn':>9} "
        f"{'CPU cores':>9} {'kbit/s recv':>11} {'Y-PSNR dB':>9} {'SSIM':>6} {'full size':>9}"
    )
    for row in rows:
        side = row.side
        decoded = f"{median(side.latencies):.0f} / {pct(side.latencies, 0.95):.0f}"
        if row.engine != "Samtale":
            decoded = "-"  # Chromium's figure is taken at presentation only
        painted = f"{median(side.paint_latencies):.0f} / {pct(side.paint_latencies, 0.95):.0f}"
        print(
            f"{row.case:<24} {row.engine:<8} {row.client:<10} {side.codec or '?':<5} {row.load:>5.2f} "
            f"{row.setup_ms:>8} {decoded:>15} {painted:>15} {side.frames / side.seconds:>8.1f} "
            f"{side.painted / side.seconds:>9.1f} {side.cpu:>9.2f} {row.received_kbps:>11.0f} "
            f"{nan(side.psnr_db):>9.1f} {nan(side.ssim):>6.3f} {full_share(side):>8.0%}"
        )


def print_summary(rows: list[Row]) -> None:
    """Medians per case and engine over runs and clients, and Samtale against Chromium."""
    groups: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        groups.setdefault((row.case, row.engine), []).append(row)
    print(
        f"\nMedians over runs and clients\n{'case':<24} {'engine':<8} {'n':>2} {'load':>11} "
        f"{'shown p50/p95 ms':>16} {'fps drawn':>9} {'CPU cores':>9} {'ms/frame':>8} {'kbit/s':>7} "
        f"{'Y-PSNR':>6} {'SSIM':>6} {'full size':>9}"
    )
    figures: dict[tuple[str, str], tuple[float, float]] = {}
    for (case, engine), group in groups.items():
        loads = [row.load for row in group]
        p50 = median([median(row.shown) for row in group])
        p95 = median([pct(row.shown, 0.95) for row in group])
        cpu = median([row.side.cpu for row in group])
        figures[(case, engine)] = (cpu, p50)
        print(
            f"{case:<24} {engine:<8} {len(group):>2} {min(loads):>5.2f}-{max(loads):<5.2f} "
            f"{f'{p50:.0f} / {p95:.0f}':>16} "
            f"{median([row.side.painted / row.side.seconds for row in group]):>9.1f} {cpu:>9.2f} "
            f"{median([per_frame_ms(row.side) for row in group]):>8.1f} "
            f"{median([row.received_kbps for row in group]):>7.0f} "
            f"{median([nan(row.side.psnr_db) for row in group]):>6.1f} "
            f"{median([nan(row.side.ssim) for row in group]):>6.3f} "
            f"{median([full_share(row.side) for row in group]):>8.0%}"
        )
    for (case, engine), (cpu, p50) in figures.items():
        if engine != "Samtale" or (case, "Chromium") not in figures:
            continue
        c_cpu, c_p50 = figures[(case, "Chromium")]
        cpu_ok = "meets" if cpu <= 0.7 * c_cpu else "MISSES"
        lat_ok = "meets" if p50 <= c_p50 else "MISSES"
        print(
            f"{case}: Samtale CPU = {cpu / c_cpu:.2f}x Chromium's ({cpu_ok} <= 0.7x); "
            f"shown p50 {p50:.0f} vs {c_p50:.0f} ms ({lat_ok} <= Chromium's)"
        )

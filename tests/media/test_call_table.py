"""The call bench's summary: medians per case and engine, and Samtale against Chromium's targets."""

from __future__ import annotations

import pytest

from bench.call_table import Row, Side, print_summary


def side(cpu: float, latencies: list[int]) -> Side:
    return Side(100, latencies, 300, 10.0, cpu, "VP8", latencies, 290, 500.0, 40.0, 0.97)


def rows(samtale_cpu: float, samtale_ms: int) -> list[Row]:
    return [
        Row("VP8 640x480", "Samtale", "patient", 200, side(samtale_cpu, [samtale_ms] * 9), 500.0, 1.0),
        Row("VP8 640x480", "Samtale", "clinician", 200, side(9.0, [999] * 9), 500.0, 1.0),  # one outlier
        Row("VP8 640x480", "Samtale", "patient", 200, side(samtale_cpu, [samtale_ms] * 9), 500.0, 1.0),
        Row("VP8 640x480", "Chromium", "offerer", 300, side(0.6, [40] * 9), 1500.0, 1.5),
        Row("VP8 640x480", "Chromium", "answerer", 300, side(0.6, [40] * 9), 1500.0, 1.5),
    ]


@pytest.mark.parametrize(
    ("cpu", "ms", "verdict"),
    [
        (0.36, 30, "0.60x Chromium's (meets <= 0.7x); shown p50 30 vs 40 ms (meets"),
        (0.48, 41, "0.80x Chromium's (MISSES <= 0.7x); shown p50 41 vs 40 ms (MISSES"),
    ],
)
def test_summary_compares_medians_with_the_targets(
    capsys: pytest.CaptureFixture[str], cpu: float, ms: int, verdict: str
) -> None:
    print_summary(rows(cpu, ms))
    out = capsys.readouterr().out
    assert f"VP8 640x480: Samtale CPU = {verdict}" in out
    assert "1.00-1.00" in out and "1.50-1.50" in out  # each engine's load range

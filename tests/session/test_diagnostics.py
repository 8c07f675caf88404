"""The support report holds figures and codes, never an address, a name, a token or content (issue 12, 6)."""

from __future__ import annotations

import re
from collections import deque

from app.session.call_stats import StatsSample
from app.session.diagnostics import DiagnosticsLog, Environment, build_report, scrub

TOKEN = "eyJhbGciOiJIUzI1NiJ9eyJzdWIiOiIxMjM0NTY3ODkwIn0abc"


def sample(t: float, **changes: object) -> StatsSample:
    base: dict[str, object] = {
        "t": t,
        "sent_kbps": 420.0,
        "received_kbps": 380.0,
        "video_sent_kbps": 300.0,
        "loss_out": 0.05,
        "loss_in": 0.04,
        "rtt_s": 0.31,
        "jitter_s": 0.012,
        "fps_in": 14.0,
        "fps_out": 15.0,
        "longest_audio_gap_s": 0.08,
        "freezes": 0,
        "longest_freeze_s": 0.0,
        "level": "reduced",
    }
    base.update(changes)
    return StatsSample(**base)  # type: ignore[arg-type]


class Monitor:
    def __init__(self) -> None:
        self.history = {"c-7f3a": deque(sample(float(t)) for t in range(1, 13))}
        self.history["c-7f3a"].append(sample(13.0, freezes=2, longest_freeze_s=0.9, longest_audio_gap_s=0.6))
        self.candidates = {"c-7f3a": {"local": ["host", "srflx"], "remote": ["relay"]}}


def report() -> str:
    log = DiagnosticsLog()
    log.watch(Monitor())
    log.error("rate_limited")
    log.error("media_failed")
    env = Environment(
        role="patient",
        devices={
            "camera": "Kari Nordmann's webcam",
            "microphone": "USB mic 192.168.1.20",
            "speaker": "(none)",
        },
        precall=["network: warn (network_slow) rtt_ms=180", f"login: {TOKEN}", "mail: kari@example.no"],
    )
    return build_report(log, env, private=["Kari Nordmann", "Dr. Ingrid Berg"])


def test_the_report_has_the_figures_support_needs() -> None:
    text = report()
    for needed in ("Versions", "aiortc", "Operating system", "Devices chosen", "Pre-call check", "Call 1"):
        assert needed in text
    assert "ICE candidate types here host, srflx; there relay" in text
    assert "rate_limited" in text and "media_failed" in text
    assert "network: warn (network_slow) rtt_ms=180" in text
    rows = [line for line in text.splitlines() if re.match(r"\s+\d+\s+reduced\s", line)]
    assert len(rows) == 3  # 13 seconds in rows of 5
    assert rows[-1].split()[-3:] == ["2", "0.90", "0.60"]  # freezes, longest freeze, longest audio gap
    assert "Participant 1" in text
    assert re.search(r"Made: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", text)  # times are not taken for addresses


def test_no_address_name_token_or_id_is_in_it() -> None:
    text = report()
    for secret in ("192.168.1.20", "Kari", "Nordmann", "Ingrid", TOKEN, "kari@example.no", "c-7f3a"):
        assert secret not in text, secret
    assert not re.search(r"\b\d{1,3}(\.\d{1,3}){3}\b", text)


def test_scrub_removes_each_kind() -> None:
    assert scrub("from 10.0.0.7:3478 to fe80::1:2:3") == "from [removed] to [removed]"
    assert scrub("2001:db8:85a3:0:0:8a2e:370:7334 at 13:12:56") == "[removed] at 13:12:56"
    assert scrub("personnummer 19121212-1212 and 12121212121") == "personnummer [removed] and [removed]"
    assert scrub("Hello Åse Ødegård", ["åse ødegård"]) == "Hello [removed]"

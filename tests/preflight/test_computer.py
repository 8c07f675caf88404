"""A busy computer is its own finding, under its own heading: never "Internet connection"."""

from __future__ import annotations

from app.core.preflight import CheckName, PreflightCode, check_of
from app.core.protocol import Verdict
from app.preflight.computer import ComputerCheck
from app.preflight.net_signaling import SignalingResult
from app.preflight.network import NetworkFindings, Thresholds, judge


class FixedLoad:
    def __init__(self, load: float | None) -> None:
        self.value = load
        self.started = False

    def start(self) -> None:
        self.started = True

    def load(self) -> float | None:
        return self.value if self.started else None


async def test_a_busy_computer_is_a_computer_finding() -> None:
    result = await ComputerCheck(FixedLoad(0.97), sample_s=0.01).run()
    assert (result.check, result.verdict, result.codes) == (
        CheckName.COMPUTER,
        Verdict.WARNING,
        [PreflightCode.CPU_BUSY],
    )
    assert result.measurements == {"cpu_load": 0.97}


async def test_a_computer_with_room_to_spare_is_good_and_an_unknown_load_is_not_checked() -> None:
    calm = await ComputerCheck(FixedLoad(0.2), sample_s=0.01).run()
    assert (calm.verdict, calm.codes) == (Verdict.OK, [PreflightCode.COMPUTER_OK])
    unknown = await ComputerCheck(FixedLoad(None), sample_s=0.01).run()
    assert (unknown.verdict, unknown.codes) == (Verdict.UNKNOWN, [])


def test_the_network_verdict_knows_nothing_of_the_computer() -> None:
    found = NetworkFindings(SignalingResult(True, 6.0, 3.0, 5.0))
    assert judge(found, Thresholds()) == (Verdict.OK, [PreflightCode.NETWORK_OK])
    assert not hasattr(found, "cpu_load")


def test_every_code_has_its_heading() -> None:
    assert check_of(PreflightCode.CPU_BUSY) is CheckName.COMPUTER
    assert check_of(PreflightCode.CAMERA_NONE) is CheckName.CAMERA
    assert check_of(PreflightCode.MIC_NOISY) is CheckName.MICROPHONE
    assert check_of(PreflightCode.SPEAKER_ECHO_RISK) is CheckName.SPEAKER
    assert check_of(PreflightCode.NETWORK_HIGH_RTT) is CheckName.NETWORK
    assert check_of(PreflightCode.CHECK_TIMED_OUT) is None
    assert all(check_of(code) is not None for code in PreflightCode if not code.startswith("check_"))

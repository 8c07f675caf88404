"""The runner: concurrent checks, one budget, timeouts and crashes become codes, progress in order."""

from __future__ import annotations

import asyncio

from app.core.preflight import CheckName, CheckResult, PreflightCode, PreflightReport
from app.core.protocol.models import Verdict
from app.preflight.runner import PreflightRunner


class FixedCheck:
    """A check that takes ``seconds`` and returns ``result`` (or raises ``error``)."""

    def __init__(self, result: CheckResult, seconds: float = 0.0, error: Exception | None = None) -> None:
        self.result, self.seconds, self.error = result, seconds, error
        self.runs = 0

    async def run(self) -> CheckResult:
        self.runs += 1
        await asyncio.sleep(self.seconds)
        if self.error is not None:
            raise self.error
        return self.result


def ok(name: CheckName, code: PreflightCode) -> CheckResult:
    return CheckResult(name, Verdict.OK, [code])


class HandOffCheck:
    """Finishes only after ``wait_for`` is set, then sets ``then``: a chain that needs concurrency."""

    def __init__(
        self, name: CheckName, code: PreflightCode, wait_for: asyncio.Event | None, then: asyncio.Event
    ):
        self.name, self.code, self.wait_for, self.then = name, code, wait_for, then

    async def run(self) -> CheckResult:
        if self.wait_for is not None:
            await self.wait_for.wait()
        self.then.set()
        return ok(self.name, self.code)


async def test_checks_run_concurrently_and_report_in_completion_order() -> None:
    # Started in dict order camera → network, each waits for the next one's predecessor: run one
    # after another they would never finish (the budget would time them out).
    mic_done, speaker_done, network_done, camera_done = (asyncio.Event() for _ in range(4))
    checks = {
        CheckName.CAMERA: HandOffCheck(CheckName.CAMERA, PreflightCode.CAMERA_OK, network_done, camera_done),
        CheckName.SPEAKER: HandOffCheck(CheckName.SPEAKER, PreflightCode.SPEAKER_OK, mic_done, speaker_done),
        CheckName.NETWORK: HandOffCheck(
            CheckName.NETWORK, PreflightCode.NETWORK_OK, speaker_done, network_done
        ),
        CheckName.MICROPHONE: HandOffCheck(CheckName.MICROPHONE, PreflightCode.MIC_OK, None, mic_done),
    }
    seen: list[CheckName] = []
    report = await PreflightRunner(checks, budget_s=5, on_result=lambda r: seen.append(r.check)).run()
    assert seen == [CheckName.MICROPHONE, CheckName.SPEAKER, CheckName.NETWORK, CheckName.CAMERA]
    assert [r.check for r in report.results] == list(checks)  # the report keeps a stable order
    assert report.verdict is Verdict.OK
    assert report.summary().reasons == []
    assert all(r.codes != [PreflightCode.CHECK_TIMED_OUT] for r in report.results)


async def test_a_slow_check_times_out_and_a_broken_one_fails_without_hiding_the_rest() -> None:
    checks = {
        CheckName.CAMERA: FixedCheck(ok(CheckName.CAMERA, PreflightCode.CAMERA_OK), 5.0),
        CheckName.MICROPHONE: FixedCheck(ok(CheckName.MICROPHONE, PreflightCode.MIC_OK), error=OSError("no")),
        CheckName.NETWORK: FixedCheck(
            CheckResult(CheckName.NETWORK, Verdict.FAIL, [PreflightCode.NETWORK_UDP_BLOCKED])
        ),
    }
    report = await PreflightRunner(checks, budget_s=0.2).run()
    by_name = {r.check: r for r in report.results}
    assert by_name[CheckName.CAMERA].codes == [PreflightCode.CHECK_TIMED_OUT]
    assert by_name[CheckName.CAMERA].verdict is Verdict.WARNING
    assert by_name[CheckName.MICROPHONE].codes == [PreflightCode.CHECK_FAILED]
    assert report.verdict is Verdict.FAIL
    assert report.summary().reasons == ["check_timed_out", "check_failed", "network_udp_blocked"]


def test_summary_names_only_what_is_not_ok() -> None:
    report = PreflightReport(
        [
            ok(CheckName.CAMERA, PreflightCode.CAMERA_OK),
            CheckResult(CheckName.SPEAKER, Verdict.WARNING, [PreflightCode.SPEAKER_ECHO_RISK]),
        ]
    )
    summary = report.summary()
    assert summary.verdict is Verdict.WARNING
    assert summary.reasons == ["speaker_echo_risk"]

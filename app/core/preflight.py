"""The pre-call check's vocabulary: which checks exist, the codes they return, results and the report.

Checks (in ``app/preflight``) return codes and measured values, never sentences; ``app/ui/messages.py``
turns codes into advice in the patient's language, and the clinician's queue shows the verdict with
the codes as reasons (``PrecallSummary``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from app.core.protocol.models import PrecallSummary, Verdict


class CheckName(StrEnum):
    CAMERA = "camera"
    MICROPHONE = "microphone"
    SPEAKER = "speaker"
    NETWORK = "network"
    COMPUTER = "computer"  # how busy the computer is: its own heading, not the internet connection's


class PreflightCode(StrEnum):
    """What a check found. Values are stable: they travel to the clinician in ``PrecallSummary``."""

    # camera
    CAMERA_OK = "camera_ok"
    CAMERA_NONE = "camera_none"  # no camera found
    CAMERA_IN_USE = "camera_in_use"  # another application holds it
    CAMERA_PERMISSION_DENIED = "camera_permission_denied"
    CAMERA_NO_FRAMES = "camera_no_frames"
    CAMERA_LOW_FRAME_RATE = "camera_low_frame_rate"
    CAMERA_LOW_RESOLUTION = "camera_low_resolution"
    CAMERA_TOO_DARK = "camera_too_dark"
    CAMERA_BLURRED = "camera_blurred"
    CAMERA_NO_FACE = "camera_no_face"  # move into the picture
    CAMERA_FACE_TOO_LOW = "camera_face_too_low"  # raise the camera to eye level
    CAMERA_FACE_OFF_CENTRE = "camera_face_off_centre"
    # microphone
    MIC_OK = "mic_ok"
    MIC_NONE = "mic_none"
    MIC_PERMISSION_DENIED = "mic_permission_denied"
    MIC_SILENT = "mic_silent"
    MIC_TOO_QUIET = "mic_too_quiet"
    MIC_NOISY = "mic_noisy"
    MIC_CLIPPING = "mic_clipping"
    MIC_OTHER_HAS_SIGNAL = "mic_other_has_signal"  # a different microphone hears something: suggest it
    # speaker
    SPEAKER_OK = "speaker_ok"
    SPEAKER_NONE = "speaker_none"
    SPEAKER_NOT_HEARD = "speaker_not_heard"  # the test tone did not reach the microphone
    SPEAKER_ECHO_RISK = "speaker_echo_risk"  # heard loudly: recommend headphones
    SPEAKER_HEADSET = "speaker_headset"  # a headset recognised by name: no echo risk
    SPEAKER_CONFIRMED = "speaker_confirmed"  # the patient clicked "I heard it"
    # network
    NETWORK_OK = "network_ok"
    NETWORK_SERVICE_UNREACHABLE = "network_service_unreachable"
    NETWORK_SLOW_SIGNALING = "network_slow_signaling"
    NETWORK_UDP_BLOCKED = "network_udp_blocked"
    NETWORK_HIGH_RTT = "network_high_rtt"
    NETWORK_HIGH_JITTER = "network_high_jitter"
    NETWORK_HIGH_LOSS = "network_high_loss"
    NETWORK_LOW_BANDWIDTH = "network_low_bandwidth"
    NETWORK_RELAY_NEEDED = "network_relay_needed"  # works only through TURN
    NETWORK_RELAY_FAILED = "network_relay_failed"
    # computer
    COMPUTER_OK = "computer_ok"
    CPU_BUSY = "cpu_busy"
    # any check
    CHECK_TIMED_OUT = "check_timed_out"
    CHECK_FAILED = "check_failed"  # an unexpected error inside the check (logged by type)


_PREFIXES = (
    ("camera_", CheckName.CAMERA),
    ("mic_", CheckName.MICROPHONE),
    ("speaker_", CheckName.SPEAKER),
    ("network_", CheckName.NETWORK),
    ("computer_", CheckName.COMPUTER),
    ("cpu_", CheckName.COMPUTER),
)


def check_of(code: PreflightCode) -> CheckName | None:
    """The check a finding belongs to (its heading); None for the check's own trouble (timed out…)."""
    return next((check for prefix, check in _PREFIXES if code.value.startswith(prefix)), None)


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One check's outcome: a verdict, the codes behind it, what was measured, and an optional hint.

    ``measurements`` use SI-ish units named in the key (``rtt_ms``, ``level_dbfs``, ``fps``…).
    ``suggestion`` carries a value the advice needs, such as the name of a microphone that has signal.
    """

    check: CheckName
    verdict: Verdict
    codes: list[PreflightCode]
    measurements: dict[str, float] = field(default_factory=dict)
    suggestion: str | None = None
    duration_s: float = 0.0


_RANK = {Verdict.UNKNOWN: 0, Verdict.OK: 1, Verdict.WARNING: 2, Verdict.FAIL: 3}


def worst(verdicts: list[Verdict]) -> Verdict:
    """The most serious verdict (unknown only when there is nothing else)."""
    return max(verdicts, key=_RANK.__getitem__, default=Verdict.UNKNOWN)


@dataclass(frozen=True, slots=True)
class PreflightReport:
    """All results of one pre-call check run."""

    results: list[CheckResult]

    @property
    def verdict(self) -> Verdict:
        return worst([r.verdict for r in self.results])

    def summary(self) -> PrecallSummary:
        """What is sent with "I'm ready": the overall verdict and the codes of every non-ok result."""
        reasons = [
            code.value
            for r in self.results
            if r.verdict in (Verdict.WARNING, Verdict.FAIL)
            for code in r.codes
        ]
        return PrecallSummary(verdict=self.verdict, reasons=reasons)

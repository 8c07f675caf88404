"""messages.py: every code becomes a plain sentence, never a code or a traceback."""

from __future__ import annotations

import pytest

from app.core.errors import ErrorCode
from app.core.protocol import Role, Verdict, Verification
from app.session.events import EndReason
from app.ui import messages


def plain(text: str) -> bool:
    return bool(text) and text[0].isupper() and "_" not in text and "Traceback" not in text


@pytest.mark.parametrize("code", list(ErrorCode))
def test_every_error_code_has_a_plain_sentence(qapp, code):
    text = messages.error_text(code)
    assert plain(text)
    assert code.value not in text
    assert text.endswith(".")


def test_unknown_codes_get_the_general_sentence(qapp):
    assert messages.error_text("something_new") == "Something went wrong. Please try again."


@pytest.mark.parametrize("reason", list(EndReason))
def test_every_end_reason_has_a_sentence(qapp, reason):
    assert plain(messages.end_reason_text(reason))


def test_a_failed_end_says_which_failure(qapp):
    text = messages.end_reason_text(EndReason.FAILED, ErrorCode.CONNECTION_LOST)
    assert text == messages.error_text(ErrorCode.CONNECTION_LOST)


def test_verdicts_verifications_roles_and_reasons(qapp):
    assert [messages.verdict_text(v) for v in Verdict] == [
        "Not checked",
        "Check passed",
        "Check: warnings",
        "Check failed",
    ]
    assert all(plain(messages.verification_text(v)) for v in Verification)
    assert messages.role_text(Role.CLINICIAN) == "Clinician"
    assert messages.precall_reason_text("camera_too_dark") == "The picture is too dark."
    assert messages.precall_reason_text("never_heard_of_it") == "The check found a problem."


def test_queue_position_and_waiting_time(translations):
    assert (
        messages.queue_position_text(1, "Dr. Berg") == "You are next in the queue. Dr. Berg will let you in."
    )
    assert (
        messages.queue_position_text(3, "Dr. Berg")
        == "You are number 3 in the queue. Dr. Berg will let you in."
    )
    assert messages.waiting_time_text(0) == "Waiting less than a minute"
    assert messages.waiting_time_text(59) == "Waiting less than a minute"
    assert messages.waiting_time_text(60) == "Waiting 1 minute"
    assert messages.waiting_time_text(3599) == "Waiting 59 minutes"
    assert messages.waiting_time_text(3725) == "Waiting 1 hour 2 minutes"
    assert messages.waiting_time_text(2 * 3600 + 60) == "Waiting 2 hours 1 minute"


def test_every_preflight_code_has_advice_and_a_clinician_reason() -> None:
    from app.core.preflight import PreflightCode

    generic_reason = messages.precall_reason_text("never_heard_of_it")
    for code in PreflightCode:
        advice = messages.precall_advice_text(code, suggestion="USB Microphone")
        assert advice and "{" not in advice, code
        if not code.value.endswith("_ok") and code not in (
            PreflightCode.SPEAKER_HEADSET,
            PreflightCode.SPEAKER_CONFIRMED,
        ):
            assert messages.precall_reason_text(code.value) != generic_reason, code
    other = messages.precall_advice_text(PreflightCode.MIC_OTHER_HAS_SIGNAL, "USB Microphone")
    assert "USB Microphone" in other

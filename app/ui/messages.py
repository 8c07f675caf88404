"""The one place that turns codes (ErrorCode, EndReason, pre-call verdicts) into plain translated words.

Sentences are short and friendly, written for older patients; never a traceback or a code.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.errors import ErrorCode
from app.core.protocol import Role, Verdict, Verification
from app.session.events import EndReason

# Every sentence is a literal translate("messages", ...) call so pyside6-lupdate finds it.
translate = QCoreApplication.translate


def error_text(code: ErrorCode | str) -> str:
    """A plain sentence for a coded failure; unknown codes get a general sentence."""
    match code:
        case ErrorCode.NOT_FOUND:
            return translate(
                "messages",
                "We could not find a consultation with that code. Please check the code and try again.",
            )
        case ErrorCode.ROOM_CLOSED:
            return translate("messages", "This consultation is closed. Please contact your clinic.")
        case ErrorCode.SERVICE_UNREACHABLE:
            return translate(
                "messages", "We could not reach Samtale. Please check your internet connection and try again."
            )
        case ErrorCode.CONNECTION_LOST:
            return translate("messages", "The connection was lost. Please check your internet connection.")
        case ErrorCode.MEDIA_FAILED:
            return translate("messages", "The video connection could not be set up. Please try again.")
        case ErrorCode.UNAUTHENTICATED | ErrorCode.INVALID_TOKEN | ErrorCode.TOKEN_EXPIRED:
            return translate("messages", "You have been signed out. Please sign in again.")
        case ErrorCode.FORBIDDEN:
            return translate("messages", "You are not allowed to do this.")
        case ErrorCode.DEV_MODE_ONLY:
            return translate("messages", "Test sign-in is switched off on this service.")
        case ErrorCode.RATE_LIMITED:
            return translate("messages", "Too many attempts. Please wait a minute and try again.")
        case ErrorCode.NOT_ADMITTED | ErrorCode.NOT_IN_LOBBY:
            return translate("messages", "You are not in the consultation yet. Please wait to be let in.")
        case ErrorCode.ALREADY_JOINED:
            return translate("messages", "You are already in this consultation in another window.")
        case ErrorCode.UNKNOWN_PARTICIPANT:
            return translate("messages", "That person is no longer waiting.")
        case _:
            return translate("messages", "Something went wrong. Please try again.")


def end_reason_text(reason: EndReason, failure: ErrorCode | None = None) -> str:
    """Why the consultation ended, for the after-call page."""
    match reason:
        case EndReason.HUNG_UP:
            return translate("messages", "You ended the consultation.")
        case EndReason.REMOTE_LEFT:
            return translate("messages", "The other person has left the consultation.")
        case EndReason.DENIED:
            return translate(
                "messages", "The clinician could not let you in this time. Please contact your clinic."
            )
        case _:
            if failure is not None:
                return error_text(failure)
            return translate("messages", "The consultation stopped because of a technical problem.")


def verdict_text(verdict: Verdict) -> str:
    """The pre-call verdict badge in the clinician's queue."""
    match verdict:
        case Verdict.OK:
            return translate("messages", "Check passed")
        case Verdict.WARNING:
            return translate("messages", "Check: warnings")
        case Verdict.FAIL:
            return translate("messages", "Check failed")
        case _:
            return translate("messages", "Not checked")


_PRECALL_REASONS: dict[str, str] = {
    "no_camera": str(QT_TRANSLATE_NOOP("messages", "No camera was found.")),
    "no_microphone": str(QT_TRANSLATE_NOOP("messages", "No microphone was found.")),
    "too_dark": str(QT_TRANSLATE_NOOP("messages", "The picture is too dark.")),
    "slow_network": str(QT_TRANSLATE_NOOP("messages", "The internet connection is slow.")),
    "no_audio_output": str(QT_TRANSLATE_NOOP("messages", "No speaker or headphones were found.")),
}


def precall_reason_text(code: str) -> str:
    """One finding of the patient's pre-call check."""
    text = _PRECALL_REASONS.get(code)
    if text is None:
        return translate("messages", "The check found a problem.")
    return translate("messages", text)


def verification_text(verification: Verification) -> str:
    """How a person's identity was checked."""
    match verification:
        case Verification.TEST:
            return translate("messages", "Test identity (not checked)")
        case Verification.BANKID_SE:
            return translate("messages", "BankID")
        case _:
            return translate("messages", "Electronic ID")


def role_text(role: Role) -> str:
    return translate("messages", "Clinician") if role is Role.CLINICIAN else translate("messages", "Patient")


def waiting_time_text(seconds: float) -> str:
    """Waiting time as minutes and seconds, e.g. "Waiting 3:07"."""
    total = max(0, int(seconds))
    minutes, secs = divmod(total, 60)
    return translate("messages", "Waiting {minutes}:{seconds}").format(minutes=minutes, seconds=f"{secs:02d}")


def queue_position_text(position: int, clinician: str) -> str:
    """The patient's place in the lobby, with who will let them in."""
    if position == 1:
        return translate("messages", "You are next in the queue. {clinician} will let you in.").format(
            clinician=clinician
        )
    return translate(
        "messages", "You are number {position} in the queue. {clinician} will let you in."
    ).format(position=position, clinician=clinician)

"""The one place that turns codes (ErrorCode, EndReason, pre-call verdicts) into plain translated words.

Sentences are short and friendly, written for older patients; never a traceback or a code.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.errors import ErrorCode
from app.core.protocol import Role, Verdict, Verification
from app.session.events import EndReason


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def error_text(code: ErrorCode | str) -> str:
    """A plain sentence for a coded failure; unknown codes get a general sentence."""
    match code:
        case ErrorCode.NOT_FOUND:
            return _t("We could not find a consultation with that code. Please check the code and try again.")
        case ErrorCode.ROOM_CLOSED:
            return _t("This consultation is closed. Please contact your clinic.")
        case ErrorCode.SERVICE_UNREACHABLE:
            return _t("We could not reach Samtale. Please check your internet connection and try again.")
        case ErrorCode.CONNECTION_LOST:
            return _t("The connection was lost. Please check your internet connection.")
        case ErrorCode.MEDIA_FAILED:
            return _t("The video connection could not be set up. Please try again.")
        case ErrorCode.UNAUTHENTICATED | ErrorCode.INVALID_TOKEN | ErrorCode.TOKEN_EXPIRED:
            return _t("You have been signed out. Please sign in again.")
        case ErrorCode.FORBIDDEN:
            return _t("You are not allowed to do this.")
        case ErrorCode.DEV_MODE_ONLY:
            return _t("Test sign-in is switched off on this service.")
        case ErrorCode.RATE_LIMITED:
            return _t("Too many attempts. Please wait a minute and try again.")
        case ErrorCode.NOT_ADMITTED | ErrorCode.NOT_IN_LOBBY:
            return _t("You are not in the consultation yet. Please wait to be let in.")
        case ErrorCode.ALREADY_JOINED:
            return _t("You are already in this consultation in another window.")
        case ErrorCode.UNKNOWN_PARTICIPANT:
            return _t("That person is no longer waiting.")
        case _:
            return _t("Something went wrong. Please try again.")


def end_reason_text(reason: EndReason, failure: ErrorCode | None = None) -> str:
    """Why the consultation ended, for the after-call page."""
    match reason:
        case EndReason.HUNG_UP:
            return _t("You ended the consultation.")
        case EndReason.REMOTE_LEFT:
            return _t("The other person has left the consultation.")
        case EndReason.DENIED:
            return _t("The clinician could not let you in this time. Please contact your clinic.")
        case _:
            if failure is not None:
                return error_text(failure)
            return _t("The consultation stopped because of a technical problem.")


def verdict_text(verdict: Verdict) -> str:
    """The pre-call verdict badge in the clinician's queue."""
    match verdict:
        case Verdict.OK:
            return _t("Check passed")
        case Verdict.WARNING:
            return _t("Check: warnings")
        case Verdict.FAIL:
            return _t("Check failed")
        case _:
            return _t("Not checked")


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
        return _t("The check found a problem.")
    return _t(text)


def verification_text(verification: Verification) -> str:
    """How a person's identity was checked."""
    match verification:
        case Verification.TEST:
            return _t("Test identity (not checked)")
        case Verification.BANKID_SE:
            return _t("BankID")
        case _:
            return _t("Electronic ID")


def role_text(role: Role) -> str:
    return _t("Clinician") if role is Role.CLINICIAN else _t("Patient")


def waiting_time_text(seconds: float) -> str:
    """Waiting time as minutes and seconds, e.g. "Waiting 3:07"."""
    total = max(0, int(seconds))
    minutes, secs = divmod(total, 60)
    return _t("Waiting {minutes}:{seconds}").format(minutes=minutes, seconds=f"{secs:02d}")


def queue_position_text(position: int, clinician: str) -> str:
    """The patient's place in the lobby, with who will let them in."""
    if position == 1:
        return _t("You are next in the queue. {clinician} will let you in.").format(clinician=clinician)
    return _t("You are number {position} in the queue. {clinician} will let you in.").format(
        position=position, clinician=clinician
    )

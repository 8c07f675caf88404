"""The one place that turns codes (ErrorCode, EndReason, pre-call verdicts) into plain translated words.

Sentences are short and friendly, written for older patients; never a traceback or a code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.emergency import EmergencyNotice
from app.core.errors import ErrorCode
from app.core.links import LinkProblem
from app.core.preflight import CheckName, PreflightCode, check_of
from app.core.protocol import Role, Verdict, Verification
from app.session.events import EndReason
from app.session.moderation_events import HostAction
from app.ui.counts import counts

# Every sentence is a literal translate("messages", ...) call so pyside6-lupdate finds it.
translate = QCoreApplication.translate


def link_text(_problem: LinkProblem) -> str:
    """A plain sentence for a join link or code that cannot be read (every problem reads the same)."""
    return translate(
        "messages", "This link does not work. Please type the code from your letter or text message."
    )


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
        case ErrorCode.ADDRESS_TAKEN:
            return translate(
                "messages", "Another clinician already uses that address. Please choose another."
            )
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
        case ErrorCode.IDENTITY_REJECTED:
            return translate("messages", "Your identity could not be confirmed. Please sign in again.")
        case ErrorCode.ASSURANCE_TOO_LOW:
            return translate(
                "messages",
                "This needs a more secure way of signing in, such as BankID or another electronic ID. "
                "Please sign out and sign in with one, or contact your clinic.",
            )
        case ErrorCode.CODE_INVALID:
            return translate(
                "messages",
                "That code is not right, or it has expired. Please check it or ask for a new code.",
            )
        case ErrorCode.CONSENT_REQUIRED:
            return translate(
                "messages", "Please read and accept the consent before you enter the waiting room."
            )
        case ErrorCode.SERVICE_UNAVAILABLE:
            return translate("messages", "Samtale is busy for a moment. Please try again in a little while.")
        case ErrorCode.PROVIDER_UNAVAILABLE:
            return translate("messages", "The sign-in service is not answering. Please try again in a while.")
        case ErrorCode.LOGIN_FAILED | ErrorCode.LOGIN_CANCELLED:
            return translate("messages", "You were not signed in. Please try again.")
        case ErrorCode.KEYRING_UNAVAILABLE:
            return translate(
                "messages",
                "You are signed in, but this computer cannot remember it. Next time you sign in again.",
            )
        # --- moderation and room types (issue 5) ---
        case ErrorCode.ROOM_FULL:
            return translate("messages", "This consultation room is full.")
        case ErrorCode.NEEDS_SFU:
            return translate("messages", "This room cannot take more people with video yet.")
        case ErrorCode.HARD_MUTED:
            return translate(
                "messages", "The host has muted you. Press “Ask to unmute” if you want to speak."
            )
        case ErrorCode.BANNED:
            return translate("messages", "The host has removed you from this consultation.")
        case ErrorCode.PIN_REQUIRED:
            return translate("messages", "This room needs a PIN. Please enter the PIN you were given.")
        case ErrorCode.WRONG_PIN:
            return translate("messages", "That PIN is not right. Please check it and try again.")
        case _:
            return translate("messages", "Something went wrong. Please try again.")


def devices_missing_text(camera: bool, microphone: bool) -> str:
    """What someone without a camera and/or microphone is told (nothing is sent in their place)."""
    if camera and microphone:
        return translate(
            "messages",
            "No camera or microphone found: the others can neither see nor hear you. "
            "You can still see and hear them.",
        )
    if camera:
        return translate("messages", "No camera found: the others will hear you but not see you.")
    if microphone:
        return translate("messages", "No microphone found: the others will see you but not hear you.")
    return ""


def end_reason_text(reason: EndReason, failure: ErrorCode | None = None) -> str:
    """Why the consultation ended, for the after-call page."""
    match reason:
        case EndReason.HUNG_UP:
            return translate("messages", "You ended the consultation.")
        case EndReason.REMOTE_LEFT:
            return translate("messages", "The other person has left the consultation.")
        case EndReason.REMOTE_LOST:
            return translate("messages", "The connection to the other person was lost.")
        case EndReason.DENIED:
            return translate(
                "messages", "The clinician could not let you in this time. Please contact your clinic."
            )
        case EndReason.ENDED_BY_HOST:
            return translate("messages", "The host ended the consultation.")
        case EndReason.KICKED:
            return translate("messages", "You were removed from the consultation by the host.")
        case EndReason.ROOM_CLOSED:
            return translate(
                "messages", "The clinician closed this room, so nobody will come. Please contact your clinic."
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


FINDING_ORDER = (
    CheckName.CAMERA,
    CheckName.MICROPHONE,
    CheckName.SPEAKER,
    CheckName.NETWORK,
    CheckName.COMPUTER,
)


def precall_findings_text(codes: list[str]) -> str:
    """The findings of a patient's pre-call check for the clinician: one line each, under the heading
    of the check it belongs to ("Computer: The computer is very busy."), in the panel's order."""

    def heading(code: str) -> CheckName | None:
        try:
            return check_of(PreflightCode(code))
        except ValueError:
            return None

    def rank(code: str) -> int:
        check = heading(code)
        return FINDING_ORDER.index(check) if check is not None else len(FINDING_ORDER)

    lines: list[str] = []
    for code in sorted(codes, key=rank):
        check = heading(code)
        title = check_title_text(check) if check is not None else translate("messages", "Pre-call check")
        lines.append(
            translate("messages", "{heading}: {finding}").format(
                heading=title, finding=precall_reason_text(code)
            )
        )
    return "\n".join(dict.fromkeys(lines))


def precall_reason_text(code: str) -> str:
    """One finding of the patient's pre-call check, as the clinician's queue shows it."""
    try:
        finding = PreflightCode(code)
    except ValueError:
        return translate("messages", "The check found a problem.")
    match finding:
        case PreflightCode.CAMERA_NONE:
            return translate("messages", "No camera was found.")
        case PreflightCode.CAMERA_IN_USE:
            return translate("messages", "The camera is used by another program.")
        case PreflightCode.CAMERA_PERMISSION_DENIED:
            return translate("messages", "Samtale may not use the camera.")
        case PreflightCode.CAMERA_NO_FRAMES | PreflightCode.CAMERA_LOW_FRAME_RATE:
            return translate("messages", "The camera picture is not coming through well.")
        case PreflightCode.CAMERA_LOW_RESOLUTION:
            return translate("messages", "The camera picture is small.")
        case PreflightCode.CAMERA_TOO_DARK:
            return translate("messages", "The picture is too dark.")
        case PreflightCode.CAMERA_BLURRED:
            return translate("messages", "The picture is blurred.")
        case PreflightCode.CAMERA_NO_FACE | PreflightCode.CAMERA_FACE_OFF_CENTRE:
            return translate("messages", "The patient is not fully in the picture.")
        case PreflightCode.CAMERA_FACE_TOO_LOW:
            return translate("messages", "The camera is below eye level.")
        case PreflightCode.MIC_NONE | PreflightCode.MIC_PERMISSION_DENIED:
            return translate("messages", "No microphone can be used.")
        case PreflightCode.MIC_SILENT | PreflightCode.MIC_OTHER_HAS_SIGNAL:
            return translate("messages", "The microphone hears nothing.")
        case PreflightCode.MIC_TOO_QUIET:
            return translate("messages", "The microphone is very quiet.")
        case PreflightCode.MIC_NOISY:
            return translate("messages", "There is a lot of background noise.")
        case PreflightCode.MIC_CLIPPING:
            return translate("messages", "The microphone is too loud and distorts.")
        case PreflightCode.SPEAKER_NONE:
            return translate("messages", "No speaker or headphones were found.")
        case PreflightCode.SPEAKER_NOT_HEARD:
            return translate("messages", "The test sound was not heard.")
        case PreflightCode.SPEAKER_ECHO_RISK:
            return translate("messages", "Loudspeaker without headphones: risk of echo.")
        case PreflightCode.NETWORK_SERVICE_UNREACHABLE:
            return translate("messages", "Samtale could not be reached.")
        case PreflightCode.NETWORK_UDP_BLOCKED | PreflightCode.NETWORK_RELAY_NEEDED:
            return translate("messages", "The network blocks direct video; a relay is used.")
        case PreflightCode.NETWORK_RELAY_FAILED:
            return translate("messages", "The network blocks video calls.")
        case (
            PreflightCode.NETWORK_SLOW_SIGNALING
            | PreflightCode.NETWORK_HIGH_RTT
            | PreflightCode.NETWORK_HIGH_JITTER
            | PreflightCode.NETWORK_HIGH_LOSS
            | PreflightCode.NETWORK_LOW_BANDWIDTH
        ):
            return translate("messages", "The internet connection is slow or unstable.")
        case PreflightCode.CPU_BUSY:
            return translate("messages", "The computer is very busy.")
        case PreflightCode.CHECK_TIMED_OUT | PreflightCode.CHECK_FAILED:
            return translate("messages", "Part of the check could not be completed.")
        case _:
            return translate("messages", "The check found no problem.")


def precall_advice_text(code: PreflightCode, suggestion: str | None = None) -> str:
    """What the patient should do about one finding of their pre-call check (one plain sentence)."""
    match code:
        case (
            PreflightCode.CAMERA_OK
            | PreflightCode.MIC_OK
            | PreflightCode.SPEAKER_OK
            | PreflightCode.NETWORK_OK
            | PreflightCode.COMPUTER_OK
        ):
            return translate("messages", "This works well.")
        case PreflightCode.CAMERA_NONE:
            return translate("messages", "We found no camera. Connect a camera, or join with sound only.")
        case PreflightCode.CAMERA_IN_USE:
            return translate("messages", "Another program is using the camera. Close it and check again.")
        case PreflightCode.CAMERA_PERMISSION_DENIED:
            return translate("messages", "Allow Samtale to use the camera in your computer's settings.")
        case PreflightCode.CAMERA_NO_FRAMES | PreflightCode.CAMERA_LOW_FRAME_RATE:
            return translate(
                "messages", "The camera picture is not coming through well. Close other programs."
            )
        case PreflightCode.CAMERA_LOW_RESOLUTION:
            return translate("messages", "The camera gives a small picture. It will work, but less sharply.")
        case PreflightCode.CAMERA_TOO_DARK:
            return translate("messages", "The picture is dark. Turn on a light in front of you.")
        case PreflightCode.CAMERA_BLURRED:
            return translate("messages", "The picture is blurred. Wipe the camera lens gently.")
        case PreflightCode.CAMERA_NO_FACE | PreflightCode.CAMERA_FACE_OFF_CENTRE:
            return translate("messages", "Move so that your face is in the middle of the picture.")
        case PreflightCode.CAMERA_FACE_TOO_LOW:
            return translate("messages", "Raise the camera to the height of your eyes.")
        case PreflightCode.MIC_NONE:
            return translate("messages", "We found no microphone. Connect headphones with a microphone.")
        case PreflightCode.MIC_PERMISSION_DENIED:
            return translate("messages", "Allow Samtale to use the microphone in your computer's settings.")
        case PreflightCode.MIC_SILENT:
            return translate("messages", "Your microphone hears nothing. Check that it is switched on.")
        case PreflightCode.MIC_OTHER_HAS_SIGNAL:
            return translate(
                "messages", "Your microphone hears nothing, but “{device}” does. Choose it."
            ).format(device=suggestion or "")
        case PreflightCode.MIC_TOO_QUIET:
            return translate("messages", "Your microphone is very quiet. Move closer to it.")
        case PreflightCode.MIC_NOISY:
            return translate("messages", "There is noise around you. Find a quieter place if you can.")
        case PreflightCode.MIC_CLIPPING:
            return translate("messages", "Your microphone is too loud. Move a little further away.")
        case PreflightCode.SPEAKER_NONE:
            return translate("messages", "We found no speaker. Connect headphones or a speaker.")
        case PreflightCode.SPEAKER_NOT_HEARD:
            return translate("messages", "Did you hear the test sound? If so, press “I heard it”.")
        case PreflightCode.SPEAKER_ECHO_RISK:
            return translate("messages", "Use headphones, so the clinician does not hear an echo.")
        case PreflightCode.SPEAKER_HEADSET:
            return translate("messages", "You are using headphones. That gives the best sound.")
        case PreflightCode.SPEAKER_CONFIRMED:
            return translate("messages", "You heard the test sound.")
        case PreflightCode.NETWORK_SERVICE_UNREACHABLE:
            return translate(
                "messages", "We cannot reach Samtale. Check that you are connected to the internet."
            )
        case PreflightCode.NETWORK_UDP_BLOCKED | PreflightCode.NETWORK_RELAY_NEEDED:
            return translate(
                "messages", "Your network limits video calls. It will work, perhaps less smoothly."
            )
        case PreflightCode.NETWORK_RELAY_FAILED:
            return translate("messages", "Your network blocks video calls. Try another network, such as 4G.")
        case PreflightCode.CPU_BUSY:
            return translate("messages", "Your computer is very busy. Close other programs.")
        case PreflightCode.CHECK_TIMED_OUT | PreflightCode.CHECK_FAILED:
            return translate("messages", "We could not finish this check. You can still continue.")
        case _:  # slow or unstable connection
            return translate(
                "messages", "Your internet connection is slow. Move closer to your wireless router."
            )


NO_PICTURE = (
    PreflightCode.CAMERA_NONE,
    PreflightCode.CAMERA_PERMISSION_DENIED,
    PreflightCode.CAMERA_IN_USE,
    PreflightCode.CAMERA_NO_FRAMES,
)


def no_picture_text(code: PreflightCode) -> str:
    """Said where the patient's own picture would be, when the camera check found none to show."""
    if code is PreflightCode.CAMERA_NONE:
        return translate("messages", "No camera was found, so there is no picture of you.")
    return translate("messages", "The camera cannot be used now, so there is no picture of you.")


def check_title_text(check: CheckName) -> str:
    """The name of one pre-call check, as a row title."""
    match check:
        case CheckName.CAMERA:
            return translate("messages", "Camera")
        case CheckName.MICROPHONE:
            return translate("messages", "Microphone")
        case CheckName.SPEAKER:
            return translate("messages", "Sound")
        case CheckName.COMPUTER:
            return translate("messages", "Computer")
        case _:
            return translate("messages", "Internet connection")


def check_status_text(verdict: Verdict, *, pending: bool = False) -> str:
    """The one-word state of a pre-call check row (always shown beside its mark, never colour alone)."""
    if pending:
        return translate("messages", "Checking…")
    match verdict:
        case Verdict.OK:
            return translate("messages", "Good")
        case Verdict.WARNING:
            return translate("messages", "Needs attention")
        case Verdict.FAIL:
            return translate("messages", "Problem")
        case _:
            return translate("messages", "Not checked")


def verification_text(verification: Verification) -> str:
    """How a person's identity was checked."""
    match verification:
        case Verification.TEST:
            return translate("messages", "Test identity (not checked)")
        case Verification.BANKID_SE:
            return translate("messages", "BankID")
        case Verification.EMAIL:
            return translate("messages", "E-mail code only (no e-ID)")
        case _:
            return translate("messages", "Electronic ID")


def verified_by_text(verification: Verification, guardian: str | None) -> str:
    """How a waiting patient was identified, and by whom when a guardian acts for a child."""
    checked = verification_text(verification)
    if guardian is None:
        return checked
    return translate("messages", "{checked} · with guardian {guardian}").format(
        checked=checked, guardian=guardian
    )


def role_text(role: Role) -> str:
    return translate("messages", "Clinician") if role is Role.CLINICIAN else translate("messages", "Patient")


def waiting_time_text(seconds: float) -> str:
    """Waiting time in whole minutes, e.g. "Waiting 3 minutes" (numerus forms: ``app.ui.counts``)."""
    return counts().waiting(seconds)


def queue_position_text(position: int, clinician: str) -> str:
    """The patient's place in the lobby, with who will let them in."""
    if position == 1:
        return translate("messages", "You are next in the queue. {clinician} will let you in.").format(
            clinician=clinician
        )
    return translate(
        "messages", "You are number {position} in the queue. {clinician} will let you in."
    ).format(position=position, clinician=clinician)


# --- moderation (issue 5) -------------------------------------------------------------------------


def host_action_text(action: HostAction) -> str:
    """What the host did to this user, as one plain sentence shown in the call or the lobby."""
    match action:
        case HostAction.MUTED:
            return translate("messages", "You were muted by the host. You can unmute yourself.")
        case HostAction.HARD_MUTED:
            return translate(
                "messages", "You were muted by the host. Press “Ask to unmute” if you want to speak."
            )
        case HostAction.AUDIO_ALLOWED:
            return translate("messages", "The host allows you to speak again. Unmute when you are ready.")
        case HostAction.VIDEO_STOPPED | HostAction.VIDEO_HARD_STOPPED:
            return translate("messages", "The host turned off your camera.")
        case HostAction.VIDEO_ALLOWED:
            return translate("messages", "The host allows your camera again.")
        case HostAction.SENT_TO_LOBBY:
            return translate(
                "messages", "You were moved back to the waiting room. Please wait to be let in again."
            )
        case HostAction.KICKED:
            return translate("messages", "You were removed from the consultation by the host.")
        case HostAction.ENDED_FOR_ALL:
            return translate("messages", "The host ended the consultation.")


def emergency_text(notice: EmergencyNotice, language: str) -> str:
    """Where to call when it is urgent: the deployment's own words, else its region's, else the general."""
    own = notice.text_for(language)
    if own is not None:
        return own
    if notice.region == "no":
        return translate(
            "messages", "Is it urgent? Call 113, or the out-of-hours service (legevakt) on 116 117."
        )
    if notice.region == "se":
        return translate("messages", "Call 112 in an emergency, 1177 for health-care advice.")
    return translate("messages", "Samtale is not for emergencies. If a life is in danger, call 112.")

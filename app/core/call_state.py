"""The lifecycle of one consultation from the client's side, as a transition table.

idle → waiting (patient knocked) → connecting (admitted) → in_call ⇄ reconnecting → ended.
A clinician goes idle → connecting directly (hosts never wait). ``preflight`` sits before
``waiting`` for the pre-call check. Every state can end.
"""

from __future__ import annotations

from enum import Enum

from app.core.state_machine import StateMachine


class CallState(Enum):
    IDLE = "idle"
    PREFLIGHT = "preflight"
    WAITING = "waiting"
    CONNECTING = "connecting"
    IN_CALL = "in_call"
    RECONNECTING = "reconnecting"
    ENDED = "ended"


class CallEvent(Enum):
    START_PREFLIGHT = "start_preflight"
    KNOCK = "knock"
    ADMITTED = "admitted"
    JOIN = "join"  # a host enters the call without waiting
    MEDIA_UP = "media_up"
    MEDIA_LOST = "media_lost"
    DENIED = "denied"
    HANG_UP = "hang_up"
    REMOTE_ENDED = "remote_ended"
    FAILED = "failed"
    SENT_TO_LOBBY = "sent_to_lobby"  # the host moved this participant back to the lobby


S, E = CallState, CallEvent
_ENDINGS = (E.HANG_UP, E.REMOTE_ENDED, E.FAILED)

CALL_TRANSITIONS: dict[tuple[CallState, CallEvent], CallState] = {
    (S.IDLE, E.START_PREFLIGHT): S.PREFLIGHT,
    (S.IDLE, E.KNOCK): S.WAITING,
    (S.PREFLIGHT, E.KNOCK): S.WAITING,
    (S.IDLE, E.JOIN): S.CONNECTING,
    (S.WAITING, E.ADMITTED): S.CONNECTING,
    (S.WAITING, E.DENIED): S.ENDED,
    (S.CONNECTING, E.MEDIA_UP): S.IN_CALL,
    (S.IN_CALL, E.MEDIA_LOST): S.RECONNECTING,
    (S.RECONNECTING, E.MEDIA_UP): S.IN_CALL,
    # A host whose patient left may see the next one admitted without ending the call.
    (S.IN_CALL, E.ADMITTED): S.IN_CALL,
    # Sent back to the lobby by the host: wait again without knocking (issue 5).
    **{(state, E.SENT_TO_LOBBY): S.WAITING for state in (S.CONNECTING, S.IN_CALL, S.RECONNECTING)},
    **{(state, ev): S.ENDED for state in S if state is not S.ENDED for ev in _ENDINGS},
}


def new_call_machine() -> StateMachine[CallState, CallEvent]:
    """A call lifecycle starting in ``idle``."""
    return StateMachine(CALL_TRANSITIONS, CallState.IDLE)

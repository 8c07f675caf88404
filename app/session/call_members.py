"""Who is in the call: this user's participant id, the other people, and the service's news of them.

``routes`` maps the membership messages to their handlers (``service_messages`` dispatches): the place
in the lobby, the clinician's queue, the admission (a new call, or the next patient joining a host's
call in progress), someone joining, someone leaving. When the last other person leaves a live call
(and this host did not send them away) the call ends for this user too: ``end`` with why
(``LEFT_ENDINGS``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.core.call_state import CallEvent, CallState
from app.core.protocol import (
    Admitted,
    LeftReason,
    LobbyUpdate,
    Participant,
    ParticipantJoined,
    ParticipantLeft,
    QueueUpdate,
)
from app.session.call_keeper import CallKeeper
from app.session.call_lifecycle import CallLifecycle
from app.session.events import (
    EndReason,
    EventSink,
    LobbyPositionChanged,
    ParticipantGone,
    ParticipantsChanged,
    QueueChanged,
)
from app.session.moderation import RoomModeration

# Why the last other person left -> why the call ended for this user.
LEFT_ENDINGS: dict[LeftReason, EndReason] = {LeftReason.CONNECTION_LOST: EndReason.REMOTE_LOST}


class CallMembers:
    """The call's people as the service tells them; ``participants`` never includes this user."""

    def __init__(
        self,
        lifecycle: CallLifecycle,
        calls: CallKeeper,
        moderation: RoomModeration,
        on_event: EventSink,
        *,
        end: Callable[[EndReason], None],
        admitted_media: Callable[[], None] = lambda: None,
    ) -> None:
        self._lifecycle = lifecycle
        self._calls = calls
        self._moderation = moderation
        self._on_event = on_event
        self._end = end  # the call ended because everyone else left: leave it and close its media
        self._admitted_media = admitted_media  # tell the room what this user sends (devices missing)
        self.participant_id: str | None = None
        self.participants: list[Participant] = []

    def routes(self) -> dict[type, Callable[[Any], None]]:
        return {
            LobbyUpdate: self.lobby,
            QueueUpdate: self.queue,
            Admitted: self.admitted,
            ParticipantJoined: self.joined,
            ParticipantLeft: self.left,
        }

    def lobby(self, message: LobbyUpdate) -> None:
        """Patient: this user's id and place in the lobby (1 = next)."""
        self.participant_id = message.participant_id
        self._on_event(LobbyPositionChanged(message.position))

    def queue(self, message: QueueUpdate) -> None:
        """Clinician: the whole queue of the watched room."""
        self._on_event(QueueChanged(list(message.entries)))

    def admitted(self, message: Admitted) -> None:
        """Into the call (after a wait, or a host entering it): the people, then the call's media."""
        if self._lifecycle.state is CallState.ENDED:
            self._lifecycle.renew()
        if not (self._lifecycle.fire(CallEvent.ADMITTED) or self._lifecycle.fire(CallEvent.JOIN)):
            return
        known = self.participant_id == message.participant_id
        self.participant_id = message.participant_id
        self.participants = list(message.participants)
        self.tell()
        if not known:
            self._moderation.self_known()  # a room state that came first named nobody as "me"
        self._calls.admitted(message)
        self._admitted_media()

    def joined(self, message: ParticipantJoined) -> None:
        self.participants = [*self.participants, message.participant]
        self.tell()

    def left(self, message: ParticipantLeft) -> None:
        pid, reason = message.participant_id, message.reason
        gone = next((p for p in self.participants if p.participant_id == pid), None)
        self.participants = [p for p in self.participants if p.participant_id != pid]
        self.tell()
        if gone is not None:
            self._on_event(ParticipantGone(gone, reason, len(self.participants)))
        self._calls.participant_left(pid)
        sent_away = pid in self._moderation.departing
        self._moderation.departing.discard(pid)
        if not self.participants and self._lifecycle.live and not sent_away:
            self._lifecycle.fire(CallEvent.REMOTE_ENDED)
            self._end(LEFT_ENDINGS.get(reason, EndReason.REMOTE_LEFT))

    def tell(self) -> None:
        self._on_event(ParticipantsChanged(list(self.participants)))

    def clear(self) -> None:
        """The call is over for this user (nobody told: the caller says why, in its order)."""
        self.participants = []

    def forget(self) -> None:
        """Signed out: no id, nobody."""
        self.participant_id = None
        self.participants = []

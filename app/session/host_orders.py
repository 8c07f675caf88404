"""What the service and the host decide about this user's call, and what the room state allows.

``routes`` maps the deciding messages to their handlers (``service_messages`` dispatches): the
clinician did not admit (``denied``), the host removed this user (``kicked``), ended the call for
everyone (``call_ended``; the host who ended it simply hung up) or sent this user back to the lobby
(``sent_to_lobby``: ``to_lobby``), the room's owner closed the room (a patient's wait ends; a
clinician forgets the room), the service failed the session (``error``). Each ending is the move
``REMOTE_ENDED``, ``DENIED`` or ``FAILED`` of the lifecycle, then ``end`` with why. ``may_speak``
and ``hosts_and_presenter`` read the room state for a media-server call.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.core.call_state import CallEvent
from app.core.protocol import Denied, Error, Role
from app.core.protocol.moderation import CallEndedForAll, Kicked, MediaControl, RoomClosed, SentToLobby
from app.session.call_lifecycle import CallLifecycle
from app.session.events import EndReason, EventSink, RoomWasClosed, SessionFailed
from app.session.moderation import RoomModeration
from app.session.moderation_events import HostAction, HostActionApplied
from app.session.sfu_media import hosts_and_presenter


class HostOrders:
    """Applies the host's and the service's decisions to this user's call."""

    def __init__(
        self,
        lifecycle: CallLifecycle,
        moderation: RoomModeration,
        on_event: EventSink,
        *,
        role: Role,
        self_id: Callable[[], str | None],
        end: Callable[[EndReason], None],
        to_lobby: Callable[[], None],
        forget_room: Callable[[], None],
    ) -> None:
        self._lifecycle = lifecycle
        self._moderation = moderation
        self._on_event = on_event
        self._role = role
        self._self_id = self_id
        self._end = end
        self._to_lobby = to_lobby
        self._forget_room = forget_room

    def routes(self) -> dict[type, Callable[[Any], None]]:
        return {
            Denied: self.denied,
            Kicked: self.kicked,
            CallEndedForAll: self.call_ended,
            SentToLobby: self.sent_to_lobby,
            RoomClosed: self.room_closed,
            Error: self.error,
        }

    def denied(self, message: Denied) -> None:
        if self._lifecycle.fire(CallEvent.DENIED):
            self._end(EndReason.DENIED)

    def kicked(self, message: Kicked) -> None:
        self._on_event(HostActionApplied(HostAction.KICKED))
        if self._lifecycle.fire(CallEvent.REMOTE_ENDED):
            self._end(EndReason.KICKED)

    def call_ended(self, message: CallEndedForAll) -> None:
        by_me = self._moderation.is_host  # the host who ended it hung up; others were ended
        if not self._lifecycle.over and not by_me:
            self._on_event(HostActionApplied(HostAction.ENDED_FOR_ALL))
        if self._lifecycle.fire(CallEvent.REMOTE_ENDED):
            self._end(EndReason.HUNG_UP if by_me else EndReason.ENDED_BY_HOST)

    def sent_to_lobby(self, message: SentToLobby) -> None:
        self._to_lobby()

    def room_closed(self, message: RoomClosed) -> None:
        """The owner closed the room: a patient's wait (or call) ends saying so; a clinician's call too."""
        self._on_event(RoomWasClosed(message.room_id))
        if (self._role is Role.PATIENT or self._lifecycle.live) and self._lifecycle.fire(
            CallEvent.REMOTE_ENDED
        ):
            self._end(EndReason.ROOM_CLOSED)
        if self._role is Role.CLINICIAN:
            self._forget_room()  # nothing to watch again after a reconnect

    def error(self, message: Error) -> None:
        self._on_event(SessionFailed(message.code))
        if self._lifecycle.fire(CallEvent.FAILED):
            self._end(EndReason.FAILED)

    def may_speak(self) -> bool:
        """The room state lets this user speak (a host, or the host allowed their audio)."""
        me = self._moderation.participants.get(self._self_id() or "")
        return me is None or me.is_host or me.audio_control is MediaControl.ALLOW

    def hosts_and_presenter(self) -> tuple[set[str], str | None]:
        """The other hosts and who presents: a media-server call always receives them."""
        return hosts_and_presenter(self._moderation.participants.values(), self._self_id())

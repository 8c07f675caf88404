"""The consultation's call lifecycle: the state machine of ``app.core.call_state`` and every state entered.

``fire`` makes a move where the table allows it and ignores (returning False) an event the table has
no move for in the current state: service news can arrive in any state. Each move is appended to
``history``, told as ``CallStateChanged`` and then to ``entered`` (the recovery deadline). ``renew``
starts a fresh machine in ``idle`` (a new knock or admission after an end, a sign-out); ``history``
stays one list. ``link_changed`` turns a call's link news into the move it means (``LINK_EVENTS``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.call_state import CallEvent, CallState, new_call_machine
from app.core.state_machine import StateMachine
from app.session.events import CallStateChanged, EventSink, PicturePaused

if TYPE_CHECKING:  # aiortc loads with the first call, not with the lifecycle
    from app.session.call import LinkState

LIVE = (CallState.CONNECTING, CallState.IN_CALL, CallState.RECONNECTING)
OVER = (CallState.IDLE, CallState.ENDED)

# A link's news -> the move it means: in the call while every link carries media, reconnecting while
# any is stalled or being rebuilt.
LINK_EVENTS: dict[str, CallEvent] = {
    "connected": CallEvent.MEDIA_UP,
    "flowing": CallEvent.MEDIA_UP,
    "stalled": CallEvent.MEDIA_LOST,
    "lost": CallEvent.MEDIA_LOST,
    "failed": CallEvent.MEDIA_LOST,
    "closed": CallEvent.MEDIA_LOST,
}
# Their picture, not the link: the call goes on (paused: True, resumed: False).
PICTURE_NEWS: dict[str, bool] = {"paused": True, "resumed": False}


class CallLifecycle:
    """One consultation's call state: where it is, where it has been, and the moves the table allows."""

    def __init__(
        self, on_event: EventSink, entered: Callable[[CallState], None] = lambda state: None
    ) -> None:
        self._on_event = on_event
        self._entered = entered
        self.history: list[CallState] = []
        self._machine = self._new_machine()

    @property
    def state(self) -> CallState:
        return self._machine.state

    @property
    def live(self) -> bool:
        """Connecting, in the call or reconnecting: there is a call with media."""
        return self.state in LIVE

    @property
    def engaged(self) -> bool:
        """Waiting in the lobby or live: there is something to leave."""
        return self.live or self.state is CallState.WAITING

    @property
    def over(self) -> bool:
        """Idle or ended: no call and no wait."""
        return self.state in OVER

    def fire(self, event: CallEvent) -> bool:
        """Make the move ``event`` means here; False (and nothing told) if the table has none."""
        if not self._machine.can(event):
            return False
        self._machine.fire(event)
        return True

    def renew(self) -> None:
        """Start again in ``idle`` (appended to ``history``, not told: no move was made)."""
        self._machine = self._new_machine()

    def link_changed(self, change: LinkState, media_down: bool) -> None:
        """A link of the call changed; ``media_down``: some link of the call still carries no media."""
        paused = PICTURE_NEWS.get(change.state)
        if paused is not None:
            self._on_event(PicturePaused(change.participant_id, paused))
            return
        event = LINK_EVENTS.get(change.state)
        if event is CallEvent.MEDIA_UP and media_down:
            return  # up again only once every link is
        if event is not None:
            self.fire(event)

    def _new_machine(self) -> StateMachine[CallState, CallEvent]:
        machine = new_call_machine()
        self.history.append(machine.state)
        machine.observe(self._moved)
        return machine

    def _moved(self, old: CallState, event: CallEvent, new: CallState) -> None:
        del event
        self.history.append(new)
        self._on_event(CallStateChanged(old, new))
        self._entered(new)

"""When media is not back in time: the deadline after which the user is given a choice.

The facade tells it every state the call enters. Entering ``connecting`` or ``reconnecting`` starts
the clock; ``in_call`` (or the end) stops it. When ``seconds`` pass first, ``MediaFailed`` is
emitted (the call page offers: try again, continue with audio only, leave); when media comes back
after that, ``MediaRestored``. ``restart()`` ("try again") hides the choice and starts the clock
again. The repair itself goes on in ``LinkRepair`` all along; nothing here ends the call.
"""

from __future__ import annotations

import asyncio
import logging

from app.core.call_state import CallState
from app.session.events import EventSink, MediaFailed, MediaRestored
from app.session.tasks import TaskOwner

log = logging.getLogger(__name__)

_WAITING = (CallState.CONNECTING, CallState.RECONNECTING)


class RecoveryDeadline:
    """Emits ``MediaFailed`` when media stays away ``seconds``, ``MediaRestored`` when it returns."""

    def __init__(self, seconds: float, on_event: EventSink, tasks: TaskOwner) -> None:
        self._seconds = seconds
        self._on_event = on_event
        self._tasks = tasks
        self._timer: asyncio.Task[None] | None = None
        self.failed = False  # the choice is showing

    def entered(self, state: CallState) -> None:
        if state in _WAITING:
            if self._timer is None:
                self._start()
            return
        self._stop()
        if self.failed:
            self.failed = False
            if state is CallState.IN_CALL:
                self._on_event(MediaRestored())

    def restart(self) -> None:
        """The user asked to try again: no choice showing, a full ``seconds`` before the next one."""
        self._stop()
        if self.failed:
            self.failed = False
            self._on_event(MediaRestored())
        self._start()

    def _start(self) -> None:
        if not self._tasks.closed:
            self._timer = self._tasks.spawn(self._expire(), "media_deadline")

    def _stop(self) -> None:
        timer, self._timer = self._timer, None
        if timer is not None and timer is not asyncio.current_task():
            timer.cancel()

    async def _expire(self) -> None:
        await asyncio.sleep(self._seconds)
        self._timer = None
        log.info("media not back in %.0f s; offering the user a choice", self._seconds)
        self.failed = True
        self._on_event(MediaFailed())

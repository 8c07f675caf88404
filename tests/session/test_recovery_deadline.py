"""``RecoveryDeadline``: connecting or reconnecting too long gives the user a choice (``MediaFailed``);
media back takes it away (``MediaRestored``); "try again" waits the full time again; a call that gets
its media in time never shows it."""

from __future__ import annotations

import asyncio

from app.core.call_state import CallState
from app.session.events import MediaFailed, MediaRestored, SessionEvent
from app.session.recovery_deadline import RecoveryDeadline
from app.session.tasks import TaskOwner


async def test_connecting_that_never_connects_offers_the_choice_and_media_takes_it_away() -> None:
    events: list[SessionEvent] = []
    tasks = TaskOwner("test")
    deadline = RecoveryDeadline(0.2, events.append, tasks)
    try:
        deadline.entered(CallState.CONNECTING)  # admitted, but no media yet: CONNECTING has a limit too
        await asyncio.sleep(0.35)
        assert events == [MediaFailed()] and deadline.failed
        deadline.restart()  # "try again"
        assert events == [MediaFailed(), MediaRestored()] and not deadline.failed
        await asyncio.sleep(0.1)
        assert len(events) == 2  # the full time again, not the rest of the old one
        await asyncio.sleep(0.2)
        assert events[-1] == MediaFailed()
        deadline.entered(CallState.IN_CALL)
        assert events[-1] == MediaRestored() and not deadline.failed
    finally:
        await tasks.close()


async def test_media_back_in_time_shows_nothing_and_ending_stops_the_clock() -> None:
    events: list[SessionEvent] = []
    tasks = TaskOwner("test")
    deadline = RecoveryDeadline(0.2, events.append, tasks)
    try:
        deadline.entered(CallState.RECONNECTING)
        await asyncio.sleep(0.1)
        deadline.entered(CallState.IN_CALL)
        deadline.entered(CallState.RECONNECTING)
        await asyncio.sleep(0.1)
        deadline.entered(CallState.ENDED)
        await asyncio.sleep(0.3)
        assert events == []
    finally:
        await tasks.close()

"""Ending this user's part in a call: why, what the UI is told, and closing the call's media.

``ended`` records why (``end_reason``), forgets the call's people, room state and presentation (a
camera turned on to present goes off again), tells ``CallEnded`` and closes the call in a task the
consultation owns (leaving the room first where asked). ``sent_to_lobby`` does the same without
ending anything: the knock and the room stay. ``hang_up`` leaves and closes now. The closing
(``teardown``) closes the call's links, clears the large picture and, once there is no call, releases
the camera and microphone between calls; ``close()`` on the call finishes it if the task is cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.call_state import CallEvent
from app.media.frame_slot import FrameSlot
from app.media.heap import release_freed_memory
from app.session.call_keeper import CallKeeper
from app.session.call_lifecycle import CallLifecycle
from app.session.call_members import CallMembers
from app.session.events import CallEnded, EndReason, EventSink
from app.session.moderation import RoomModeration
from app.session.moderation_events import HostAction, HostActionApplied, SentBackToLobby
from app.session.own_media import OwnMedia
from app.session.presenting import Presenter
from app.session.service_link import ServiceLink
from app.session.tasks import TaskOwner

if TYPE_CHECKING:
    from app.session.call_keeper import Call


class CallEnding:
    """Ends calls and sends this user back to the lobby, in the order the UI relies on."""

    def __init__(
        self,
        lifecycle: CallLifecycle,
        calls: CallKeeper,
        members: CallMembers,
        moderation: RoomModeration,
        presenter: Presenter,
        media: OwnMedia,
        link: ServiceLink,
        remote_video: FrameSlot,
        on_event: EventSink,
        tasks: TaskOwner,
        *,
        room_id: Callable[[], str | None],
    ) -> None:
        self._lifecycle = lifecycle
        self._calls = calls
        self._members = members
        self._moderation = moderation
        self._presenter = presenter
        self._media = media
        self._link = link
        self._remote_video = remote_video
        self._on_event = on_event
        self._tasks = tasks
        self._room_id = room_id
        self.end_reason: EndReason | None = None

    def mark(self, reason: EndReason) -> None:
        """Record why and tell the UI (the lifecycle has already moved to ``ended``)."""
        self.end_reason = reason
        self._presenter.reset()
        self._media.restore_camera()
        self._members.clear()
        self._moderation.reset()
        self._on_event(CallEnded(reason))

    def ended(self, reason: EndReason, *, leave: bool = False) -> None:
        """Record why, tell the UI, and tear the media down in an owned task."""
        self.mark(reason)
        self._tasks.spawn(self.teardown(self._calls.retire(), leave), "teardown")

    def sent_to_lobby(self) -> None:
        """Back to the lobby without knocking again: close every link, keep the room and the knock."""
        if not self._lifecycle.fire(CallEvent.SENT_TO_LOBBY):
            return
        self._members.clear()
        self._moderation.reset()
        self._presenter.reset()
        self._media.restore_camera()
        self._members.tell()
        self._on_event(HostActionApplied(HostAction.SENT_TO_LOBBY))
        self._on_event(SentBackToLobby())
        self._tasks.spawn(self.teardown(self._calls.retire(), False), "teardown")

    async def hang_up(self) -> None:
        """Leave the lobby or the call; the consultation ends for this user."""
        if self._lifecycle.over:
            return
        await self._link.leave(self._room_id())
        if self._lifecycle.fire(CallEvent.HANG_UP):
            self.mark(EndReason.HUNG_UP)
        await self.teardown(self._calls.retire(), leave=False)

    async def teardown(self, call: Call | None, leave: bool) -> None:
        """Close an ended call; ``close()`` finishes the job if this task is cancelled first."""
        if leave:
            await self._link.leave(self._room_id())
        if call is not None:
            await self._calls.close_retired(call)
        self._remote_video.clear()
        if self._lifecycle.over and self._calls.current is None:
            await self._media.release()
        if call is not None:
            release_freed_memory()  # the call's threads freed tens of MB that glibc would keep

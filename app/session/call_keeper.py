"""The consultation's current call, whichever route its media takes, and the ended calls still closing.

``admitted`` makes the call on the route the service chose (``make``: ``call_factory.CallFactory``)
unless there is one, and hands it the admission. News for the call is passed on: peer signals and
leaves to any call; the media server's news, the room's changes and the view (how many pictures the
layout has room for, who is pinned) only to a media-server call, which receives just those pictures
(the last-N rule). A mesh call's links are rebuilt when this computer's network changes (``watch``
runs while it lasts; ``reconnect`` reconnects the signaling at once). ``retire`` takes the call out
of service; it stays in ``retiring`` until ``close_retired``. ``close()`` closes them all.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, cast

from app.core.protocol import Admitted, SignalPayload
from app.core.protocol.sfu import SfuFeeds, SfuMoved, SfuTalking
from app.core.room_types import MediaRoute
from app.session.tasks import TaskOwner

if TYPE_CHECKING:  # aiortc loads with the first call
    from app.session.call import CallSession, LinkState
    from app.session.sfu_call import SfuCallSession

    Call = CallSession | SfuCallSession

Make = Callable[[MediaRoute, Callable[["LinkState"], None]], "Call"]
Watch = Callable[[Callable[[], None]], Coroutine[Any, Any, None]]  # (on_change) -> runs until cancelled
LinkNews = Callable[["LinkState", bool], None]  # (the change, whether any link is still down)

# Routes whose links this client rebuilds when the network changes (the media server's are remade
# when the service says it moved, or when one fails).
WATCHED = frozenset({MediaRoute.P2P})
DEFAULT_VIEW: tuple[int, str | None] = (9, None)


class CallKeeper:
    """Holds the call of the moment and passes it the news meant for it."""

    def __init__(
        self,
        make: Make,
        tasks: TaskOwner,
        on_link: LinkNews,
        *,
        watch: Watch | None = None,
        reconnect: Callable[[], None] = lambda: None,
    ) -> None:
        self._make = make
        self._tasks = tasks
        self._on_link = on_link
        self._watch = watch
        self._reconnect = reconnect
        self.current: Call | None = None
        self._current_route = MediaRoute.P2P
        # How the last admitted call's media travels (kept after it ends, for the UI's layout).
        self.route = MediaRoute.P2P
        self.retiring: list[Call] = []  # ended calls whose links are still closing
        self._view = DEFAULT_VIEW
        self._watching: Any = None  # the network watch task while a mesh call lasts

    @property
    def _sfu(self) -> SfuCallSession | None:
        return cast("SfuCallSession", self.current) if self._current_route is MediaRoute.SFU else None

    def admitted(self, message: Admitted) -> None:
        self.route = message.media
        self.ensure(message.media).admitted(message)

    def ensure(self, route: MediaRoute) -> Call:
        """The current call, made on ``route`` if there is none."""
        if self.current is None:
            self.current = self._make(route, self.link_changed)
            self._current_route = route
            sfu = self._sfu
            if sfu is not None:
                sfu.set_view(*self._view)
            if route in WATCHED and self._watch is not None:
                self._watching = self._tasks.spawn(self._watch(self.network_changed), "network")
        return self.current

    def set_view(self, shown: int, pinned: str | None = None) -> None:
        """How many pictures the layout and window have room for, and who is pinned."""
        self._view = (shown, pinned)
        sfu = self._sfu
        if sfu is not None:
            sfu.set_view(shown, pinned)

    def media_news(self, message: SfuFeeds | SfuTalking | SfuMoved) -> None:
        sfu = self._sfu
        if sfu is not None:
            sfu.handle(message)

    def room_changed(self) -> None:
        sfu = self._sfu
        if sfu is not None:
            sfu.room_changed()

    def signal(self, sender: str, payload: SignalPayload) -> None:
        if self.current is not None:
            self.current.signal(sender, payload)  # the media-server call ignores peer signals

    def participant_left(self, participant_id: str) -> None:
        if self.current is not None:
            self.current.participant_left(participant_id)

    def reconnected(self) -> None:
        """The service is back: a link repair waiting for it tries at once."""
        if self.current is not None:
            self.current.reconnected()

    def network_changed(self) -> None:
        """A new network under the call: reconnect to the service and rebuild the links now."""
        self._reconnect()
        if self.current is not None:
            self.current.network_changed()

    def link_changed(self, change: LinkState) -> None:
        call = self.current
        if call is not None:
            self._on_link(change, bool(call.media_down))

    def retire(self) -> Call | None:
        """Take the current call out of service; it stays listed until its links are closed."""
        call, self.current = self.current, None
        watch, self._watching = self._watching, None
        if watch is not None:
            watch.cancel()
        if call is not None:
            self.retiring.append(call)
        return call

    async def close_retired(self, call: Call) -> None:
        await call.close()
        self.retiring.remove(call)

    async def close(self) -> None:
        """Close the current call and every retiring one; safe to call more than once."""
        calls = [*self.retiring, *([self.current] if self.current is not None else [])]
        self.current = None
        self.retiring.clear()
        for call in calls:
            await call.close()

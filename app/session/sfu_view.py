"""What a media-server call receives: the last-N choice (``app.core.last_n``) kept up to date.

``SfuView`` holds the inputs — the feeds the service lists, who talked when, the hosts and presenter
(read from the room state when asked), the pinned participant and N — and ``update()`` says which
subscriptions to add and drop, and whether the large picture (the focus) changed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from app.core import last_n

RoomPeople = Callable[[], tuple[set[str], str | None]]  # () -> (hosts, presenter), never oneself


class SfuView:
    def __init__(self, room: RoomPeople, clock: Callable[[], float] = time.monotonic) -> None:
        self._room = room
        self._clock = clock
        self.feeds: list[str] = []
        self.history = last_n.SpeakerHistory()
        self.n = last_n.MAX_SHOWN
        self.pinned: str | None = None
        self.shown: list[str] = []
        self.focus: str | None = None

    def set_feeds(self, feeds: Iterable[str]) -> None:
        self.feeds = list(feeds)

    def talking(self, participant_id: str, talking: bool) -> None:
        self.history.heard(participant_id, talking, self._clock())

    def set_view(self, n: int, pinned: str | None) -> None:
        self.n, self.pinned = max(1, n), pinned

    def forget(self, participant_id: str) -> None:
        """They left the room."""
        self.history.forget(participant_id)
        self.feeds = [pid for pid in self.feeds if pid != participant_id]

    def update(self) -> tuple[list[str], list[str], bool]:
        """Choose again: (to subscribe, to unsubscribe, whether the focus changed)."""
        hosts, presenter = self._room()
        chosen = last_n.choose(
            self.feeds, self.history, self.n, hosts=hosts, presenter=presenter, pinned=self.pinned
        )
        added, removed = last_n.changes(self.shown, chosen)
        self.shown = chosen
        # The large picture: the presenter, the pinned, the active speaker, the most recent one shown.
        first = [presenter, self.pinned, self.history.active(), *self.history.recent(), *chosen]
        focus = next((pid for pid in first if pid in chosen), None)
        changed, self.focus = focus != self.focus, focus
        return added, removed, changed


__all__ = ["SfuView"]

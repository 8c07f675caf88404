"""A stand-in for a consultation's call (mesh or media server): records what it was asked, in order."""

from __future__ import annotations

from typing import Any

from app.core.room_types import MediaRoute


class FakeCall:
    """Answers to the face ``CallKeeper`` uses; ``asked`` is the whole sequence of calls made to it."""

    def __init__(self, route: MediaRoute = MediaRoute.P2P) -> None:
        self.route = route
        self.asked: list[tuple[Any, ...]] = []
        self.media_down: set[str] = set()
        self.closed = 0

    def admitted(self, message: Any) -> None:
        self.asked.append(("admitted", message.participant_id))

    def signal(self, sender: str, payload: Any) -> None:
        self.asked.append(("signal", sender, payload.kind))

    def participant_left(self, participant_id: str) -> None:
        self.asked.append(("participant_left", participant_id))

    def reconnected(self) -> None:
        self.asked.append(("reconnected",))

    def network_changed(self) -> None:
        self.asked.append(("network_changed",))

    def retry(self) -> None:
        self.asked.append(("retry",))

    def continue_audio_only(self) -> None:
        self.asked.append(("continue_audio_only",))

    # the media-server call's own news
    def set_view(self, shown: int, pinned: str | None) -> None:
        self.asked.append(("set_view", shown, pinned))

    def handle(self, message: Any) -> None:
        self.asked.append(("handle", message.TYPE))

    def room_changed(self) -> None:
        self.asked.append(("room_changed",))

    async def close(self) -> None:
        self.closed += 1


class FakeCalls:
    """A ``CallKeeper``'s ``make``: hands out a new ``FakeCall`` per call made, on the route asked."""

    def __init__(self) -> None:
        self.made: list[FakeCall] = []
        self.link_news: list[Any] = []  # the on_link_state callbacks given

    def __call__(self, route: MediaRoute, on_link_state: Any) -> Any:
        call = FakeCall(route)
        self.made.append(call)
        self.link_news.append(on_link_state)
        return call

"""CallKeeper: one call at a time on the route admitted chose, news passed to the call it is for."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from app.core.protocol import Admitted, SignalPayload
from app.core.protocol.sfu import SfuFeed, SfuFeeds, SfuMoved
from app.core.room_types import MediaRoute
from app.session.call import LinkState
from app.session.call_keeper import CallKeeper
from app.session.tasks import TaskOwner
from tests.session.fake_call import FakeCalls

ROOM = "room-1"


class Watches:
    """A network watch that records when it runs and hands out its ``on_change``."""

    def __init__(self) -> None:
        self.running = 0
        self.on_change: Callable[[], None] | None = None

    async def __call__(self, on_change: Callable[[], None]) -> None:
        self.on_change = on_change
        self.running += 1
        try:
            await asyncio.Event().wait()
        finally:
            self.running -= 1


def made() -> tuple[CallKeeper, FakeCalls, Watches, list[Any], TaskOwner]:
    calls, watches, told, tasks = FakeCalls(), Watches(), [], TaskOwner("test")
    keeper = CallKeeper(
        calls,
        tasks,
        lambda change, down: told.append((change.state, down)),
        watch=watches,
        reconnect=lambda: told.append("reconnect"),
    )
    return keeper, calls, watches, told, tasks


async def test_a_mesh_call_is_made_once_and_watches_the_network_while_it_lasts() -> None:
    keeper, calls, watches, told, tasks = made()
    keeper.admitted(Admitted(ROOM, "p-1", [], []))
    keeper.admitted(Admitted(ROOM, "p-1", [], []))  # the next patient joins the same call
    await asyncio.sleep(0)
    assert len(calls.made) == 1 and keeper.current is calls.made[0]
    assert calls.made[0].asked == [("admitted", "p-1"), ("admitted", "p-1")]
    assert watches.running == 1 and watches.on_change is not None
    watches.on_change()
    assert told == ["reconnect"] and calls.made[0].asked[-1] == ("network_changed",)
    assert keeper.retire() is calls.made[0]
    await asyncio.sleep(0)
    assert watches.running == 0 and keeper.current is None and keeper.retiring == calls.made
    await tasks.close()


async def test_a_media_server_call_gets_the_view_and_its_news_and_no_network_watch() -> None:
    keeper, calls, watches, _told, tasks = made()
    keeper.set_view(4, "p-7")  # before the call: remembered
    keeper.admitted(Admitted(ROOM, "c-1", [], [], MediaRoute.SFU))
    keeper.media_news(SfuFeeds(ROOM, [SfuFeed("p-7")]))
    keeper.room_changed()
    keeper.set_view(2)
    keeper.media_news(SfuMoved(ROOM))
    await asyncio.sleep(0)
    (call,) = calls.made
    assert call.route is MediaRoute.SFU and keeper.route is MediaRoute.SFU
    assert call.asked == [
        ("set_view", 4, "p-7"),
        ("admitted", "c-1"),
        ("handle", "sfu_feeds"),
        ("room_changed",),
        ("set_view", 2, None),
        ("handle", "sfu_moved"),
    ]
    assert watches.running == 0
    await tasks.close()


async def test_media_server_news_does_not_reach_a_mesh_call_but_peer_news_reaches_any() -> None:
    keeper, calls, _watches, _told, tasks = made()
    keeper.media_news(SfuMoved(ROOM))  # no call: nothing to tell
    keeper.signal("p-2", SignalPayload(kind="offer", sdp="v=0"))
    keeper.ensure(MediaRoute.P2P)
    keeper.media_news(SfuMoved(ROOM))
    keeper.room_changed()
    keeper.set_view(3)
    keeper.signal("p-2", SignalPayload(kind="offer", sdp="v=0"))
    keeper.participant_left("p-2")
    keeper.reconnected()
    assert calls.made[0].asked == [("signal", "p-2", "offer"), ("participant_left", "p-2"), ("reconnected",)]
    await tasks.close()


async def test_link_news_is_judged_with_the_current_calls_links_and_dropped_without_a_call() -> None:
    keeper, calls, _watches, told, tasks = made()
    keeper.ensure(MediaRoute.P2P)
    news = calls.link_news[0]
    calls.made[0].media_down = {"p-3"}
    news(LinkState("p-2", "connected"))
    calls.made[0].media_down = set()
    news(LinkState("p-3", "flowing"))
    keeper.retire()
    news(LinkState("p-3", "closed"))  # the retired call's links closing: no call to judge
    assert told == [("connected", True), ("flowing", False)]
    await tasks.close()


async def test_close_closes_every_call_once_including_those_still_retiring() -> None:
    keeper, calls, _watches, _told, tasks = made()
    keeper.ensure(MediaRoute.P2P)
    first = keeper.retire()
    keeper.ensure(MediaRoute.SFU)
    second = keeper.current
    assert first is not None and second is not None
    await keeper.close()
    await keeper.close()
    assert [c.closed for c in calls.made] == [1, 1]
    assert keeper.current is None and keeper.retiring == []
    await tasks.close()


async def test_a_retired_call_is_listed_until_it_is_closed() -> None:
    keeper, calls, _watches, _told, tasks = made()
    keeper.ensure(MediaRoute.P2P)
    call = keeper.retire()
    assert call is not None and keeper.retiring == [call]
    await keeper.close_retired(call)
    assert keeper.retiring == [] and calls.made[0].closed == 1
    await tasks.close()

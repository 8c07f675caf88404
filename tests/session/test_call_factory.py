"""CallFactory: the route admitted chose decides what call is made and where its negotiation goes —
peer signals to the other participant, or media-server requests for the room (real aiortc, loopback)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from app.core.call_quality import OWN_LINK_ID, Grade, LinkQuality, Measured
from app.core.link_quality import Level
from app.core.protocol import Admitted, Participant, Role, SfuPublish, SignalPayload
from app.core.room_types import MediaRoute
from app.media.frame_slot import FrameSlot
from app.media.host_addresses import ice_host_addresses
from app.media.sources import synthetic_factory
from app.session.call_factory import CallFactory
from app.session.config import SessionConfig
from app.session.events import CallQualityChanged
from app.session.moderation import RoomModeration
from app.session.own_media import OwnMedia
from app.session.tasks import TaskOwner
from tests.session.fake_service import FakeSignaling
from tests.session.fake_sfu import FakeSfuSignaling
from tests.support.recorder import EventRecorder

ROOM, ME = "room-1", "c-1"
PATIENT = Participant("p-1", "Ann", Role.PATIENT)


@pytest.fixture(autouse=True)
def loopback_only() -> Iterator[None]:
    """Media stays on this machine; the process-wide restriction is lifted again afterwards."""
    with ice_host_addresses(["127.0.0.1"]):
        yield


class Rig:
    def __init__(self) -> None:
        self.events = EventRecorder()
        self.tasks = TaskOwner("test")
        self.sfu = FakeSfuSignaling()
        self.signals: list[tuple[str, str]] = []
        self.sent = asyncio.Event()
        moderation = RoomModeration(
            FakeSignaling().request, self.events, lambda a, v: None, lambda: ROOM, lambda: ME
        )
        self.media = OwnMedia(
            synthetic_factory((320, 240)),
            FrameSlot(),
            self.events,
            moderation,
            self.tasks,
            may_report=lambda: False,
            kept=False,
        )
        self.factory = CallFactory(
            SessionConfig("http://127.0.0.1:9"),
            self.media,
            FrameSlot(),
            self.events,
            send_signal=self.send_signal,
            request=self.sfu.request,
            room_id=lambda: ROOM,
            audio_gate=moderation.audio_allowed,
            hosts_and_presenter=lambda: (set(), None),
            may_speak=lambda: True,
        )
        self.link_news: list[Any] = []

    async def send_signal(self, to: str, payload: SignalPayload) -> bool:
        self.signals.append((to, payload.kind))
        self.sent.set()
        return True

    async def close(self, call: Any) -> None:
        await call.close()
        await self.sfu.close()
        await self.tasks.close()
        await self.media.close()


async def test_a_peer_to_peer_call_opens_media_and_offers_to_the_others_through_peer_signals() -> None:
    rig = Rig()
    call = rig.factory(MediaRoute.P2P, rig.link_news.append)
    assert rig.media.active  # opened first
    call.admitted(Admitted(ROOM, ME, [], [PATIENT]))
    async with asyncio.timeout(15):
        await rig.sent.wait()
    assert rig.signals == [("p-1", "offer")]
    assert rig.sfu.sent == []  # nothing asked of a media server
    await rig.close(call)


async def test_a_media_server_call_publishes_for_the_room_and_signals_nobody() -> None:
    rig = Rig()
    call = rig.factory(MediaRoute.SFU, rig.link_news.append)
    assert rig.media.active
    call.admitted(Admitted(ROOM, ME, [], [PATIENT], MediaRoute.SFU))
    async with asyncio.timeout(15):
        while len(rig.sfu.types(SfuPublish)) < 2:
            await asyncio.sleep(0.02)
    published = rig.sfu.types(SfuPublish)
    assert sorted((m.room_id, m.kind) for m in published) == [(ROOM, "audio"), (ROOM, "video")]  # type: ignore[attr-defined]
    assert rig.signals == []
    await rig.close(call)


async def test_a_media_server_calls_grades_reach_the_user_as_events() -> None:
    rig = Rig()
    call = rig.factory(MediaRoute.SFU, rig.link_news.append)
    own = LinkQuality(OWN_LINK_ID, Grade.WEAK, Level.REDUCED, False, Measured.OWN_LINK)
    call.monitor._on_quality(own)  # what the monitor does when our own link's grade changes
    assert [e.quality for e in rig.events.of(CallQualityChanged)] == [own]
    await rig.close(call)

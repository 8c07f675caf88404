"""A call whose media link dies, against the real service: "Reconnecting…", a choice, and recovery
without knocking again.

Issue 12, finding 2. The patient's signaling goes through a loopback proxy that goes offline (the
service keeps the call for the reconnect grace) and both peer connections stop hearing anything
(``tests/support/link_cut``), so no rebuild can get through while the outage lasts. The clinician
sees "Reconnecting…" (``reconnecting``) within 2 s, the choice (``MediaFailed``) after the
deployment's time, "try again" restarts the clock; when the patient's network is back, media returns
with new peer connections, the choice goes away, and nobody knocked again.
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import pytest

from app.core.call_state import CallState
from app.core.protocol import PrecallSummary
from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources
from app.session.config import MediaRecovery
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.events import CallStateChanged, MediaFailed, MediaRestored, QueueChanged
from tests.support.link_cut import Cut
from tests.support.recorder import EventRecorder, eventually
from tests.support.service import ServiceProcess
from tests.support.tcp_proxy import TcpProxy

pytestmark = pytest.mark.e2e

RECOVERY = MediaRecovery(give_up_s=3.0)


def _sources(preview: FrameSlot) -> MediaSources:
    return MediaSources.synthetic(size=(320, 240), fps=10, preview=preview)


def _frames(person: PatientConsultation | ClinicianConsultation, kind: str) -> int:
    call = person.call
    if call is None or not call.links:
        return 0
    drain = call.drain(next(iter(call.links)), kind)
    return drain.frames if drain is not None else 0


async def test_a_dead_link_says_reconnecting_offers_a_choice_and_comes_back_without_knocking() -> None:
    service = await asyncio.to_thread(ServiceProcess().start)
    target = urlsplit(service.url)
    assert target.hostname is not None and target.port is not None
    proxy = await TcpProxy(target.hostname, target.port).start()
    doc_events, ann_events = EventRecorder(), EventRecorder()
    direct = SessionConfig(service.url, loopback_only=True, recovery=RECOVERY)
    proxied = SessionConfig(f"http://127.0.0.1:{proxy.port}", loopback_only=True, recovery=RECOVERY)
    doc = ClinicianConsultation(direct, doc_events, sources_factory=_sources)
    ann = PatientConsultation(proxied, ann_events, sources_factory=_sources)
    loop = asyncio.get_running_loop()
    try:
        await doc.login_test("Dr. Berg")
        room = await doc.create_room("Link outage")
        await ann.login_test("Ann")
        await ann.open_room(room.code)
        await ann.knock(PrecallSummary())
        queued = await doc_events.wait_for(QueueChanged, lambda e: len(e.entries) == 1)
        await doc.admit(queued.entries[0].participant_id)
        await eventually(lambda: doc.state is CallState.IN_CALL and ann.state is CallState.IN_CALL, 20)
        await eventually(lambda: _frames(doc, "video") > 5 and _frames(ann, "video") > 5, what="media")
        assert doc.call is not None and ann.call is not None
        old_links = [*doc.call.links.values(), *ann.call.links.values()]

        # The patient's network goes: signaling and media both.
        cut = Cut(*old_links)
        cut.on = True
        proxy.offline = True
        proxy.cut()
        went = loop.time()
        await doc_events.wait_for(CallStateChanged, lambda e: e.new is CallState.RECONNECTING, timeout=3)
        assert loop.time() - went < 2.0  # "Reconnecting…" within 2 s of the media stopping
        assert doc.remote_video.peek() is None  # no frozen picture: the last frame is taken down

        await doc_events.wait_for(MediaFailed, timeout=RECOVERY.give_up_s + 3)
        assert doc.media_failed and doc.state is CallState.RECONNECTING  # a choice, not an ended call
        doc.retry_media()  # "try again": the choice goes, the clock starts over
        assert not doc.media_failed
        await doc_events.wait_for(MediaRestored, timeout=1)
        await eventually(
            lambda: len(doc_events.of(MediaFailed)) == 2, RECOVERY.give_up_s + 3, "the choice again"
        )

        proxy.offline = False  # the network is back
        back = loop.time()
        await eventually(
            lambda: doc.state is CallState.IN_CALL and ann.state is CallState.IN_CALL, 15, "in call"
        )
        before = (_frames(doc, "audio"), _frames(ann, "audio"))
        await eventually(
            lambda: _frames(doc, "audio") > before[0] + 10 and _frames(ann, "audio") > before[1] + 10,
            10,
            "audio",
        )
        restored = loop.time() - back
        assert len(doc_events.of(MediaRestored)) == 2 and not doc.media_failed
        assert all(link.pc.connectionState == "closed" for link in old_links)  # new peer connections
        assert CallState.WAITING not in ann.history[ann.history.index(CallState.IN_CALL) :]  # no knock
        assert restored < 3.0, f"media both ways {restored:.1f} s after the network came back"
    finally:
        await ann.close()
        await doc.close()
        await proxy.close()
        await asyncio.to_thread(service.close)

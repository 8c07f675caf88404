"""Outages against the real service: a chat line written while the service is away is kept, shown
as not sent, and sent when it is back; a service process that stops is noticed at once.

For the chat, the patient's traffic goes through a loopback proxy that goes offline for a moment
(shorter than the service's reconnect grace, so the call goes on); the clinician is connected directly.
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import pytest

from app.core.call_state import CallState
from app.core.protocol import PrecallSummary
from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.events import QueueChanged, ServiceConnectionChanged
from app.session.moderation_events import ChatReceived, ChatUnsentChanged
from tests.support.recorder import EventRecorder, eventually
from tests.support.service import ServiceProcess
from tests.support.tcp_proxy import TcpProxy

pytestmark = pytest.mark.e2e


def _sources(preview: FrameSlot) -> MediaSources:
    return MediaSources.synthetic(size=(320, 240), fps=5, preview=preview)


async def test_a_line_written_during_an_outage_is_sent_when_the_service_is_back() -> None:
    service = await asyncio.to_thread(ServiceProcess().start)
    target = urlsplit(service.url)
    assert target.hostname is not None and target.port is not None
    proxy = await TcpProxy(target.hostname, target.port).start()
    doc_events, ann_events = EventRecorder(), EventRecorder()
    direct = SessionConfig(service.url, loopback_only=True)
    proxied = SessionConfig(f"http://127.0.0.1:{proxy.port}", loopback_only=True)
    doc = ClinicianConsultation(direct, doc_events, sources_factory=_sources)
    ann = PatientConsultation(proxied, ann_events, sources_factory=_sources)
    try:
        await doc.login_test("Dr. Berg")
        room = await doc.create_room("Chat outage")
        await ann.login_test("Ann")
        await ann.open_room(room.code)
        await ann.knock(PrecallSummary())
        queued = await doc_events.wait_for(QueueChanged, lambda e: len(e.entries) == 1)
        await doc.admit(queued.entries[0].participant_id)
        await eventually(lambda: ann.state is CallState.IN_CALL, what="patient in the call", timeout=20)

        proxy.offline = True
        proxy.cut()
        await ann_events.wait_for(ServiceConnectionChanged, lambda e: not e.connected, timeout=5)
        await ann.moderation.chat_send("Are you still there?")  # kept, not an error
        unsent = await ann_events.wait_for(ChatUnsentChanged, timeout=1)
        assert unsent.lines == ["Are you still there?"]
        assert ann.moderation.unsent == ["Are you still there?"]
        assert not doc_events.of(ChatReceived)

        proxy.offline = False
        line = await doc_events.wait_for(ChatReceived, timeout=15)
        assert (line.name, line.text) == ("Ann", "Are you still there?")
        await eventually(lambda: ann.moderation.unsent == [], what="nothing left unsent")
        assert [e.lines for e in ann_events.of(ChatUnsentChanged)] == [["Are you still there?"], []]
        own = await ann_events.wait_for(ChatReceived, timeout=5)
        assert own.own and own.text == "Are you still there?"
    finally:
        await ann.close()
        await doc.close()
        await proxy.close()
        await asyncio.to_thread(service.close)


async def test_a_service_that_stops_is_noticed_at_once_by_a_waiting_patient() -> None:
    """The real service process stops (a deploy, a crash): the waiting patient knows within a second."""
    service = await asyncio.to_thread(ServiceProcess().start)
    doc_events, ann_events = EventRecorder(), EventRecorder()
    config = SessionConfig(service.url, loopback_only=True)
    doc = ClinicianConsultation(config, doc_events, sources_factory=_sources)
    ann = PatientConsultation(config, ann_events, sources_factory=_sources)
    try:
        await doc.login_test("Dr. Berg")
        room = await doc.create_room("Service stops")
        await ann.login_test("Ann")
        await ann.open_room(room.code)
        await ann.knock(PrecallSummary())
        await doc_events.wait_for(QueueChanged, lambda e: len(e.entries) == 1)
        loop = asyncio.get_running_loop()
        stopping = loop.time()
        stop = asyncio.create_task(asyncio.to_thread(service.stop))
        await ann_events.wait_for(ServiceConnectionChanged, lambda e: not e.connected, timeout=10)
        assert loop.time() - stopping < 2.0
        await stop
        assert ann.state is CallState.WAITING  # still waiting, told that the service is away
    finally:
        await ann.close()
        await doc.close()
        await asyncio.to_thread(service.close)

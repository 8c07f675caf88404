"""A whole consultation over two service instances (issue 13, decision 0016): the patient's app
talks to instance A, the clinician's to instance B, on one PostgreSQL database and one Redis.
Real apps (``app.session``) with real aiortc media over loopback: the knock reaches the clinician,
the admission and the offer/answer/candidates cross the instances, media flows both ways, and the
clinician's mute and kick reach the patient."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from app.core.call_state import CallState
from app.core.protocol import PrecallSummary
from app.core.protocol.moderation import MediaControl
from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources
from app.session.consultation import ClinicianConsultation, Consultation, PatientConsultation, SessionConfig
from app.session.events import CallEnded, EndReason, QueueChanged, ServiceConnectionChanged, SessionFailed
from app.session.moderation_events import HostAction, HostActionApplied
from tests.support.balancer import Balancer
from tests.support.deployment import needs_postgres_and_redis, two_instances
from tests.support.postgres import PostgresCluster
from tests.support.recorder import EventRecorder, eventually
from tests.support.service import ServiceProcess

pytestmark = [
    pytest.mark.e2e,
    needs_postgres_and_redis,
]


@dataclass
class Party:
    session: Any
    events: EventRecorder
    played: list[int]


def _party(cls: type[Consultation], url: str, tone: float) -> Party:
    events = EventRecorder()
    played = [0]

    def sources(preview: FrameSlot) -> MediaSources:
        made = MediaSources.synthetic(size=(320, 240), fps=15, tone_hz=tone, preview=preview)
        made.play_remote_audio = lambda _pid, _frame: played.__setitem__(0, played[0] + 1)
        return made

    config = SessionConfig(url, loopback_only=True)
    return Party(cls(config, events, sources_factory=sources), events, played)


async def _played_during(party: Party, seconds: float) -> int:
    before = party.played[0]
    await asyncio.sleep(seconds)
    return party.played[0] - before


@pytest.fixture
async def instances(postgres: PostgresCluster) -> AsyncIterator[tuple[ServiceProcess, ServiceProcess]]:
    async with two_instances(postgres) as deployment:
        yield deployment.instances


async def test_patient_on_a_clinician_on_b_a_whole_consultation_with_media(
    instances: tuple[ServiceProcess, ServiceProcess],
) -> None:
    a, b = instances
    doc = _party(ClinicianConsultation, b.url, 660)
    ann = _party(PatientConsultation, a.url, 440)
    try:
        await doc.session.login_test("Dr. Bee")
        room = await doc.session.create_room("Two instances")
        await ann.session.login_test("Ann Aa")
        await ann.session.open_room(room.code)
        await ann.session.knock(PrecallSummary())
        queued = await doc.events.wait_for(QueueChanged, lambda e: len(e.entries) == 1, timeout=10)
        assert queued.entries[0].name == "Ann Aa"
        await doc.session.admit(queued.entries[0].participant_id)
        await eventually(lambda: ann.session.state is CallState.IN_CALL, what="Ann in the call", timeout=20)
        await eventually(lambda: doc.played[0] > 30, what="the clinician on B hears Ann on A", timeout=20)
        await eventually(lambda: ann.played[0] > 30, what="Ann on A hears the clinician on B", timeout=20)
        ann_pid = ann.session.participant_id
        await eventually(
            lambda: (
                doc.session.call is not None
                and (d := doc.session.call.drain(ann_pid, "video")) is not None
                and d.frames > 10
            ),
            what="Ann's video at the clinician",
            timeout=20,
        )

        await doc.session.moderation.moderate(ann_pid, audio=MediaControl.MUTE)
        await ann.events.wait_for(HostActionApplied, lambda e: e.action is HostAction.MUTED, timeout=10)

        await doc.session.moderation.kick(ann_pid, ban=True)
        ended = await ann.events.wait_for(CallEnded, timeout=10)
        assert ended.reason is EndReason.KICKED
        assert doc.session.state is CallState.IN_CALL
        for party in (doc, ann):
            assert not party.events.of(SessionFailed)
    finally:
        for party in (ann, doc):
            await party.session.close()


def _connected(party: Party) -> bool:
    changes = party.events.of(ServiceConnectionChanged)
    return not changes or changes[-1].connected


async def _restart(process: ServiceProcess) -> None:
    """Stop (SIGTERM) and start again on the same port; return once it is ready again."""
    await asyncio.to_thread(process.restart)
    async with httpx.AsyncClient() as http:
        ready = await http.get(f"{process.url}/v1/ready", timeout=10)
    assert ready.status_code == 200, ready.text


async def test_a_rolling_restart_behind_a_proxy_ends_no_consultation(
    instances: tuple[ServiceProcess, ServiceProcess],
) -> None:
    """docs/deployment.md, "A rolling upgrade": A stopped and started, then B, while a call goes on
    and a patient waits; every app reaches the service only through the proxy."""
    a, b = instances
    ports = [urlsplit(p.url).port for p in (a, b)]
    proxy = await Balancer([("127.0.0.1", port) for port in ports if port is not None]).start()
    doc = _party(ClinicianConsultation, proxy.url, 660)
    ann = _party(PatientConsultation, proxy.url, 440)
    bo = _party(PatientConsultation, proxy.url, 550)
    try:
        await doc.session.login_test("Dr. Rolling")
        room = await doc.session.create_room("Rolling")
        await ann.session.login_test("Ann Patient")
        await ann.session.open_room(room.code)
        await ann.session.knock(PrecallSummary())
        queued = await doc.events.wait_for(QueueChanged, lambda e: len(e.entries) == 1, timeout=10)
        await doc.session.admit(queued.entries[0].participant_id)
        await eventually(lambda: ann.session.state is CallState.IN_CALL, what="Ann in the call", timeout=20)
        await eventually(lambda: doc.played[0] > 30, what="the clinician hears Ann", timeout=20)
        await bo.session.login_test("Bo Patient")
        await bo.session.open_room(room.code)
        await bo.session.knock(PrecallSummary())
        waiting = await doc.events.wait_for(
            QueueChanged, lambda e: [x.name for x in e.entries] == ["Bo Patient"], timeout=10
        )
        bo_since = waiting.entries[0].waiting_since
        assert set(proxy.chosen) == {0, 1}  # both instances serve this deployment

        dropped: set[int] = set()
        for process in (a, b):
            for party in (doc, ann, bo):
                party.events.events.clear()
            await _restart(process)
            dropped |= {i for i, p in enumerate((doc, ann, bo)) if p.events.of(ServiceConnectionChanged)}
            assert await _played_during(doc, 1.0) > 10, "the call's media stopped"
            await eventually(
                lambda: all(_connected(p) for p in (doc, ann, bo)), what="everyone back", timeout=20
            )

        assert dropped == {0, 1, 2}  # each app's connection was on a restarted instance at least once
        requeued = await doc.events.wait_for(
            QueueChanged,
            lambda e: [(x.name, x.waiting_since) for x in e.entries] == [("Bo Patient", bo_since)],
            timeout=10,
        )
        assert (doc.session.state, ann.session.state, bo.session.state) == (
            CallState.IN_CALL,
            CallState.IN_CALL,
            CallState.WAITING,
        )
        await doc.session.admit(requeued.entries[0].participant_id)
        await eventually(lambda: bo.session.state is CallState.IN_CALL, what="Bo in the call", timeout=20)
        await eventually(lambda: bo.played[0] > 30, what="Bo hears the others", timeout=20)
        for party in (doc, ann, bo):
            assert not party.events.of(CallEnded) and not party.events.of(SessionFailed)
    finally:
        for party in (bo, ann, doc):
            await party.session.close()
        await proxy.close()

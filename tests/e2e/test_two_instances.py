"""A whole consultation over two service instances (issue 13, decision 0016): the patient's app
talks to instance A, the clinician's to instance B, on one PostgreSQL database and one Redis.
Real apps (``app.session``) with real aiortc media over loopback: the knock reaches the clinician,
the admission and the offer/answer/candidates cross the instances, media flows both ways, and the
clinician's mute and kick reach the patient."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from app.core.call_state import CallState
from app.core.protocol import PrecallSummary
from app.core.protocol.moderation import MediaControl
from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources
from app.session.consultation import ClinicianConsultation, Consultation, PatientConsultation, SessionConfig
from app.session.events import CallEnded, EndReason, QueueChanged, SessionFailed
from app.session.moderation_events import HostAction, HostActionApplied
from tests.support import postgres
from tests.support import redis as redis_support
from tests.support.postgres import PostgresCluster
from tests.support.recorder import EventRecorder, eventually
from tests.support.redis import RedisServer
from tests.support.service import ServiceProcess

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        not (postgres.available() and redis_support.available()),
        reason="needs Debian's postgresql and redis-server (scripts/setup installs both)",
    ),
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


@pytest.fixture(scope="module")
def pg() -> Iterator[PostgresCluster]:
    with PostgresCluster() as cluster:
        yield cluster


@pytest.fixture
async def instances(pg: PostgresCluster) -> AsyncIterator[tuple[ServiceProcess, ServiceProcess]]:
    url = await asyncio.to_thread(pg.new_database)
    keys = "two:" + secrets.token_urlsafe(32)
    redis = await asyncio.to_thread(RedisServer().start)
    started: list[ServiceProcess] = []
    try:
        for _ in range(2):
            process = ServiceProcess("--redis-url", redis.url, database_url=url, token_keys=keys)
            started.append(await asyncio.to_thread(process.start))
        yield started[0], started[1]
    finally:
        for process in started:
            await asyncio.to_thread(process.close)
        await asyncio.to_thread(redis.stop)


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

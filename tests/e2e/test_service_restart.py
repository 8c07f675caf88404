"""A service restart in the middle of a clinic: the real service process is stopped (SIGTERM) and
started again on the same port, database (an SQLite file, then a real PostgreSQL server) and signing
keys while a call is in progress and a patient waits. Expected: the call's media keeps flowing,
nobody is signed out, the clinician still sees the waiting patient with the same waiting time,
moderation of the ongoing call still works, and the next admitted patient joins the clinician's
call (issue 13)."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from app.core.call_state import CallState
from app.core.protocol import PrecallSummary
from app.core.protocol.moderation import MediaControl
from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources
from app.session.consultation import ClinicianConsultation, Consultation, PatientConsultation, SessionConfig
from app.session.events import (
    CallEnded,
    ParticipantsChanged,
    QueueChanged,
    ServiceConnectionChanged,
    SessionFailed,
)
from app.session.moderation_events import HostAction, HostActionApplied
from tests.support.postgres import PostgresCluster
from tests.support.recorder import EventRecorder, eventually
from tests.support.service import ServiceProcess

pytestmark = pytest.mark.e2e


@dataclass
class Party:
    session: Any
    events: EventRecorder
    played: list[int] = field(default_factory=lambda: [0])


def _party(cls: type[Consultation], config: SessionConfig, tone: float) -> Party:
    events = EventRecorder()
    played = [0]

    def sources(preview: FrameSlot) -> MediaSources:
        made = MediaSources.synthetic(size=(320, 240), fps=15, tone_hz=tone, preview=preview)
        made.play_remote_audio = lambda _pid, _frame: played.__setitem__(0, played[0] + 1)
        return made

    return Party(cls(config, events, sources_factory=sources), events, played)


async def _played_during(party: Party, seconds: float) -> int:
    before = party.played[0]
    await asyncio.sleep(seconds)
    return party.played[0] - before


@dataclass
class Deployment:
    """One service on a fixed port, database file and keys; ``restart`` stops and starts it."""

    database_url: str
    keys: str
    service: ServiceProcess | None = None

    async def start(self, port: int = 0) -> ServiceProcess:
        args = ("--port", str(port)) if port else ()
        process = ServiceProcess(*args, database_url=self.database_url, token_keys=self.keys)
        self.service = await asyncio.to_thread(process.start)
        return self.service

    async def restart(self) -> ServiceProcess:
        assert self.service is not None
        port = urlsplit(self.service.url).port
        assert port is not None
        assert await asyncio.to_thread(self.service.stop) == 0
        await asyncio.to_thread(self.service.close)
        return await self.start(port)


@pytest.fixture(scope="module")
def postgres() -> Iterator[PostgresCluster]:
    with PostgresCluster() as cluster:
        yield cluster


@pytest.fixture(params=["sqlite", "postgresql"])
async def deployment(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Deployment]:
    keys = "restart:" + secrets.token_urlsafe(32)
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'samtale.db'}"
    else:
        cluster: PostgresCluster = request.getfixturevalue("postgres")
        url = await asyncio.to_thread(cluster.new_database)
    made = Deployment(url, keys)
    yield made
    if made.service is not None:
        await asyncio.to_thread(made.service.close)


async def test_a_restart_mid_call_ends_no_consultation_and_loses_no_waiting_patient(
    deployment: Deployment,
) -> None:
    service = await deployment.start()
    config = SessionConfig(service.url, loopback_only=True)
    doc = _party(ClinicianConsultation, config, 660)
    ann = _party(PatientConsultation, config, 440)
    bo = _party(PatientConsultation, config, 550)
    try:
        await doc.session.login_test("Dr. Restart")
        room = await doc.session.create_room("Restart")
        await ann.session.login_test("Ann Patient")
        await ann.session.open_room(room.code)
        await ann.session.knock(PrecallSummary())
        queued = await doc.events.wait_for(QueueChanged, lambda e: len(e.entries) == 1)
        await doc.session.admit(queued.entries[0].participant_id)
        await eventually(lambda: ann.session.state is CallState.IN_CALL, what="Ann in the call", timeout=20)
        await eventually(lambda: doc.played[0] > 30, what="the clinician hears Ann", timeout=20)
        await bo.session.login_test("Bo Patient")
        await bo.session.open_room(room.code)
        await bo.session.knock(PrecallSummary())
        waiting = await doc.events.wait_for(
            QueueChanged, lambda e: [x.name for x in e.entries] == ["Bo Patient"]
        )
        bo_since = waiting.entries[0].waiting_since
        ann_pid = ann.session.participant_id
        for party in (doc, ann, bo):
            party.events.events.clear()

        await deployment.restart()  # the same port: every client's reconnect reaches the new process

        for party in (doc, ann, bo):
            await party.events.wait_for(ServiceConnectionChanged, lambda e: not e.connected, timeout=10)
        assert await _played_during(doc, 1.0) > 10, "the call's media stopped while the service was away"
        for party in (doc, ann, bo):
            await party.events.wait_for(ServiceConnectionChanged, lambda e: e.connected, timeout=20)
        requeued = await doc.events.wait_for(
            QueueChanged, lambda e: [x.name for x in e.entries] == ["Bo Patient"], timeout=10
        )
        assert requeued.entries[0].waiting_since == bo_since  # the same place, the same waiting time
        assert (doc.session.state, ann.session.state, bo.session.state) == (
            CallState.IN_CALL,
            CallState.IN_CALL,
            CallState.WAITING,
        )
        assert ann.session.participant_id == ann_pid
        assert await _played_during(doc, 1.0) > 10

        await doc.session.moderation.moderate(ann_pid, audio=MediaControl.MUTE)  # moderation still works
        await ann.events.wait_for(HostActionApplied, lambda e: e.action is HostAction.MUTED, timeout=10)

        await doc.session.admit(requeued.entries[0].participant_id)
        await eventually(lambda: bo.session.state is CallState.IN_CALL, what="Bo in the call", timeout=20)
        joined = await bo.events.wait_for(
            ParticipantsChanged, lambda e: {p.name for p in e.participants} >= {"Dr. Restart", "Ann Patient"}
        )
        assert len(joined.participants) == 2  # Bo joined the clinician's call, not an empty one
        await eventually(lambda: bo.played[0] > 30, what="Bo hears the others", timeout=20)
        for party in (doc, ann, bo):
            assert not party.events.of(CallEnded) and not party.events.of(SessionFailed)
    finally:
        for party in (bo, ann, doc):
            await party.session.close()

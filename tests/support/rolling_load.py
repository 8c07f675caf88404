"""A rolling restart under load, shared by ``tests/e2e/test_rolling_restart_load.py`` and
``bench/rolling_restart_bench.py``: N live 1:1 consultations and M waiting patients, all real apps
(``app.session``, real aiortc media on loopback), reaching two service instances only through the
test balancer; each instance is restarted in turn (SIGTERM, or SIGKILL) while they go on.

``Load.outcome()`` says what survived and how long each app's signaling was away at most (from
losing its connection to being welcomed back).
"""

from __future__ import annotations

import asyncio
import logging
import statistics
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from app.core.call_state import CallState
from app.core.protocol import PrecallSummary
from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources
from app.session.consultation import ClinicianConsultation, Consultation, PatientConsultation, SessionConfig
from app.session.events import CallEnded, QueueChanged, ServiceConnectionChanged, SessionEvent, SessionFailed
from tests.support.recorder import EventRecorder, eventually
from tests.support.service import ServiceProcess

log = logging.getLogger(__name__)


class TimedRecorder(EventRecorder):
    """Also keeps how long each signaling outage lasted."""

    def __init__(self) -> None:
        super().__init__()
        self.gaps: list[float] = []
        self._down_since: float | None = None

    def __call__(self, event: SessionEvent) -> None:
        if isinstance(event, ServiceConnectionChanged):
            now = time.monotonic()
            if not event.connected and self._down_since is None:
                self._down_since = now
            elif event.connected and self._down_since is not None:
                self.gaps.append(now - self._down_since)
                self._down_since = None
        super().__call__(event)

    @property
    def connected(self) -> bool:
        return self._down_since is None


@dataclass
class App:
    name: str
    session: Any
    events: TimedRecorder
    played: list[int] = field(default_factory=lambda: [0])


def app_with_sound(cls: type[Consultation], url: str, name: str, tone: float) -> App:
    events = TimedRecorder()
    app = App(name, None, events)

    def sources(preview: FrameSlot) -> MediaSources:
        made = MediaSources.synthetic(size=(320, 240), fps=5, tone_hz=tone, preview=preview)
        made.play_remote_audio = lambda _pid, _frame: app.played.__setitem__(0, app.played[0] + 1)
        return made

    app.session = cls(SessionConfig(url, loopback_only=True), events, sources_factory=sources)
    return app


@dataclass
class Outcome:
    consultations: int
    survived: int  # consultations with both people in the call and sound flowing both ways
    waiting: int
    kept_place: int  # waiting patients still waiting, at the same place and waiting time
    signed_out: int
    gaps: list[float]  # the longest signaling gap of each app (0: never dropped)

    def gap_summary(self) -> tuple[float, float, float]:
        """(p50, p99, max) of the longest gap per app, in seconds."""
        ordered = sorted(self.gaps)
        p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
        return statistics.median(ordered), p99, ordered[-1]


class Load:
    """The apps of one run; ``close()`` closes them all (idempotent)."""

    def __init__(self, url: str, consultations: int, waiting: int) -> None:
        self._url = url
        self.docs = [
            app_with_sound(ClinicianConsultation, url, f"Dr. Load {i}", 600 + i) for i in range(consultations)
        ]
        self.patients = [
            app_with_sound(PatientConsultation, url, f"Patient {i}", 400 + i) for i in range(consultations)
        ]
        self.waiting = [
            app_with_sound(PatientConsultation, url, f"Waiting {i}", 300 + i) for i in range(waiting)
        ]
        self._queues: dict[int, list[tuple[str, float]]] = {}  # doc index → (name, waiting since)
        self._closed = False

    @property
    def apps(self) -> list[App]:
        return [*self.docs, *self.patients, *self.waiting]

    async def start(self) -> None:
        rooms = []
        for doc in self.docs:
            await doc.session.login_test(doc.name)
            rooms.append(await doc.session.create_room(doc.name))
        for i, (doc, patient) in enumerate(zip(self.docs, self.patients, strict=True)):
            await patient.session.login_test(patient.name)
            await patient.session.open_room(rooms[i].code)
            await patient.session.knock(PrecallSummary())
            queued = await doc.events.wait_for(QueueChanged, lambda e: len(e.entries) == 1, timeout=20)
            await doc.session.admit(queued.entries[0].participant_id)
        for patient in self.patients:
            await eventually(
                lambda p=patient: p.session.state is CallState.IN_CALL, timeout=60, what="in call"
            )
        for i, patient in enumerate(self.waiting):
            d = i % len(self.docs)
            await patient.session.login_test(patient.name)
            await patient.session.open_room(rooms[d].code)
            await patient.session.knock(PrecallSummary())
            queued = await self.docs[d].events.wait_for(
                QueueChanged, lambda e, n=patient.name: n in [x.name for x in e.entries], timeout=20
            )
            self._queues[d] = [(e.name, e.waiting_since) for e in queued.entries]
        await self.media_flows(timeout=60)

    async def media_flows(self, timeout: float = 20) -> bool:
        """Whether sound reaches both people of every consultation (within ``timeout``)."""
        before = [a.played[0] for a in [*self.docs, *self.patients]]
        try:
            await eventually(
                lambda: all(
                    a.played[0] > b + 10 for a, b in zip([*self.docs, *self.patients], before, strict=True)
                ),
                timeout=timeout,
                what="sound in every consultation",
            )
        except AssertionError:
            return False
        return True

    async def everyone_back(self, timeout: float = 60) -> None:
        await eventually(lambda: all(a.events.connected for a in self.apps), timeout=timeout, what="all back")

    def _kept_place(self, i: int) -> bool:
        patient = self.waiting[i]
        d = i % len(self.docs)
        latest = self.docs[d].events.of(QueueChanged)[-1]
        name_since = [(e.name, e.waiting_since) for e in latest.entries]
        kept = patient.session.state is CallState.WAITING and name_since == self._queues[d]
        if not kept:
            log.warning(
                "%s: %s, queue %s, expected %s",
                patient.name,
                patient.session.state,
                name_since,
                self._queues[d],
            )
        return kept

    def outcome(self) -> Outcome:
        survived = sum(
            1
            for doc, patient in zip(self.docs, self.patients, strict=True)
            if doc.session.state is CallState.IN_CALL
            and patient.session.state is CallState.IN_CALL
            and not doc.events.of(CallEnded)
            and not patient.events.of(CallEnded)
        )
        kept = sum(1 for i in range(len(self.waiting)) if self._kept_place(i))
        signed_out = sum(1 for a in self.apps if a.events.of(SessionFailed))
        gaps = [max(a.events.gaps, default=0.0) for a in self.apps]
        return Outcome(len(self.docs), survived, len(self.waiting), kept, signed_out, gaps)

    async def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        for app in reversed(self.apps):
            await app.session.close()


async def restart(process: ServiceProcess, kill: bool) -> None:
    """Stop ``process`` (SIGTERM, or SIGKILL) and start it again on its port; return once ready."""
    await asyncio.to_thread(process.restart, kill)
    async with httpx.AsyncClient(timeout=10) as http:
        deadline = time.monotonic() + 30
        while (await http.get(f"{process.url}/v1/ready")).status_code != 200:
            assert time.monotonic() < deadline, "the restarted instance did not become ready"
            await asyncio.sleep(0.2)

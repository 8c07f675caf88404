"""Fixtures for the guest page in a real Chromium: the real service, and the clinician's real session code."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field

import pytest

from app.core.protocol import QueueEntry
from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources
from app.session.consultation import ClinicianConsultation, SessionConfig
from app.session.events import QueueChanged
from tests.support import chromium
from tests.support.recorder import EventRecorder, eventually
from tests.support.service import ServiceProcess

pytestmark = pytest.mark.e2e

if not chromium.available():  # scripts/setup installs it; a missing browser must not pass silently
    raise RuntimeError(
        "Chromium is not installed (apt-get install chromium): the guest page cannot be tested"
    )


@pytest.fixture(scope="module")
def service() -> Iterator[ServiceProcess]:
    with ServiceProcess("--emergency", "no") as svc:
        yield svc


@dataclass
class Clinician:
    """The clinician build's session code with a synthetic camera and tone, counting what it plays."""

    session: ClinicianConsultation
    events: EventRecorder
    code: str = ""
    played: list[int] = field(default_factory=lambda: [0])

    @property
    def frames(self) -> int:
        """Video frames decoded from the patient so far."""
        return self.session.remote_video.count

    def waiting(self, name: str) -> QueueEntry | None:
        """``name``'s entry in the newest queue the clinician was sent."""
        queues = self.events.of(QueueChanged)
        return next((x for x in queues[-1].entries if x.name == name), None) if queues else None

    async def admit(self, name: str) -> str:
        await eventually(lambda: self.waiting(name) is not None, what=f"{name} in the queue")
        entry = self.waiting(name)
        assert entry is not None
        await self.session.admit(entry.participant_id)
        return entry.participant_id


@pytest.fixture
async def clinician(service: ServiceProcess) -> AsyncIterator[Clinician]:
    events = EventRecorder()
    played = [0]

    def sources(preview: FrameSlot) -> MediaSources:
        made = MediaSources.synthetic(size=(320, 240), fps=15, tone_hz=660, preview=preview)
        made.play_remote_audio = lambda _pid, _frame: played.__setitem__(0, played[0] + 1)
        return made

    session = ClinicianConsultation(
        SessionConfig(service.url, loopback_only=True), events, sources_factory=sources
    )
    await session.login_test("Dr Lind")
    room = await session.create_room("Guest page")
    yield Clinician(session, events, room.code, played)
    await session.close()

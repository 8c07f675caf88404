"""End to end: the clinician's camera and microphone run only during calls, one patient after another.

The clinic build sits idle all day between patients. What a call started (the camera, the microphone,
the tasks that feed and preview them) must stop when the call ends — or the camera light stays on
between patients and the idle build burns a core's worth of percent per call (issue 11, finding 12).
The next call starts them again, as the clinician left them (a microphone muted between patients
stays muted).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import pytest

from app.core.call_state import CallState
from app.media.sources import MediaSources, synthetic_factory
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.events import CallEnded, QueueChanged
from tests.support.recorder import EventRecorder, eventually
from tests.support.service import ServiceProcess

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def service() -> Iterator[ServiceProcess]:
    with ServiceProcess() as svc:
        yield svc


@pytest.fixture
async def clinician(
    service: ServiceProcess,
) -> AsyncIterator[tuple[ClinicianConsultation, list[MediaSources]]]:
    made: list[MediaSources] = []

    def sources(preview: object) -> MediaSources:
        made.append(MediaSources.synthetic(preview=preview, tone_hz=660.0))  # type: ignore[arg-type]
        return made[-1]

    consultation = ClinicianConsultation(
        SessionConfig(service.url, loopback_only=True), EventRecorder(), sources_factory=sources
    )
    yield consultation, made
    await consultation.close()


def _media_tasks() -> list[str]:
    names = (getattr(t.get_coro(), "__qualname__", "") for t in asyncio.all_tasks())
    return sorted(n for n in names if "run_track" in n or n.startswith("TrackDrain"))


async def _one_call(service: ServiceProcess, clinician: ClinicianConsultation, code: str, name: str) -> None:
    events = EventRecorder()
    patient = PatientConsultation(
        SessionConfig(service.url, loopback_only=True), events, sources_factory=synthetic_factory()
    )
    try:
        await patient.login_test(name)
        await patient.open_room(code)
        await patient.knock()
        queued = await clinician_events(clinician).wait_for(QueueChanged, lambda e: len(e.entries) == 1)
        await clinician.admit(queued.entries[0].participant_id)
        await eventually(lambda: clinician.state is CallState.IN_CALL, what="clinician in call")
        await eventually(lambda: patient.state is CallState.IN_CALL, what="patient in call")
        clinician_events(clinician).events.clear()
        await patient.hang_up()
    finally:
        await patient.close()


def clinician_events(clinician: ClinicianConsultation) -> EventRecorder:
    sink = clinician._on_event  # the recorder the fixture gave it
    assert isinstance(sink, EventRecorder)
    return sink


async def test_media_stops_when_each_call_ends_and_starts_again_as_left(
    service: ServiceProcess, clinician: tuple[ClinicianConsultation, list[MediaSources]]
) -> None:
    consultation, made = clinician
    await consultation.login_test("Dr. Day")
    room = await consultation.create_room("Thursday clinic")
    assert made == [] and _media_tasks() == []  # idle with the queue open: no camera yet

    await _one_call(service, consultation, room.code, "Patient One")
    await clinician_events(consultation).wait_for(CallEnded)
    assert len(made) == 1 and made[0].video.enabled  # the first call sent the camera
    await eventually(lambda: made[0].closed and _media_tasks() == [], what="media released after call 1")
    assert not consultation.media_active

    consultation.set_microphone_enabled(False)  # muted between patients
    consultation.set_camera_enabled(False)
    await _one_call(service, consultation, room.code, "Patient Two")
    assert len(made) == 2  # a fresh camera and microphone for the second call
    assert (made[1].audio.enabled, made[1].video.enabled) == (False, False)  # as the clinician left them
    await clinician_events(consultation).wait_for(CallEnded)
    await eventually(lambda: made[1].closed and _media_tasks() == [], what="media released after call 2")

"""End to end: a clinician admitting two waiting patients at once (two quick clicks on Admit) gets both
into the call. The first admit entered the call (``join_call``) and the second, still seeing the
clinician outside it, asked to enter again and was refused ``already_joined``: that patient was left
waiting and the clinician saw an error (found by the three-person audio test in CI)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from app.core.call_state import CallState
from app.media.sources import synthetic_factory
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.events import QueueChanged
from tests.support.recorder import EventRecorder, eventually
from tests.support.service import ServiceProcess

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def service() -> Iterator[ServiceProcess]:
    with ServiceProcess() as svc:
        yield svc


async def test_two_admits_at_once_both_succeed(service: ServiceProcess) -> None:
    config = SessionConfig(service.url, loopback_only=True)
    events = EventRecorder()
    clinician = ClinicianConsultation(config, events, sources_factory=synthetic_factory((320, 240)))
    patients = [
        PatientConsultation(config, EventRecorder(), sources_factory=synthetic_factory((320, 240)))
        for _ in range(2)
    ]
    try:
        await clinician.login_test("Dr. Quick")
        room = await clinician.create_room("Group")
        for index, patient in enumerate(patients):
            await patient.login_test(f"Guest {index}")
            await patient.open_room(room.code)
            await patient.knock()
        queued = await events.wait_for(QueueChanged, lambda e: len(e.entries) == 2)
        await asyncio.gather(*(clinician.admit(e.participant_id) for e in queued.entries))
        await eventually(lambda: all(p.state is CallState.IN_CALL for p in patients), what="both in the call")
    finally:
        for patient in patients:
            await patient.close()
        await clinician.close()

"""End to end: signing out leaves what the user was in, closes the connection and forgets the login;
the same app can then sign in again, as someone else (a shared clinic workstation, issue 11 #13)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.media.sources import synthetic_factory
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.errors import SessionError
from app.session.events import QueueChanged
from tests.support.recorder import EventRecorder
from tests.support.service import ServiceProcess

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def service() -> Iterator[ServiceProcess]:
    with ServiceProcess() as svc:
        yield svc


async def test_a_waiting_patient_signs_out_and_another_signs_in(service: ServiceProcess) -> None:
    config = SessionConfig(service.url, loopback_only=True)
    c_events, p_events = EventRecorder(), EventRecorder()
    clinician = ClinicianConsultation(config, c_events, sources_factory=synthetic_factory())
    patient = PatientConsultation(config, p_events, sources_factory=synthetic_factory())
    try:
        await clinician.login_test("Dr. Lund")
        room = await clinician.create_room("Morning")
        await patient.login_test("Ada")
        await patient.open_room(room.code)
        await patient.knock()
        await c_events.wait_for(QueueChanged, lambda e: [x.name for x in e.entries] == ["Ada"])

        await patient.sign_out()
        assert (patient.user, patient.room_id, patient.state) == (None, None, CallState.IDLE)
        assert patient.api.token is None
        await c_events.wait_for(QueueChanged, lambda e: e.entries == [])  # Ada is gone from the queue
        with pytest.raises(SessionError) as refused:
            await patient.knock()  # nothing to knock into any more
        assert refused.value.code is ErrorCode.NOT_FOUND
        await patient.sign_out()  # twice is harmless

        other = await patient.login_test("Bo")  # the same app, the next person
        assert other.name == "Bo"
        await patient.open_room(room.code)
        await patient.knock()
        await c_events.wait_for(QueueChanged, lambda e: [x.name for x in e.entries] == ["Bo"])
    finally:
        await patient.close()
        await clinician.close()


async def test_a_clinician_who_signed_out_hears_nothing_more(service: ServiceProcess) -> None:
    config = SessionConfig(service.url, loopback_only=True)
    events = EventRecorder()
    clinician = ClinicianConsultation(config, events, sources_factory=synthetic_factory())
    patient = PatientConsultation(config, EventRecorder(), sources_factory=synthetic_factory())
    try:
        await clinician.login_test("Dr. Ek")
        room = await clinician.create_room("Afternoon")
        await clinician.sign_out()
        assert (clinician.user, clinician.room_id, clinician.api.token) == (None, None, None)
        with pytest.raises(SessionError):
            await clinician.api.get_json(f"/dev/rooms/{room.room_id}/state")  # the service forgot us
        events.events.clear()

        await patient.login_test("Cy")
        await patient.open_room(room.code)
        await patient.knock()  # acknowledged: the service has told every watcher by now
        await asyncio.sleep(0.5)  # a negative: give a stray queue update time to arrive
        assert events.of(QueueChanged) == []

        await clinician.login_test("Dr. Ek")  # signs in again on the same consultation
        await clinician.create_room("Evening")
    finally:
        await patient.close()
        await clinician.close()

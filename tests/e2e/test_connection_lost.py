"""A patient whose connection is gone past the reconnect grace: the clinician's call ends, and says why.

The patient's traffic goes through a loopback proxy that goes offline (a network that drops); the
service's grace time is short so the test is quick. The clinician's after-call reason is
``REMOTE_LOST`` ("The connection to the other person was lost"), not "has left".
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import pytest

from app.core.call_state import CallState
from app.core.protocol import LeftReason
from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.events import CallEnded, EndReason, ParticipantGone, QueueChanged
from tests.support.recorder import EventRecorder
from tests.support.service import ServiceProcess
from tests.support.tcp_proxy import TcpProxy

pytestmark = pytest.mark.e2e


def _sources(preview: FrameSlot) -> MediaSources:
    return MediaSources.synthetic(size=(320, 240), fps=15, preview=preview)


async def test_a_patient_lost_past_the_grace_time_ends_the_clinicians_call_as_lost() -> None:
    service = await asyncio.to_thread(ServiceProcess(reconnect_grace=0.5).start)
    target = urlsplit(service.url)
    assert target.hostname is not None and target.port is not None
    proxy = await TcpProxy(target.hostname, target.port).start()
    clinician_events, patient_events = EventRecorder(), EventRecorder()
    clinician = ClinicianConsultation(
        SessionConfig(service.url, loopback_only=True), clinician_events, sources_factory=_sources
    )
    patient = PatientConsultation(
        SessionConfig(f"http://127.0.0.1:{proxy.port}", loopback_only=True),
        patient_events,
        sources_factory=_sources,
    )
    try:
        await clinician.login_test("Dr. Lind")
        room = await clinician.create_room("lost connection")
        await patient.login_test("Kari Nordmann")
        await patient.open_room(room.code)
        await patient.knock()
        queued = await clinician_events.wait_for(QueueChanged, lambda e: len(e.entries) == 1)
        await clinician.admit(queued.entries[0].participant_id)
        async with asyncio.timeout(20):
            while clinician.state is not CallState.IN_CALL:
                await asyncio.sleep(0.02)
        proxy.offline = True  # the patient's network goes away for good
        proxy.cut()
        ended = await clinician_events.wait_for(CallEnded, timeout=15)
        assert ended.reason is EndReason.REMOTE_LOST
        gone = await clinician_events.wait_for(ParticipantGone, timeout=1)
        assert (gone.participant.name, gone.reason, gone.others) == (
            "Kari Nordmann",
            LeftReason.CONNECTION_LOST,
            0,
        )
    finally:
        await patient.close()
        await clinician.close()
        await proxy.close()
        await asyncio.to_thread(service.close)

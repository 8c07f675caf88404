"""End to end: the service as a real subprocess, a patient and a clinician session, real media.

Knock → the clinician sees the patient queued → admit → each side decodes the other's video
(the pattern's frame counter advances) and hears the other's tone → hang up → both sessions end
and the service's room state is clean.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field

import pytest

from app.core.call_state import CallState
from app.core.protocol import Knock, PrecallSummary, Role, ServerMessage, SignalFrom, Verdict, Verification
from app.media.analysis import dominant_frequency
from app.media.sources import MediaSources
from app.media.stamp import read_stamp_frame
from app.session.api import ServiceApi
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.events import CallEnded, EndReason, ParticipantsChanged, QueueChanged
from app.session.signaling import SignalingClient
from tests.support.recorder import EventRecorder, eventually
from tests.support.service import ServiceProcess

pytestmark = pytest.mark.e2e

PATIENT_TONE, CLINICIAN_TONE = 440.0, 660.0


@dataclass
class StampLog:
    """Counters and one-way latencies read from the frames one side decoded."""

    counters: list[int] = field(default_factory=list)
    latencies_ms: list[int] = field(default_factory=list)

    def __call__(self, participant_id: str, frame: object) -> None:
        stamp = read_stamp_frame(frame)  # type: ignore[arg-type]
        if stamp is not None:
            self.counters.append(stamp.counter)
            self.latencies_ms.append(stamp.latency_ms())


@pytest.fixture(scope="module")
def service() -> Iterator[ServiceProcess]:
    with ServiceProcess() as svc:
        yield svc


@dataclass
class Pair:
    patient: PatientConsultation
    clinician: ClinicianConsultation
    patient_events: EventRecorder
    clinician_events: EventRecorder
    patient_stamps: StampLog
    clinician_stamps: StampLog


@pytest.fixture
async def pair(service: ServiceProcess) -> AsyncIterator[Pair]:
    config = SessionConfig(service.url, loopback_only=True)
    p_events, c_events = EventRecorder(), EventRecorder()
    p_stamps, c_stamps = StampLog(), StampLog()
    patient = PatientConsultation(
        config,
        p_events,
        sources_factory=lambda preview: MediaSources.synthetic(tone_hz=PATIENT_TONE, preview=preview),
        frame_observer=p_stamps,
    )
    clinician = ClinicianConsultation(
        config,
        c_events,
        sources_factory=lambda preview: MediaSources.synthetic(tone_hz=CLINICIAN_TONE, preview=preview),
        frame_observer=c_stamps,
    )
    yield Pair(patient, clinician, p_events, c_events, p_stamps, c_stamps)
    await patient.close()
    await clinician.close()
    await patient.close()  # idempotent


async def knock_and_queue(pair: Pair, precall: PrecallSummary) -> str:
    await pair.clinician.login_test("Dr. Test")
    room = await pair.clinician.create_room("Afternoon clinic")
    user = await pair.patient.login_test("Test Patient")
    assert user.role is Role.PATIENT and user.verified_by is Verification.TEST
    info = await pair.patient.open_room(room.code.lower())  # codes are typed by people
    assert (info.room_id, info.host_name) == (room.room_id, "Dr. Test")
    await pair.patient.knock(precall)
    queued = await pair.clinician_events.wait_for(QueueChanged, lambda e: len(e.entries) == 1)
    return queued.entries[0].participant_id


async def test_knock_admit_two_way_media_and_hang_up(pair: Pair, service: ServiceProcess) -> None:
    pid = await knock_and_queue(pair, PrecallSummary(Verdict.WARNING, ["camera_too_dark"]))
    entry = pair.clinician_events.of(QueueChanged)[-1].entries[0]
    assert (entry.name, entry.verified_by, entry.precall.verdict, entry.precall.reasons) == (
        "Test Patient",
        Verification.TEST,
        Verdict.WARNING,
        ["camera_too_dark"],
    )
    assert pair.patient.state is CallState.WAITING

    await pair.clinician.admit(pid)
    await eventually(lambda: pair.patient.state is CallState.IN_CALL, what="patient in call")
    await eventually(lambda: pair.clinician.state is CallState.IN_CALL, what="clinician in call")

    # Video both ways: the remote pattern's frame counter advances on each side.
    await eventually(
        lambda: len(pair.patient_stamps.counters) >= 30 and len(pair.clinician_stamps.counters) >= 30,
        what="30 stamped frames each way",
    )
    for log in (pair.patient_stamps, pair.clinician_stamps):
        assert log.counters[-1] > log.counters[0]
        # Plausibility only (the stamp is a real send time); latency is measured in bench/, not here.
        assert all(0 <= ms < 10_000 for ms in log.latencies_ms)
    assert pair.patient.remote_video.count > 0 and pair.clinician.remote_video.count > 0
    assert pair.patient.local_video.count > 0

    # Audio both ways: each side hears the other's tone.
    assert pair.patient.call is not None and pair.clinician.call is not None
    clinician_pid = pair.patient.participants[0].participant_id
    await eventually(lambda: _heard(pair.patient, clinician_pid) is not None, what="patient hears audio")
    await eventually(lambda: _heard(pair.clinician, pid) is not None, what="clinician hears audio")
    assert _heard(pair.patient, clinician_pid) == pytest.approx(CLINICIAN_TONE, abs=10)
    assert _heard(pair.clinician, pid) == pytest.approx(PATIENT_TONE, abs=10)

    await pair.patient.hang_up()
    await pair.clinician_events.wait_for(CallEnded)
    assert pair.patient.history == [
        CallState.IDLE,
        CallState.WAITING,
        CallState.CONNECTING,
        CallState.IN_CALL,
        CallState.ENDED,
    ]
    assert pair.clinician.history == [
        CallState.IDLE,
        CallState.CONNECTING,
        CallState.IN_CALL,
        CallState.ENDED,
    ]
    assert pair.patient.end_reason is EndReason.HUNG_UP
    assert pair.clinician.end_reason is EndReason.REMOTE_LEFT

    async def room_state() -> dict[str, int]:
        state: dict[str, int] = await pair.clinician.api.get_json(
            f"/dev/rooms/{pair.clinician.room_id}/state"
        )
        return state

    last: dict[str, int] = {}

    async def clean() -> bool:
        last.update(await room_state())
        return last["lobby"] == 0 and last["call"] == 0

    for _ in range(100):
        if await clean():
            break
        await asyncio.sleep(0.05)
    assert (last["lobby"], last["call"]) == (0, 0)


def _heard(consultation: PatientConsultation | ClinicianConsultation, remote: str) -> float | None:
    call = consultation.call
    drain = call.drain(remote, "audio") if call is not None else None
    if drain is None:
        return None
    samples = drain.recent_audio()
    if samples is None or len(samples) < 24000:
        return None
    return dominant_frequency(samples, 48000)


async def test_deny_ends_the_patients_wait(pair: Pair) -> None:
    pid = await knock_and_queue(pair, PrecallSummary())
    await pair.clinician.deny(pid)
    ended = await pair.patient_events.wait_for(CallEnded)
    assert ended.reason is EndReason.DENIED
    assert pair.patient.history == [CallState.IDLE, CallState.WAITING, CallState.ENDED]
    await pair.clinician_events.wait_for(QueueChanged, lambda e: len(e.entries) == 0)
    assert pair.clinician.state is CallState.IDLE


async def test_patient_leaving_before_media_connects_ends_the_clinicians_call(pair: Pair) -> None:
    pid = await knock_and_queue(pair, PrecallSummary())
    await pair.clinician.admit(pid)
    await pair.patient_events.wait_for(ParticipantsChanged, lambda e: len(e.participants) == 1)
    await pair.patient.hang_up()  # may still be connecting: that must not strand the clinician
    ended = await pair.clinician_events.wait_for(CallEnded)
    assert ended.reason is EndReason.REMOTE_LEFT
    assert pair.clinician.state is CallState.ENDED


async def test_a_patient_outside_the_call_never_receives_sdp(pair: Pair, service: ServiceProcess) -> None:
    """A second patient waits in the lobby while a call runs: no offer, answer or ICE reaches them."""

    pid = await knock_and_queue(pair, PrecallSummary())
    waiting_api = ServiceApi(service.url)
    await waiting_api.login_test("Second Patient", Role.PATIENT)
    heard: list[ServerMessage] = []
    waiting = SignalingClient(waiting_api.ws_url(), lambda: waiting_api.token or "", heard.append)
    await waiting.start()
    assert pair.clinician.room_id is not None
    await waiting.request(Knock(id="", room_id=pair.clinician.room_id))
    await pair.clinician.admit(pid)
    await eventually(lambda: pair.patient.state is CallState.IN_CALL, what="call up")
    await eventually(lambda: pair.patient.remote_video.count > 5, what="media flowing")
    assert [m.TYPE for m in heard if isinstance(m, SignalFrom)] == []
    assert {m.TYPE for m in heard} <= {"lobby", "queue"}
    await waiting.close()
    await waiting_api.close()

"""The bridge: session events become Qt signals; actions become owned tasks on the facade."""

from __future__ import annotations

import asyncio

from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.core.protocol import Participant, PrecallSummary, QueueEntry, Role, Verification
from app.session.events import (
    CallEnded,
    CallStateChanged,
    EndReason,
    LobbyPositionChanged,
    ParticipantsChanged,
    QueueChanged,
    ServiceConnectionChanged,
    SessionFailed,
)
from app.ui.bridge import ClinicianBridge, PatientBridge
from tests.ui.fakes import ROOM, FakeClinicianConsultation, FakePatientConsultation, refused
from tests.ui.helpers import SignalLog, until


def patient() -> tuple[PatientBridge, FakePatientConsultation]:
    holder: list[FakePatientConsultation] = []

    def make(sink):
        holder.append(FakePatientConsultation(sink))
        return holder[0]

    return PatientBridge(make), holder[0]


def clinician() -> tuple[ClinicianBridge, FakeClinicianConsultation]:
    holder: list[FakeClinicianConsultation] = []

    def make(sink):
        holder.append(FakeClinicianConsultation(sink))
        return holder[0]

    return ClinicianBridge(make), holder[0]


def log_all(bridge: PatientBridge | ClinicianBridge) -> SignalLog:
    return SignalLog(
        state=bridge.stateChanged,
        position=bridge.lobbyPositionChanged,
        queue=bridge.queueChanged,
        participants=bridge.participantsChanged,
        connection=bridge.connectionChanged,
        failed=bridge.sessionFailed,
        ended=bridge.callEnded,
    )


def test_every_session_event_becomes_its_signal(qapp):
    bridge, fake = patient()
    log = log_all(bridge)
    entry = QueueEntry("p-1", "Ann", Verification.TEST, 0.0, PrecallSummary())
    people = [Participant("c-1", "Dr. Berg", Role.CLINICIAN)]
    fake.emit(
        CallStateChanged(CallState.IDLE, CallState.WAITING),
        LobbyPositionChanged(3),
        QueueChanged([entry]),
        ParticipantsChanged(people),
        ServiceConnectionChanged(False),
        SessionFailed(ErrorCode.CONNECTION_LOST),
        CallEnded(EndReason.FAILED),
    )
    assert log.events == [
        ("state", CallState.IDLE, CallState.WAITING),
        ("position", 3),
        ("queue", [entry]),
        ("participants", people),
        ("connection", False),
        ("failed", ErrorCode.CONNECTION_LOST),
        ("ended", EndReason.FAILED),
    ]
    assert bridge.state is CallState.WAITING
    assert bridge.lobby_position == 3
    assert bridge.last_failure is ErrorCode.CONNECTION_LOST
    assert bridge.end_reason is EndReason.FAILED


def test_patient_actions_call_the_facade_in_order(run_async):
    bridge, fake = patient()
    log = SignalLog(
        started=bridge.actionStarted,
        finished=bridge.actionFinished,
        user=bridge.loggedIn,
        room=bridge.roomOpened,
    )

    async def walk() -> None:
        await_all = bridge.wait_for_actions
        bridge.login("Ann")
        await await_all()
        bridge.open_room("KX7-42Q")
        await await_all()
        bridge.knock()
        await await_all()
        bridge.hang_up()
        await await_all()

    run_async(walk())
    assert fake.calls == [("login_test", "Ann"), ("open_room", "KX7-42Q"), ("knock",), ("hang_up",)]
    assert [e for e in log.events if e[0] != "user"] == [
        ("started", "login"),
        ("finished", "login"),
        ("started", "open_room"),
        ("room", ROOM),
        ("finished", "open_room"),
        ("started", "knock"),
        ("finished", "knock"),
        ("started", "hang_up"),
        ("finished", "hang_up"),
    ]
    assert bridge.user is not None
    assert bridge.user.name == "Ann"
    assert bridge.room == ROOM


def test_clinician_actions_call_the_facade(run_async):
    bridge, fake = clinician()

    async def walk() -> None:
        bridge.create_room("Clinic")
        await bridge.wait_for_actions()
        bridge.admit("p-1")
        bridge.deny("p-2")
        await bridge.wait_for_actions()

    run_async(walk())
    assert fake.calls == [("create_room", "Clinic"), ("admit", "p-1"), ("deny", "p-2")]
    assert bridge.room == ROOM


def test_a_refusal_becomes_action_failed_with_its_code(run_async):
    bridge, fake = patient()
    fake.fail["open_room"] = refused(ErrorCode.NOT_FOUND)
    log = SignalLog(failed=bridge.actionFailed, finished=bridge.actionFinished, room=bridge.roomOpened)

    async def walk() -> None:
        bridge.open_room("nope")
        await bridge.wait_for_actions()

    run_async(walk())
    assert log.events == [("failed", "open_room", ErrorCode.NOT_FOUND), ("finished", "open_room")]
    assert bridge.room is None


def test_a_bug_in_the_session_is_reported_as_internal_not_raised(run_async, caplog):
    bridge, fake = patient()
    fake.fail["knock"] = RuntimeError("boom")
    log = SignalLog(failed=bridge.actionFailed)

    async def walk() -> None:
        bridge.knock()
        await bridge.wait_for_actions()

    run_async(walk())
    assert log.events == [("failed", "knock", ErrorCode.INTERNAL)]
    assert "action knock failed" in caplog.text


def test_a_double_click_starts_one_task(run_async):
    bridge, fake = patient()

    async def walk() -> None:
        fake.hold["knock"] = asyncio.Event()
        first = bridge.knock()
        second = bridge.knock()
        assert first is not None
        assert second is None
        assert bridge.running_actions == ["knock"]
        fake.hold["knock"].set()
        await bridge.wait_for_actions()
        assert bridge.running_actions == []

    run_async(walk())
    assert fake.calls == [("knock",)]


def test_close_cancels_running_actions_closes_once_and_ignores_later_events(run_async):
    bridge, fake = patient()
    log = log_all(bridge)

    async def walk() -> None:
        fake.hold["knock"] = asyncio.Event()  # never released: close must cancel it
        task = bridge.knock()
        await until(lambda: fake.calls == [("knock",)])
        await bridge.close()
        await bridge.close()
        assert task is not None
        assert task.cancelled()
        assert bridge.knock() is None  # closed bridges start nothing

    run_async(walk())
    assert fake.calls == [("knock",), ("close",)]
    assert fake.closed == 1
    fake.move(CallState.ENDED)
    assert log.events == []


def test_media_switches_call_the_facade_and_report_both_states(qapp):
    bridge, fake = patient()
    log = SignalLog(media=bridge.mediaSwitched)
    bridge.set_microphone_enabled(False)
    bridge.set_camera_enabled(False)
    bridge.set_camera_enabled(True)
    assert fake.calls == [
        ("set_microphone_enabled", False),
        ("set_camera_enabled", False),
        ("set_camera_enabled", True),
    ]
    assert log.events == [("media", False, True), ("media", False, False), ("media", False, True)]

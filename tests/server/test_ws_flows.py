"""Whole consultation flows over real WebSockets against the service subprocess."""

from __future__ import annotations

import asyncio
import time

from app.core.protocol import (
    Ack,
    Admit,
    Admitted,
    Denied,
    Deny,
    JoinCall,
    Knock,
    Leave,
    LobbyUpdate,
    Participant,
    ParticipantJoined,
    ParticipantLeft,
    PrecallSummary,
    QueueUpdate,
    Role,
    Signal,
    SignalFrom,
    SignalPayload,
    Verdict,
    Verification,
    WatchRoom,
)
from tests.server.conftest import GRACE_S, Consultation, person
from tests.server.wsclient import WsClient, assert_error
from tests.support.service import ServiceProcess, room_state

OFFER = SignalPayload(kind="offer", sdp="v=0 offer")
ANSWER = SignalPayload(kind="answer", sdp="v=0 answer")


async def wait_for_state(service: ServiceProcess, c: Consultation, **expected: int) -> dict[str, int]:
    """Poll the dev state probe until it shows ``expected`` (the service works asynchronously)."""
    deadline = time.monotonic() + 5
    while True:
        state = room_state(service.url, c.clinician.token, c.room_id)
        if all(state[k] == v for k, v in expected.items()) or time.monotonic() > deadline:
            return state
        await asyncio.sleep(0.05)


async def test_one_to_one_consultation_full_sequence(
    service: ServiceProcess, consultation: Consultation
) -> None:
    c, room = consultation, consultation.room_id
    clinician, welcome = await WsClient.logged_in(service.ws_url, c.clinician.token)
    assert (welcome.user.role, welcome.user.verified_by) == (Role.CLINICIAN, Verification.TEST)
    await clinician.send(WatchRoom(id="w1", room_id=room))
    assert await clinician.recv_n(2) == [Ack("w1"), QueueUpdate(room, [])]

    patient, _ = await WsClient.logged_in(service.ws_url, c.patient.token)
    precall = PrecallSummary(Verdict.WARNING, ["camera_missing"])
    await patient.send(Knock(id="k1", room_id=room, precall=precall))
    ack, lobby = await patient.recv_n(2)
    assert ack == Ack("k1")
    assert isinstance(lobby, LobbyUpdate)
    assert (lobby.room_id, lobby.position) == (room, 1)
    patient_pid = lobby.participant_id
    queue = await clinician.recv()
    assert isinstance(queue, QueueUpdate)
    [entry] = queue.entries
    assert (entry.participant_id, entry.name, entry.precall) == (patient_pid, c.patient.name, precall)

    await clinician.send(JoinCall(id="j1", room_id=room))
    ack, admitted = await clinician.recv_n(2)
    assert ack == Ack("j1")
    assert isinstance(admitted, Admitted)
    assert (admitted.participants, admitted.ice_servers) == ([], [])
    clinician_pid = admitted.participant_id

    await clinician.send(Admit(id="a1", room_id=room, participant_id=patient_pid))
    assert await clinician.recv_n(3) == [
        Ack("a1"),
        ParticipantJoined(room, Participant(patient_pid, c.patient.name, Role.PATIENT)),
        QueueUpdate(room, []),
    ]
    assert await patient.recv() == Admitted(
        room, patient_pid, [], [Participant(clinician_pid, c.clinician.name, Role.CLINICIAN)]
    )

    # The newcomer (the patient) offers; the clinician answers.
    assert await patient.request(Signal(id="s1", room_id=room, to=clinician_pid, payload=OFFER)) == Ack("s1")
    assert await clinician.recv() == SignalFrom(room, patient_pid, OFFER)
    assert await clinician.request(Signal(id="s2", room_id=room, to=patient_pid, payload=ANSWER)) == Ack("s2")
    assert await patient.recv() == SignalFrom(room, clinician_pid, ANSWER)

    assert await patient.request(Leave(id="l1", room_id=room)) == Ack("l1")
    assert await clinician.recv_n(2) == [ParticipantLeft(room, patient_pid), QueueUpdate(room, [])]
    assert await clinician.request(Leave(id="l2", room_id=room)) == Ack("l2")
    await patient.close()
    assert await wait_for_state(service, c, connections=1) == {"lobby": 0, "call": 0, "connections": 1}
    await clinician.close()
    assert await wait_for_state(service, c, connections=0) == {"lobby": 0, "call": 0, "connections": 0}


async def test_deny_flow_moves_the_next_patient_up(
    service: ServiceProcess, consultation: Consultation
) -> None:
    c, room = consultation, consultation.room_id
    clinician, _ = await WsClient.logged_in(service.ws_url, c.clinician.token)
    await clinician.send(WatchRoom(id="w1", room_id=room))
    await clinician.recv_n(2)
    first, _ = await WsClient.logged_in(service.ws_url, c.patient.token)
    second_person = person(service, "patient")
    second, _ = await WsClient.logged_in(service.ws_url, second_person.token)

    await first.send(Knock(id="k1", room_id=room))
    _, first_lobby = await first.recv_n(2)
    await second.send(Knock(id="k2", room_id=room))
    ack, second_lobby = await second.recv_n(2)
    assert ack == Ack("k2")
    assert isinstance(first_lobby, LobbyUpdate)
    assert isinstance(second_lobby, LobbyUpdate)
    assert second_lobby.position == 2
    await clinician.recv_n(2)  # one queue per knock

    await clinician.send(Deny(id="d1", room_id=room, participant_id=first_lobby.participant_id))
    ack, queue = await clinician.recv_n(2)
    assert ack == Ack("d1")
    assert isinstance(queue, QueueUpdate)
    assert [e.participant_id for e in queue.entries] == [second_lobby.participant_id]
    assert await first.recv() == Denied(room)
    assert await second.recv() == LobbyUpdate(room, second_lobby.participant_id, 1)

    # Denied means gone: admitting them now is refused.
    reply = await clinician.request(Admit(id="a1", room_id=room, participant_id=first_lobby.participant_id))
    assert_error(reply, "not_in_lobby", "a1")
    await first.assert_silent(0.2)
    # The denied patient's connection is no longer part of the room.
    assert await wait_for_state(service, c, lobby=1) == {"lobby": 1, "call": 0, "connections": 2}
    for client in (first, second, clinician):
        await client.close()


async def test_lobby_leave_and_knock_again_updates_summary(
    service: ServiceProcess, consultation: Consultation
) -> None:
    c, room = consultation, consultation.room_id
    clinician, _ = await WsClient.logged_in(service.ws_url, c.clinician.token)
    await clinician.send(WatchRoom(id="w1", room_id=room))
    await clinician.recv_n(2)
    patient, _ = await WsClient.logged_in(service.ws_url, c.patient.token)
    await patient.send(Knock(id="k1", room_id=room))
    _, lobby = await patient.recv_n(2)
    assert isinstance(lobby, LobbyUpdate)
    await clinician.recv()

    ok = PrecallSummary(Verdict.OK, [])
    await patient.send(Knock(id="k2", room_id=room, precall=ok))
    assert await patient.recv_n(2) == [Ack("k2"), lobby]  # same place, same id
    queue = await clinician.recv()
    assert isinstance(queue, QueueUpdate)
    assert [e.precall for e in queue.entries] == [ok]

    assert await patient.request(Leave(id="l1", room_id=room)) == Ack("l1")
    assert await clinician.recv() == QueueUpdate(room, [])
    assert await patient.request(Leave(id="l2", room_id=room)) == Ack("l2")  # idempotent
    await clinician.assert_silent(0.2)
    assert await wait_for_state(service, c, lobby=0) == {"lobby": 0, "call": 0, "connections": 1}
    await patient.close()
    await clinician.close()


async def test_reconnect_within_grace_keeps_lobby_place(
    service: ServiceProcess, consultation: Consultation
) -> None:
    c, room = consultation, consultation.room_id
    clinician, _ = await WsClient.logged_in(service.ws_url, c.clinician.token)
    await clinician.send(WatchRoom(id="w1", room_id=room))
    await clinician.recv_n(2)
    ahead = person(service, "patient")
    other, _ = await WsClient.logged_in(service.ws_url, ahead.token)
    await other.send(Knock(id="k0", room_id=room))
    await other.recv_n(2)
    patient, _ = await WsClient.logged_in(service.ws_url, c.patient.token)
    await patient.send(Knock(id="k1", room_id=room))
    _, lobby = await patient.recv_n(2)
    assert isinstance(lobby, LobbyUpdate)
    assert lobby.position == 2
    await clinician.recv_n(2)

    await patient.close()
    assert (await wait_for_state(service, c, connections=2))["connections"] == 2  # detach seen
    back, _ = await WsClient.logged_in(service.ws_url, c.patient.token)
    assert await back.recv() == lobby  # same participant id, same place
    await clinician.assert_silent(0.2)  # the queue did not change

    await clinician.send(Admit(id="a1", room_id=room, participant_id=lobby.participant_id))
    assert (await clinician.recv()) == Ack("a1")
    admitted = await back.recv()
    assert isinstance(admitted, Admitted)
    assert admitted.participant_id == lobby.participant_id
    await other.assert_silent(0.2)  # still first; nothing changed for them
    for client in (back, other, clinician):
        await client.close()


async def test_disconnect_past_grace_counts_as_leave(
    service: ServiceProcess, consultation: Consultation
) -> None:
    c, room = consultation, consultation.room_id
    clinician, _ = await WsClient.logged_in(service.ws_url, c.clinician.token)
    await clinician.send(WatchRoom(id="w1", room_id=room))
    await clinician.recv_n(2)
    patient, _ = await WsClient.logged_in(service.ws_url, c.patient.token)
    await patient.send(Knock(id="k1", room_id=room))
    await patient.recv_n(2)
    await clinician.recv()

    started = time.monotonic()
    await patient.close()
    assert await clinician.recv(wait=GRACE_S + 5) == QueueUpdate(room, [])
    assert time.monotonic() - started >= GRACE_S * 0.9  # not before the grace time
    assert await wait_for_state(service, c, lobby=0) == {"lobby": 0, "call": 0, "connections": 1}
    await clinician.close()


async def test_call_member_reconnect_keeps_receiving_signals(
    service: ServiceProcess, consultation: Consultation
) -> None:
    c, room = consultation, consultation.room_id
    clinician, _ = await WsClient.logged_in(service.ws_url, c.clinician.token)
    await clinician.send(JoinCall(id="j1", room_id=room))
    _, admitted = await clinician.recv_n(2)
    assert isinstance(admitted, Admitted)
    patient, _ = await WsClient.logged_in(service.ws_url, c.patient.token)
    await patient.send(Knock(id="k1", room_id=room))
    _, lobby = await patient.recv_n(2)
    assert isinstance(lobby, LobbyUpdate)
    await clinician.send(Admit(id="a1", room_id=room, participant_id=lobby.participant_id))
    await clinician.recv_n(2)  # ack, participant_joined
    await patient.recv()  # admitted

    await patient.close()
    assert (await wait_for_state(service, c, connections=1))["connections"] == 1
    fresh, _ = await WsClient.logged_in(service.ws_url, c.patient.token, see_state=True)  # a new app
    await fresh.assert_silent(0.2)  # a fresh start never takes over a call membership
    await fresh.close()
    back, _ = await WsClient.logged_in(service.ws_url, c.patient.token, resume=True)
    await back.assert_silent(0.2)  # call members get no lobby message
    await clinician.assert_silent(0.1)  # and nobody was told they left
    offer = SignalPayload(kind="offer", sdp="v=0 restart")
    signal = Signal(id="s1", room_id=room, to=lobby.participant_id, payload=offer)
    assert await clinician.request(signal) == Ack("s1")
    assert await back.recv() == SignalFrom(room, admitted.participant_id, offer)
    assert await wait_for_state(service, c, call=2) == {"lobby": 0, "call": 2, "connections": 2}
    await back.close()
    await clinician.close()


async def test_host_reconnect_restores_the_queue_subscription(
    service: ServiceProcess, consultation: Consultation
) -> None:
    c, room = consultation, consultation.room_id
    clinician, _ = await WsClient.logged_in(service.ws_url, c.clinician.token)
    await clinician.send(WatchRoom(id="w1", room_id=room))
    await clinician.recv_n(2)
    await clinician.close()
    assert (await wait_for_state(service, c, connections=0))["connections"] == 0
    back, _ = await WsClient.logged_in(service.ws_url, c.clinician.token)
    assert await back.recv() == QueueUpdate(room, [])  # without asking again
    patient, _ = await WsClient.logged_in(service.ws_url, c.patient.token)
    await patient.send(Knock(id="k1", room_id=room))
    _, lobby = await patient.recv_n(2)
    assert isinstance(lobby, LobbyUpdate)
    queue = await back.recv()
    assert isinstance(queue, QueueUpdate)
    assert [e.participant_id for e in queue.entries] == [lobby.participant_id]
    await patient.close()
    await back.close()

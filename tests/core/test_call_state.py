"""The call lifecycle table: every documented path, and illegal moves refused."""

import pytest

from app.core.call_state import CALL_TRANSITIONS, CallEvent, CallState, new_call_machine
from app.core.state_machine import IllegalTransition

S, E = CallState, CallEvent


def run(*events: CallEvent) -> list[CallState]:
    machine = new_call_machine()
    for event in events:
        machine.fire(event)
    return machine.history


def test_patient_path_through_a_call() -> None:
    assert run(E.START_PREFLIGHT, E.KNOCK, E.ADMITTED, E.MEDIA_UP, E.HANG_UP) == [
        S.IDLE,
        S.PREFLIGHT,
        S.WAITING,
        S.CONNECTING,
        S.IN_CALL,
        S.ENDED,
    ]


def test_host_joins_without_waiting_and_survives_a_media_drop() -> None:
    assert run(E.JOIN, E.MEDIA_UP, E.MEDIA_LOST, E.MEDIA_UP, E.REMOTE_ENDED) == [
        S.IDLE,
        S.CONNECTING,
        S.IN_CALL,
        S.RECONNECTING,
        S.IN_CALL,
        S.ENDED,
    ]


def test_denied_only_while_waiting() -> None:
    assert run(E.KNOCK, E.DENIED) == [S.IDLE, S.WAITING, S.ENDED]
    machine = new_call_machine()
    machine.fire(E.JOIN)
    with pytest.raises(IllegalTransition):
        machine.fire(E.DENIED)


@pytest.mark.parametrize(
    ("events", "illegal"),
    [
        ((), E.ADMITTED),  # nobody is admitted without knocking
        ((), E.MEDIA_UP),
        ((E.KNOCK,), E.MEDIA_UP),  # no media before admission
        ((E.KNOCK, E.HANG_UP), E.KNOCK),  # ended is final
        ((E.JOIN,), E.KNOCK),
    ],
)
def test_illegal_moves_raise_and_leave_state_unchanged(
    events: tuple[CallEvent, ...], illegal: CallEvent
) -> None:
    machine = new_call_machine()
    for event in events:
        machine.fire(event)
    before = machine.state
    assert not machine.can(illegal)
    with pytest.raises(IllegalTransition):
        machine.fire(illegal)
    assert machine.state is before


def test_every_live_state_can_end_and_ended_is_terminal() -> None:
    for state in S:
        moves = {event for (src, event) in CALL_TRANSITIONS if src is state}
        if state is S.ENDED:
            assert moves == set()
        else:
            assert {E.HANG_UP, E.FAILED} <= moves


def test_observers_see_each_move_in_order() -> None:
    machine = new_call_machine()
    seen: list[tuple[CallState, CallEvent, CallState]] = []
    machine.observe(lambda old, event, new: seen.append((old, event, new)))
    machine.fire(E.KNOCK)
    machine.fire(E.ADMITTED)
    assert seen == [(S.IDLE, E.KNOCK, S.WAITING), (S.WAITING, E.ADMITTED, S.CONNECTING)]

"""CallLifecycle: the call's moves as the table allows them, told in order, and link news as moves."""

from __future__ import annotations

import itertools

from app.core.call_state import CallEvent, CallState
from app.session.call import LinkState
from app.session.call_lifecycle import CallLifecycle
from app.session.events import CallStateChanged, PicturePaused
from tests.support.recorder import EventRecorder

S, E = CallState, CallEvent


def made() -> tuple[CallLifecycle, EventRecorder, list[CallState]]:
    events, entered = EventRecorder(), []
    return CallLifecycle(events, entered.append), events, entered


def test_a_patients_call_is_told_move_by_move_and_entered_in_the_same_order() -> None:
    life, events, entered = made()
    for event in (E.KNOCK, E.ADMITTED, E.MEDIA_UP, E.MEDIA_LOST, E.MEDIA_UP, E.HANG_UP):
        assert life.fire(event)
    path = [S.IDLE, S.WAITING, S.CONNECTING, S.IN_CALL, S.RECONNECTING, S.IN_CALL, S.ENDED]
    assert life.history == path
    assert events.events == [CallStateChanged(a, b) for a, b in itertools.pairwise(path)]
    assert entered == path[1:]


def test_an_event_the_table_does_not_allow_is_ignored_without_a_word() -> None:
    life, events, entered = made()
    assert not life.fire(E.MEDIA_UP)  # idle: no media to come up
    assert not life.fire(E.DENIED)
    assert (life.state, life.history, events.events, entered) == (S.IDLE, [S.IDLE], [], [])


def test_live_engaged_and_over_follow_the_state() -> None:
    life, _events, _entered = made()
    seen = [(life.live, life.engaged, life.over)]
    for event in (E.KNOCK, E.ADMITTED, E.MEDIA_UP, E.REMOTE_ENDED):
        life.fire(event)
        seen.append((life.live, life.engaged, life.over))
    assert seen == [
        (False, False, True),
        (False, True, False),
        (True, True, False),
        (True, True, False),
        (False, False, True),
    ]


def test_renew_starts_in_idle_in_the_same_history_and_tells_nothing() -> None:
    life, events, _entered = made()
    history = life.history
    life.fire(E.JOIN)
    life.fire(E.HANG_UP)
    told = len(events.events)
    life.renew()
    assert life.state is S.IDLE
    assert life.history is history and history == [S.IDLE, S.CONNECTING, S.ENDED, S.IDLE]
    assert len(events.events) == told
    assert life.fire(E.JOIN) and history[-1] is S.CONNECTING


def test_link_news_moves_the_call_up_only_when_no_link_is_down() -> None:
    life, _events, _entered = made()
    life.fire(E.JOIN)
    life.link_changed(LinkState("p-1", "connected"), media_down=True)  # another link still down
    assert life.state is S.CONNECTING
    life.link_changed(LinkState("p-1", "connected"), media_down=False)
    life.link_changed(LinkState("p-2", "closed"), media_down=True)
    life.link_changed(LinkState("p-2", "checking"), media_down=True)  # no move for that
    life.link_changed(LinkState("p-2", "flowing"), media_down=False)
    life.link_changed(LinkState("p-2", "stalled"), media_down=True)
    assert life.history == [S.IDLE, S.CONNECTING, S.IN_CALL, S.RECONNECTING, S.IN_CALL, S.RECONNECTING]


def test_a_paused_picture_is_told_and_moves_nothing() -> None:
    life, events, _entered = made()
    life.fire(E.JOIN)
    life.link_changed(LinkState("p-1", "paused"), media_down=False)
    life.link_changed(LinkState("p-1", "resumed"), media_down=False)
    assert events.of(PicturePaused) == [PicturePaused("p-1", True), PicturePaused("p-1", False)]
    assert life.state is S.CONNECTING

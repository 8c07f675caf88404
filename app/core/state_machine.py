"""A tiny table-driven state machine: allowed moves are data, an illegal move raises."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import Generic, TypeVar

S = TypeVar("S", bound=Enum)
E = TypeVar("E", bound=Enum)


class IllegalTransition(Exception):
    """An event arrived in a state whose table has no move for it."""

    def __init__(self, state: Enum, event: Enum) -> None:
        super().__init__(f"{event.name} is not allowed in {state.name}")
        self.state = state
        self.event = event


class StateMachine(Generic[S, E]):
    """Holds the current state, applies events through ``table`` and tells observers of each move.

    ``history`` keeps every state entered, starting with the initial one, so tests can assert the
    whole sequence a flow produced.
    """

    def __init__(self, table: Mapping[tuple[S, E], S], initial: S) -> None:
        self._table = table
        self._state = initial
        self.history: list[S] = [initial]
        self._observers: list[Callable[[S, E, S], None]] = []

    @property
    def state(self) -> S:
        return self._state

    def can(self, event: E) -> bool:
        return (self._state, event) in self._table

    def observe(self, callback: Callable[[S, E, S], None]) -> None:
        """Call ``callback(old, event, new)`` after each move."""
        self._observers.append(callback)

    def fire(self, event: E) -> S:
        """Apply ``event``; raise ``IllegalTransition`` if the table has no move for it."""
        old = self._state
        try:
            new = self._table[(old, event)]
        except KeyError:
            raise IllegalTransition(old, event) from None
        self._state = new
        self.history.append(new)
        for callback in list(self._observers):
            callback(old, event, new)
        return new

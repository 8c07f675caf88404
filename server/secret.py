"""A string whose ``repr``/``str`` are masked so it cannot leak through logs or tracebacks."""

from __future__ import annotations

import secrets


class Secret:
    """A string whose ``repr``/``str`` are masked so it cannot leak through logs or tracebacks."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not value:
            raise ValueError("a secret must not be empty")
        self._value = value

    @classmethod
    def generate(cls) -> Secret:
        """A fresh random secret (256 bits)."""
        return cls(secrets.token_urlsafe(32))

    def reveal(self) -> str:
        """The plain value; call only where it is used, never to log it."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    def __str__(self) -> str:
        return "**********"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and secrets.compare_digest(self._value, other._value)

    def __hash__(self) -> int:
        return hash(self._value)

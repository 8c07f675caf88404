"""Configuration of one service instance, with secrets that never show up in logs or reprs."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from app.core.protocol import IceServer


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


DEFAULT_DATABASE_URL = "sqlite://"  # in-memory; pass a file URL (sqlite:///path.db) to keep data


@dataclass(frozen=True, slots=True)
class ServiceSettings:
    """Everything one service instance needs; defaults suit a loopback dev/demo instance."""

    host: str = "127.0.0.1"
    port: int = 0
    dev_mode: bool = False
    database_url: str = DEFAULT_DATABASE_URL
    token_secret: Secret = field(default_factory=Secret.generate)
    token_ttl_s: int = 900
    # Handed out on admission. Empty by default: never a public STUN server.
    ice_servers: list[IceServer] = field(default_factory=list)
    reconnect_grace_s: float = 20.0
    hello_timeout_s: float = 10.0
    link_base: str = "samtale://join/"
    rate_per_s: float = 30.0
    rate_burst: int = 60
    ws_max_size: int = 1024 * 1024  # well above MAX_MESSAGE_BYTES so oversize gets a coded error
    outbound_queue: int = 512  # per connection; a client that falls further behind is dropped

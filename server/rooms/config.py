"""A room's type and PINs: validation on creation, salted PIN hashes, and brute-force limits."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.core.errors import ErrorCode
from app.core.room_types import ROOM_RULES, RoomRules, RoomType
from server.rooms.members import RoomError

PIN_MIN, PIN_MAX = 4, 12
PIN_ITERATIONS = 20_000  # PBKDF2-SHA256; a PIN is short, so the attempt limit is the real guard
PIN_TRIES = 5  # wrong PINs per person and room ...
PIN_WINDOW_S = 300.0  # ... within this window, before every attempt is refused as rate_limited


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """``salt_hex$hash_hex`` of a PIN (never stored or logged in the clear)."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, PIN_ITERATIONS)
    return f"{salt.hex()}${digest.hex()}"


class HashedPin(str):
    """A PIN as typed, with its hashes under given salts already computed (in a worker thread).

    ``pin_matches`` uses them instead of hashing on the event loop; to every other reader it is the
    PIN string it was made from.
    """

    hashes: dict[str, str]

    @classmethod
    def of(cls, pin: str, stored: list[str]) -> HashedPin:
        """Blocking: hash ``pin`` under the salt of each ``stored`` hash."""
        hashed = cls(pin)
        hashed.hashes = {}
        for one in stored:
            salt_hex = one.partition("$")[0]
            hashed.hashes[salt_hex] = hash_pin(pin, bytes.fromhex(salt_hex))
        return hashed


def pin_matches(stored: str, pin: str) -> bool:
    """Whether ``pin`` is the one ``stored`` was made from, compared in constant time."""
    salt_hex, _, _ = stored.partition("$")
    candidate = pin.hashes.get(salt_hex) if isinstance(pin, HashedPin) else None
    if candidate is None:
        candidate = hash_pin(pin, bytes.fromhex(salt_hex))
    return hmac.compare_digest(candidate.encode(), stored.encode())


def check_pin_format(pin: str) -> None:
    if not (PIN_MIN <= len(pin) <= PIN_MAX and pin.isascii() and pin.isdigit()):
        raise RoomError(ErrorCode.BAD_MESSAGE, f"a PIN is {PIN_MIN}-{PIN_MAX} digits")


@dataclass(frozen=True, slots=True)
class RoomConfig:
    """What the room was created as; PINs only as salted hashes."""

    room_type: RoomType = RoomType.PERSONAL
    host_pin_hash: str | None = field(default=None, repr=False)
    guest_pin_hash: str | None = field(default=None, repr=False)

    @property
    def rules(self) -> RoomRules:
        return ROOM_RULES[self.room_type]

    @classmethod
    def create(cls, room_type: RoomType, host_pin: str | None, guest_pin: str | None) -> RoomConfig:
        """Validate a creation request against the room type's rules; raises ``RoomError``."""
        rules = ROOM_RULES[room_type]
        if rules.host_pin_required and not host_pin:
            raise RoomError(ErrorCode.PIN_REQUIRED, f"a {room_type.value} room needs a host PIN")
        may_host = rules.host_pin_required or rules.pins_allowed
        if (host_pin and not may_host) or (guest_pin and not rules.pins_allowed):
            raise RoomError(ErrorCode.BAD_MESSAGE, f"a {room_type.value} room takes no such PIN")
        for pin in (host_pin, guest_pin):
            if pin:
                check_pin_format(pin)
        return cls(
            room_type=room_type,
            host_pin_hash=hash_pin(host_pin) if host_pin else None,
            guest_pin_hash=hash_pin(guest_pin) if guest_pin else None,
        )


class PinGuard:
    """Counts wrong PINs per person; past ``PIN_TRIES`` in ``PIN_WINDOW_S`` every try is refused.

    Times are wall-clock seconds so the counters can be stored and outlive a restart.
    """

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._failures: dict[str, list[float]] = {}

    def check(self, user_id: str, stored: str | None, pin: str | None) -> None:
        """Raise ``rate_limited``, ``pin_required`` or ``wrong_pin``; return if the PIN is right."""
        if stored is None:
            return
        now = self._clock()
        recent = [t for t in self._failures.get(user_id, []) if now - t < PIN_WINDOW_S]
        self._failures[user_id] = recent
        if len(recent) >= PIN_TRIES:
            raise RoomError(ErrorCode.RATE_LIMITED, "too many wrong PINs; try again later")
        if not pin:
            raise RoomError(ErrorCode.PIN_REQUIRED, "this room needs a PIN")
        if not pin_matches(stored, pin):
            recent.append(now)
            raise RoomError(ErrorCode.WRONG_PIN, "wrong PIN")
        self._failures.pop(user_id, None)

    def failures(self) -> dict[str, list[float]]:
        """Wrong-PIN times per person still inside the window (to be stored)."""
        now = self._clock()
        recent = {k: [t for t in v if now - t < PIN_WINDOW_S] for k, v in self._failures.items()}
        return {k: v for k, v in recent.items() if v}

    def restore(self, failures: dict[str, list[float]]) -> None:
        self._failures = {k: list(v) for k, v in failures.items()}

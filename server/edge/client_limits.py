"""Per-client budgets at the edges anyone can reach: BankID starts, refresh, OpenID logins, join codes,
e-mail sign-in codes.

A moving window per (budget, key): at most ``amount`` events in the last ``per_s`` seconds. Keys are
client addresses (as the trusted reverse proxy names them, see ``server.runner``) or user ids; they
are never logged. Memory is bounded: past ``max_keys`` keys the least recently used are forgotten.
The counts live in this process; with several instances they are kept in Redis instead
(``server.edge.shared_limits.RedisLimits``, the same budgets and methods), so they hold across them.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, cast

from starlette.requests import HTTPConnection

from app.core.errors import ErrorCode, ProtocolError


@dataclass(frozen=True, slots=True)
class Budget:
    amount: int
    per_s: float


BUDGETS: dict[str, Budget] = {
    # A person starts BankID a few times at most; a flood from one address cannot fill the order table.
    "bankid_start": Budget(10, 60.0),
    # A desktop refreshes every ~15 minutes; a clinic behind one address has room for many.
    "refresh": Budget(60, 60.0),
    "oidc": Budget(20, 60.0),
    # Join codes that name no room, per user and per address (many people may share one address):
    # guessing codes is slow either way.
    "join_code_miss_user": Budget(20, 600.0),
    "join_code_miss_address": Budget(200, 600.0),
    # E-mail sign-in codes: a few mails per address (a flood of mails to someone is refused) and per
    # client address; tries at a code per client address (each code also dies after five wrong tries).
    "email_code_mail": Budget(3, 600.0),
    "email_code_address": Budget(10, 600.0),
    "email_verify_address": Budget(30, 600.0),
}


class ClientLimits:
    """``check`` refuses with ``rate_limited`` once a key's budget is spent; ``hit`` spends one."""

    def __init__(
        self,
        budgets: dict[str, Budget] | None = None,
        max_keys: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._budgets = budgets or BUDGETS
        self._max_keys = max_keys
        self._clock = clock
        self._events: OrderedDict[tuple[str, str], deque[float]] = OrderedDict()

    def _window(self, kind: str, key: str) -> tuple[Budget, deque[float]]:
        budget = self._budgets[kind]
        events = self._events.get((kind, key))
        if events is None:
            events = self._events[(kind, key)] = deque()
            while len(self._events) > self._max_keys:
                self._events.popitem(last=False)
        else:
            self._events.move_to_end((kind, key))
        cutoff = self._clock() - budget.per_s
        while events and events[0] <= cutoff:
            events.popleft()
        return budget, events

    async def allowed(self, kind: str, key: str) -> bool:
        """Whether ``key`` still has budget (spends nothing)."""
        budget, events = self._window(kind, key)
        return len(events) < budget.amount

    async def check(self, kind: str, key: str) -> None:
        if not await self.allowed(kind, key):
            raise ProtocolError(ErrorCode.RATE_LIMITED, "too many attempts, try again later")

    async def hit(self, kind: str, key: str) -> None:
        self._window(kind, key)[1].append(self._clock())

    async def take(self, kind: str, key: str) -> None:
        """``check`` then ``hit``: for budgets that count every attempt."""
        await self.check(kind, key)
        await self.hit(kind, key)


def client_address(conn: HTTPConnection) -> str:
    """The client's address: the peer, or the one a trusted proxy put in X-Forwarded-For."""
    return conn.client.host if conn.client is not None else "unknown"


class Limits(Protocol):
    """What the routes use: ``ClientLimits`` in one process, ``RedisLimits`` across instances."""

    async def allowed(self, kind: str, key: str) -> bool: ...
    async def check(self, kind: str, key: str) -> None: ...
    async def hit(self, kind: str, key: str) -> None: ...
    async def take(self, kind: str, key: str) -> None: ...


def limits_of(conn: HTTPConnection) -> Limits:
    return cast(Limits, conn.app.state.limits)

"""The per-client budgets of ``server.edge.client_limits`` counted in Redis, so they hold across
every instance of a deployment (decision 0016).

One sorted set per (budget, key) holds the times of its events; a check drops those older than
the window and counts the rest. Keys are hashed before they reach Redis, so no client address or
user id is stored there; each set expires with its window.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Callable

import redis.asyncio as aredis

from app.core.errors import ErrorCode, ProtocolError
from server.edge.client_limits import BUDGETS, Budget


class RedisLimits:
    """``check`` refuses with ``rate_limited`` once a key's budget is spent; ``hit`` spends one."""

    def __init__(
        self,
        client: aredis.Redis,
        budgets: dict[str, Budget] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._redis = client
        self._budgets = budgets or BUDGETS
        self._clock = clock

    @staticmethod
    def _name(kind: str, key: str) -> str:
        return f"samtale:limit:{kind}:{hashlib.sha256(key.encode()).hexdigest()[:32]}"

    async def allowed(self, kind: str, key: str) -> bool:
        """Whether ``key`` still has budget (spends nothing)."""
        budget, name = self._budgets[kind], self._name(kind, key)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.zremrangebyscore(name, "-inf", self._clock() - budget.per_s)
            pipe.zcard(name)
            _, count = await pipe.execute()
        return int(count) < budget.amount

    async def check(self, kind: str, key: str) -> None:
        if not await self.allowed(kind, key):
            raise ProtocolError(ErrorCode.RATE_LIMITED, "too many attempts, try again later")

    async def hit(self, kind: str, key: str) -> None:
        budget, name = self._budgets[kind], self._name(kind, key)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.zadd(name, {secrets.token_hex(8): self._clock()})
            pipe.expire(name, int(budget.per_s) + 1)
            await pipe.execute()

    async def take(self, kind: str, key: str) -> None:
        """``check`` then ``hit``: for budgets that count every attempt."""
        await self.check(kind, key)
        await self.hit(kind, key)

"""Keeps the access token fresh for an all-day session by rotating the refresh token before it expires."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from app.core.errors import ErrorCode
from app.session.auth.login_session import LoginSession
from app.session.errors import SessionError
from app.session.tasks import TaskOwner

log = logging.getLogger(__name__)

_REFUSED = {ErrorCode.INVALID_TOKEN, ErrorCode.TOKEN_EXPIRED, ErrorCode.UNAUTHENTICATED}
MAX_LEAD_S = 60.0  # renew at most this long before expiry (a third of the lifetime for short tokens)


class TokenKeeper:
    """Owns one task that renews the login's access token shortly before it expires.

    Each new token goes to ``use_token`` (``ServiceApi.use_token``). ``renew()`` does it on demand
    (when the service answered ``token_expired``); concurrent callers share one refresh. The wall
    clock decides when, checked at least every ``tick_s``, so a laptop waking from sleep renews at once.
    A refused refresh token ends the keeper and calls ``on_lost(code)``; an unreachable service is
    retried every ``retry_s``. ``close()`` is idempotent.
    """

    def __init__(
        self,
        session: LoginSession,
        use_token: Callable[[str], None],
        *,
        on_lost: Callable[[ErrorCode], None] = lambda code: None,
        clock: Callable[[], float] = time.time,
        tick_s: float = 1.0,
        retry_s: float = 5.0,
    ) -> None:
        self._session = session
        self._use_token = use_token
        self._on_lost = on_lost
        self._clock = clock
        self._tick_s = tick_s
        self._retry_s = retry_s
        self._tasks = TaskOwner("token-keeper")
        self._renewing: asyncio.Future[str | SessionError] | None = None
        self._expires_at = 0.0
        self._lifetime = 0.0
        self.renewals = 0
        login = session.login
        if login is None or login.refresh_token is None:
            raise SessionError(ErrorCode.INVALID_TOKEN, "no renewable login")
        self._adopt(login.access_token, login.expires_in)

    def _adopt(self, token: str, expires_in: int) -> None:
        self._lifetime = float(expires_in)
        self._expires_at = self._clock() + expires_in
        self._use_token(token)

    @property
    def due_at(self) -> float:
        """When (wall clock) the next renewal is due."""
        return self._expires_at - min(MAX_LEAD_S, self._lifetime / 3)

    def start(self) -> TokenKeeper:
        self._tasks.spawn(self._run(), "renew")
        return self

    async def renew(self) -> str:
        """A fresh access token now (one refresh for all concurrent callers); raises ``SessionError``."""
        if self._tasks.closed:
            raise SessionError(ErrorCode.INVALID_TOKEN, "the token keeper is closed")
        if self._renewing is None:
            task: asyncio.Task[str | SessionError] = self._tasks.spawn(self._refresh(), "refresh")
            task.add_done_callback(self._renewed)
            self._renewing = task
        outcome: str | SessionError = await asyncio.shield(self._renewing)
        if isinstance(outcome, SessionError):
            raise SessionError(outcome.code, outcome.detail)
        return outcome

    def _renewed(self, task: asyncio.Future[str | SessionError]) -> None:
        if self._renewing is task:
            self._renewing = None

    async def _refresh(self) -> str | SessionError:
        """One refresh; the outcome (a token or the refusal) is returned, never raised."""
        try:
            login = await self._session.renew()
        except SessionError as exc:
            return exc
        self._adopt(login.access_token, login.expires_in)
        self.renewals += 1
        log.info("access token renewed")
        return login.access_token

    async def _run(self) -> None:
        while True:
            wait = self.due_at - self._clock()
            if wait > 0:
                await asyncio.sleep(min(wait, self._tick_s))
                continue
            try:
                await self.renew()
            except SessionError as exc:
                if exc.code in _REFUSED:
                    log.warning("access token cannot be renewed code=%s", exc.code.value)
                    self._on_lost(exc.code)
                    return
                log.info("access token renewal failed code=%s; retrying", exc.code.value)
                await asyncio.sleep(self._retry_s)

    async def close(self) -> None:
        """Stop renewing; safe to call more than once."""
        await self._tasks.close()

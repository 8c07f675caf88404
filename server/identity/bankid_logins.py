"""Brokers BankID logins for the desktop: one order each, collected every 2 s, QR computed per poll."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol.models import BankIdMessage
from app.core.protocol.rest import BankIdLoginState, BankIdStartResponse, BankIdStatus, LoginResponse
from server.identity.bankid_client import AuthOrder, BankIdClient, BankIdError, CompletedUser
from server.identity.bankid_hints import error_message, failed_message, pending_message
from server.identity.bankid_qr import qr_data, qr_time_since

log = logging.getLogger(__name__)

Complete = Callable[[CompletedUser], Awaitable[LoginResponse]]
MAX_LOGINS = 1000  # orders running at once (finished ones do not count)
MAX_PER_ADDRESS = 5  # unopened orders per client address; one more ends that address's oldest
KEEP_FINISHED_S = 60.0  # a finished login stays readable this long
MAX_FINISHED = 10_000  # ...and at most this many are kept (the oldest go first)
# BankID's hints for an order nobody has opened in a BankID app yet: what a flood's orders stay at.
_UNOPENED = frozenset({"outstandingTransaction", "noClient", ""})


@dataclass(slots=True)
class _Login:
    order: AuthOrder
    started_at: float
    last_seen: float
    status: BankIdStatus = BankIdStatus.PENDING
    message: BankIdMessage = BankIdMessage.RFA1
    result: LoginResponse | None = None
    ended_at: float | None = None
    same_device: bool = False  # the desktop opened the BankID app on this computer
    task: asyncio.Task[None] | None = None
    address: str = ""  # the client's address (never logged)
    opened: bool = False  # someone opened it in a BankID app: a real person, never evicted


class BankIdLogins:
    """Owns every running order and its collect task; ``close()`` cancels them all (idempotent)."""

    def __init__(
        self,
        client: BankIdClient,
        complete: Complete,
        *,
        interval_s: float = 2.0,
        abandon_after_s: float = 15.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._complete = complete
        self._interval_s = interval_s
        self._abandon_after_s = abandon_after_s
        self._clock = clock
        self._logins: dict[str, _Login] = {}
        self._closed = False

    async def start(self, end_user_ip: str) -> BankIdStartResponse:
        """Start an order; the desktop gets an opaque login id and the autostart token only.

        Unauthenticated starts from many addresses cannot lock real people out: each address has at
        most ``MAX_PER_ADDRESS`` orders running (a new one ends its oldest), and when ``MAX_LOGINS``
        run, the oldest that nobody has opened in a BankID app is ended to make room; an order a
        person is signing is never ended for another."""
        self._forget_old()
        if self._closed:
            raise ProtocolError(ErrorCode.RATE_LIMITED, "too many BankID logins")
        running = [(i, x) for i, x in self._logins.items() if x.status is BankIdStatus.PENDING]
        mine = [i for i, x in running if x.address == end_user_ip and not x.opened]
        evict = mine[: max(0, len(mine) - MAX_PER_ADDRESS + 1)]
        if len(running) - len(evict) >= MAX_LOGINS:
            unopened = [i for i, x in running if not x.opened and i not in evict]
            if not unopened:
                raise ProtocolError(ErrorCode.RATE_LIMITED, "too many BankID logins")
            evict.append(min(unopened, key=lambda i: self._logins[i].started_at))
        for login_id in evict:  # ended as if its desktop had left: it says so if polled again
            log.info("bankid order ended to make room")
            login = self._logins[login_id]
            await self._stop(login)
            login.ended_at = self._clock()
        try:
            order = await self._client.auth(end_user_ip)
        except BankIdError as exc:
            log.warning("bankid auth refused error=%s", exc.error_code)
            raise ProtocolError(ErrorCode.PROVIDER_UNAVAILABLE, error_message(exc.error_code).value) from None
        login_id = "bid_" + secrets.token_urlsafe(18)
        now = self._clock()
        login = _Login(order=order, started_at=now, last_seen=now, address=end_user_ip)
        self._logins[login_id] = login
        login.task = asyncio.create_task(self._collect(login), name="bankid-collect")
        log.info("bankid login started")
        return BankIdStartResponse(login_id=login_id, auto_start_token=order.auto_start_token)

    def state(self, login_id: str, same_device: bool = False) -> BankIdLoginState:
        """This moment's QR and message; on completion the login once, then the id is gone."""
        login = self._logins.get(login_id)
        if login is None:
            raise ProtocolError(ErrorCode.NOT_FOUND, "no such BankID login")
        login.same_device = login.same_device or same_device
        now = self._clock()
        login.last_seen = now
        if login.status is BankIdStatus.PENDING:
            o = login.order
            qr = qr_data(o.qr_start_token, o.qr_start_secret, qr_time_since(login.started_at, now))
            return BankIdLoginState(status=login.status, message=login.message, qr=qr)
        if login.status is BankIdStatus.COMPLETE:
            del self._logins[login_id]
        return BankIdLoginState(status=login.status, message=login.message, login=login.result)

    def qr(self, login_id: str) -> str | None:
        """This moment's QR of a pending login (for drawing it), or None; changes nothing else."""
        login = self._logins.get(login_id)
        if login is None or login.status is not BankIdStatus.PENDING:
            return None
        o = login.order
        return qr_data(o.qr_start_token, o.qr_start_secret, qr_time_since(login.started_at, self._clock()))

    async def cancel(self, login_id: str) -> None:
        """The user closed the login: stop collecting and cancel the order at BankID."""
        login = self._logins.pop(login_id, None)
        if login is None:
            return
        await self._stop(login)

    async def close(self) -> None:
        self._closed = True
        logins, self._logins = list(self._logins.values()), {}
        for login in logins:
            await self._stop(login)

    async def _stop(self, login: _Login) -> None:
        running = login.status is BankIdStatus.PENDING
        if login.task is not None:
            login.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await login.task
        if running:
            login.status, login.message = BankIdStatus.FAILED, BankIdMessage.RFA6
            await self._cancel_order(login)

    async def _cancel_order(self, login: _Login) -> None:
        try:
            await self._client.cancel(login.order.order_ref)
            log.info("bankid order cancelled")
        except BankIdError as exc:
            log.info("bankid cancel refused error=%s", exc.error_code)

    def _end(self, login: _Login, status: BankIdStatus, message: BankIdMessage) -> None:
        login.status, login.message, login.ended_at = status, message, self._clock()

    async def _collect(self, login: _Login) -> None:
        """Collect every interval until the order ends; never again after that."""
        while login.status is BankIdStatus.PENDING:
            await asyncio.sleep(self._interval_s)
            if self._clock() - login.last_seen > self._abandon_after_s:
                self._end(login, BankIdStatus.FAILED, BankIdMessage.RFA6)
                log.info("bankid login abandoned by the desktop")
                await self._cancel_order(login)
                return
            try:
                result = await self._client.collect(login.order.order_ref)
            except BankIdError as exc:
                log.warning("bankid collect refused error=%s", exc.error_code)
                self._end(login, BankIdStatus.FAILED, error_message(exc.error_code))
                return
            if result.status == "pending":
                login.opened = login.opened or (result.hint_code or "") not in _UNOPENED
                login.message = pending_message(result.hint_code, login.same_device)
            elif result.status == "failed":
                log.info("bankid login failed hint=%s", result.hint_code)
                self._end(login, BankIdStatus.FAILED, failed_message(result.hint_code))
            elif result.user is not None:
                try:
                    login.result = await self._complete(result.user)
                except Exception as exc:
                    log.error("bankid completion failed error=%s", type(exc).__name__)
                    self._end(login, BankIdStatus.FAILED, BankIdMessage.RFA22)
                    return
                self._end(login, BankIdStatus.COMPLETE, BankIdMessage.RFA21)
                log.info("bankid login complete")

    def _forget_old(self) -> None:
        now = self._clock()
        finished = [(x.ended_at, i) for i, x in self._logins.items() if x.ended_at is not None]
        finished.sort()
        for rank, (ended_at, login_id) in enumerate(finished):
            if now - ended_at > KEEP_FINISHED_S or rank < len(finished) - MAX_FINISHED:
                del self._logins[login_id]

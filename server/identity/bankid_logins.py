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
MAX_LOGINS = 1000  # running at once; more are refused rather than exhausting the service
KEEP_FINISHED_S = 60.0  # a finished login stays readable this long


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
        """Start an order; the desktop gets an opaque login id and the autostart token only."""
        self._forget_old()
        if self._closed or len(self._logins) >= MAX_LOGINS:
            raise ProtocolError(ErrorCode.RATE_LIMITED, "too many BankID logins")
        try:
            order = await self._client.auth(end_user_ip)
        except BankIdError as exc:
            log.warning("bankid auth refused error=%s", exc.error_code)
            raise ProtocolError(ErrorCode.PROVIDER_UNAVAILABLE, error_message(exc.error_code).value) from None
        login_id = "bid_" + secrets.token_urlsafe(18)
        now = self._clock()
        login = _Login(order=order, started_at=now, last_seen=now)
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
        for login_id, login in list(self._logins.items()):
            if login.ended_at is not None and now - login.ended_at > KEEP_FINISHED_S:
                del self._logins[login_id]

"""The desktop's login: the access token in memory, the refresh token in the keyring, resume, logout."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from app.core.errors import ErrorCode
from app.core.protocol import LoginResponse
from app.core.protocol.rest import BankIdLoginState, BankIdStatus
from app.session.auth.auth_api import AuthApi
from app.session.auth.keystore import RefreshTokenStore
from app.session.auth.oidc import IdTokenGrant
from app.session.errors import SessionError

log = logging.getLogger(__name__)

BANKID_POLL_S = 1.0  # the QR changes each second


class LoginSession:
    """Turns a provider login into a ``LoginResponse`` and remembers it; ``remembered`` says if it could."""

    def __init__(self, api: AuthApi, store: RefreshTokenStore) -> None:
        self._api = api
        self._store = store
        self.login: LoginResponse | None = None
        self.remember_error: ErrorCode | None = None

    def _keep(self, login: LoginResponse) -> LoginResponse:
        self.login = login
        self.remember_error = None
        if login.refresh_token is not None:
            try:
                self._store.save(login.refresh_token)
            except SessionError as exc:
                self.remember_error = exc.code  # logged in, but the next start asks again
        return login

    async def resume(self) -> LoginResponse | None:
        """Log in again with the stored refresh token, if there is one that still works."""
        try:
            token = self._store.load()
        except SessionError as exc:
            self.remember_error = exc.code
            return None
        if token is None:
            return None
        try:
            return self._keep(await self._api.refresh(token))
        except SessionError as exc:
            if exc.code in (ErrorCode.INVALID_TOKEN, ErrorCode.TOKEN_EXPIRED):
                self._store.delete()
                return None
            raise

    async def renew(self) -> LoginResponse:
        """Rotate the refresh token of this login for a new access token; the keyring gets the new one.

        A refused refresh token (reused, revoked, expired) is forgotten here and in the keyring.
        """
        login = self.login
        if login is None or login.refresh_token is None:
            raise SessionError(ErrorCode.INVALID_TOKEN, "no login to renew")
        try:
            return self._keep(await self._api.refresh(login.refresh_token))
        except SessionError as exc:
            if exc.code in (ErrorCode.INVALID_TOKEN, ErrorCode.TOKEN_EXPIRED):
                self.login = None
                with contextlib.suppress(SessionError):
                    self._store.delete()
            raise

    async def with_oidc(self, grant: IdTokenGrant) -> LoginResponse:
        return self._keep(await self._api.oidc_login(grant))

    async def with_email_code(self, address: str, code: str) -> LoginResponse:
        return self._keep(await self._api.email_login(address, code))

    async def with_bankid(
        self,
        on_state: Callable[[BankIdLoginState, str], None],
        same_device: Callable[[], bool] = lambda: False,
    ) -> LoginResponse:
        """Start a BankID login and poll it each second; ``on_state(state, auto_start_token)`` draws it.

        ``same_device()`` says whether the user opened the BankID app on this computer (it changes the
        messages BankID recommends).

        Cancelling this coroutine cancels the order at the service (and so at BankID).
        """
        started = await self._api.bankid_start()
        finished = False
        try:
            while True:
                state = await self._api.bankid_state(started.login_id, same_device())
                on_state(state, started.auto_start_token)
                if state.status is BankIdStatus.COMPLETE and state.login is not None:
                    finished = True
                    return self._keep(state.login)
                if state.status is BankIdStatus.FAILED:
                    finished = True
                    raise SessionError(ErrorCode.LOGIN_FAILED, state.message.value)
                await asyncio.sleep(BANKID_POLL_S)
        finally:
            if not finished:
                await asyncio.shield(self._api.bankid_cancel(started.login_id))

    async def logout(self) -> None:
        """Forget the login here and at the service; the keyring entry is removed."""
        token = self.login.refresh_token if self.login is not None else None
        self.login = None
        try:
            token = self._store.load() or token
            self._store.delete()
        except SessionError as exc:
            self.remember_error = exc.code
        if token is not None:
            try:
                await self._api.logout(token)
            except SessionError as exc:
                log.info("logout at the service failed code=%s", exc.code)

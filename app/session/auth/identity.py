"""Composes the desktop's identity logins for one service: BankID, OpenID providers, resume, logout."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from app.core.errors import ErrorCode
from app.core.protocol import LoginResponse
from app.core.protocol.rest import AuthProviders, BankIdLoginState, OidcProviderInfo
from app.session.api import ServiceApi
from app.session.auth.auth_api import AuthApi
from app.session.auth.keystore import RefreshTokenStore
from app.session.auth.login_session import LoginSession
from app.session.auth.oidc import OidcLogin, OpenBrowser
from app.session.auth.token_keeper import TokenKeeper
from app.session.errors import SessionError


class IdentityLogins:
    """What the login page needs; ``open_browser`` is injected (``webbrowser.open`` in the app)."""

    def __init__(
        self,
        service_url: str,
        open_browser: OpenBrowser,
        *,
        store: RefreshTokenStore | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.api = AuthApi(service_url, transport=transport)
        self.session = LoginSession(self.api, store or RefreshTokenStore(service_url))
        self._open_browser = open_browser

    async def providers(self) -> AuthProviders:
        return await self.api.providers()

    async def bankid(
        self, on_state: Callable[[BankIdLoginState, str], None], same_device: Callable[[], bool]
    ) -> LoginResponse:
        return await self.session.with_bankid(on_state, same_device)

    async def oidc(self, provider: OidcProviderInfo) -> LoginResponse:
        grant = await OidcLogin(provider, self._open_browser).run()
        return await self.session.with_oidc(grant)

    async def email_code(self, address: str, name: str, language: str) -> None:
        """Have a one-time code mailed to ``address`` (people without an e-ID: a lower level)."""
        await self.api.email_code(address, name, language)

    async def email_login(self, address: str, code: str) -> LoginResponse:
        return await self.session.with_email_code(address, code)

    async def act_for(self, child_national_id: str) -> LoginResponse:
        """As the logged-in guardian, act for a child under 16 (not kept in the keyring)."""
        login = self.session.login
        if login is None:
            raise SessionError(ErrorCode.UNAUTHENTICATED, "log in first")
        return await self.api.act_for(login.access_token, child_national_id)

    def keep_fresh(
        self, api: ServiceApi, on_lost: Callable[[ErrorCode], None] = lambda code: None
    ) -> TokenKeeper:
        """Keep ``api``'s access token renewed for the current login (closed with ``api``)."""
        keeper = TokenKeeper(self.session, api.use_token, on_lost=on_lost).start()
        api.keep_fresh(keeper)
        return keeper

    async def resume(self) -> LoginResponse | None:
        return await self.session.resume()

    async def logout(self) -> None:
        await self.session.logout()

    async def close(self) -> None:
        await self.api.close()

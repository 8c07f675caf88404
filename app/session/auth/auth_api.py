"""REST calls under ``/v1/auth``: providers, BankID logins, OpenID login, e-mail codes, refresh and logout."""

from __future__ import annotations

from typing import Any, TypeVar

import httpx

from app.core.errors import ErrorCode
from app.core.protocol import API_PREFIX, LoginResponse, to_json
from app.core.protocol.rest import (
    ActForRequest,
    AuthProviders,
    BankIdLoginState,
    BankIdStartResponse,
    EmailCodeRequest,
    EmailLoginRequest,
    OidcLoginRequest,
    RefreshRequest,
)
from app.session.auth.oidc import IdTokenGrant
from app.session.errors import SessionError
from app.session.http_answers import decode, refusal

T = TypeVar("T")


class AuthApi:
    """Every failure becomes ``SessionError(code)``; only ``act_for`` carries a bearer token."""

    def __init__(
        self, base_url: str, *, transport: httpx.AsyncBaseTransport | None = None, timeout: float = 10.0
    ) -> None:
        self._client = httpx.AsyncClient(
            base_url=f"{base_url.rstrip('/')}{API_PREFIX}/auth", transport=transport, timeout=timeout
        )

    async def providers(self) -> AuthProviders:
        return await self._call("GET", "/providers", AuthProviders)

    async def bankid_start(self) -> BankIdStartResponse:
        return await self._call("POST", "/bankid", BankIdStartResponse)

    async def bankid_state(self, login_id: str, same_device: bool = False) -> BankIdLoginState:
        params = {"device": "this"} if same_device else None
        return await self._call("GET", f"/bankid/{login_id}", BankIdLoginState, params=params)

    async def bankid_cancel(self, login_id: str) -> None:
        await self._send("DELETE", f"/bankid/{login_id}")

    async def oidc_login(self, grant: IdTokenGrant) -> LoginResponse:
        body = OidcLoginRequest(provider_id=grant.provider_id, id_token=grant.id_token, nonce=grant.nonce)
        return await self._call("POST", "/oidc", LoginResponse, json=to_json(body))

    async def email_code(self, address: str, name: str, language: str) -> None:
        """Ask the service to mail a one-time code (answered alike for every address)."""
        body = EmailCodeRequest(address=address, name=name, language=language)
        await self._send("POST", "/email", json=to_json(body))

    async def email_login(self, address: str, code: str) -> LoginResponse:
        body = EmailLoginRequest(address=address, code=code)
        return await self._call("POST", "/email/verify", LoginResponse, json=to_json(body))

    async def refresh(self, refresh_token: str) -> LoginResponse:
        body = to_json(RefreshRequest(refresh_token=refresh_token))
        return await self._call("POST", "/refresh", LoginResponse, json=body)

    async def act_for(self, access_token: str, child_national_id: str) -> LoginResponse:
        """As the logged-in guardian (``access_token``), a login acting for a child under 16."""
        body = to_json(ActForRequest(national_id=child_national_id))
        headers = {"Authorization": f"Bearer {access_token}"}
        return await self._call("POST", "/act-for", LoginResponse, json=body, headers=headers)

    async def logout(self, refresh_token: str) -> None:
        await self._send("POST", "/logout", json=to_json(RefreshRequest(refresh_token=refresh_token)))

    async def _call(self, method: str, path: str, result: type[T], **kwargs: Any) -> T:
        return decode(result, await self._send(method, path, **kwargs))

    async def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            response = await self._client.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise SessionError(ErrorCode.SERVICE_UNREACHABLE, type(exc).__name__) from exc
        if response.is_error:
            raise SessionError(*refusal(response))
        return response

    async def close(self) -> None:
        await self._client.aclose()

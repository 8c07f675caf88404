"""The desktop half of OpenID Connect: authorization code + PKCE (S256) in the system browser."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

import httpx

from app.core.errors import ErrorCode
from app.core.protocol.rest import OidcProviderInfo
from app.session.auth.loopback import LoopbackRedirect
from app.session.errors import SessionError

log = logging.getLogger(__name__)

OpenBrowser = Callable[[str], object]
BROWSER_TIMEOUT_S = 300.0


@dataclass(frozen=True, slots=True)
class IdTokenGrant:
    """What the service needs to verify the login: the ID token and the nonce we sent."""

    provider_id: str
    id_token: str
    nonce: str

    def __repr__(self) -> str:
        return f"IdTokenGrant(provider_id={self.provider_id!r}, id_token='***', nonce='***')"


def _secure(url: str) -> bool:
    """HTTPS, or plain HTTP on loopback only."""
    parts = urlsplit(url)
    return parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in ("127.0.0.1", "::1"))


def pkce_pair() -> tuple[str, str]:
    """``(verifier, S256 challenge)`` per RFC 7636."""
    verifier = secrets.token_urlsafe(64)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class OidcLogin:
    """Runs one login; ``open_browser`` is injected (the real one opens the system browser)."""

    def __init__(
        self,
        provider: OidcProviderInfo,
        open_browser: OpenBrowser,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout_s: float = BROWSER_TIMEOUT_S,
    ) -> None:
        self._provider = provider
        self._open_browser = open_browser
        self._transport = transport
        self._timeout_s = timeout_s

    async def run(self) -> IdTokenGrant:
        """Browser login → code on the loopback redirect → token request with the PKCE verifier."""
        async with httpx.AsyncClient(transport=self._transport, timeout=10.0, trust_env=False) as http:
            meta = await self._discover(http)
            state, nonce = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
            verifier, challenge = pkce_pair()
            receiver = LoopbackRedirect()
            redirect_uri = await receiver.start()
            try:
                query = urlencode(
                    {
                        **(
                            {"acr_values": " ".join(self._provider.acr_values)}
                            if self._provider.acr_values
                            else {}
                        ),
                        "response_type": "code",
                        "client_id": self._provider.client_id,
                        "redirect_uri": redirect_uri,
                        "scope": " ".join(self._provider.scopes),
                        "state": state,
                        "nonce": nonce,
                        "code_challenge": challenge,
                        "code_challenge_method": "S256",
                    }
                )
                self._open_browser(f"{meta['authorization_endpoint']}?{query}")
                try:
                    async with asyncio.timeout(self._timeout_s):
                        params = await receiver.wait()
                except TimeoutError:
                    raise SessionError(ErrorCode.LOGIN_CANCELLED, "no answer from the browser") from None
            finally:
                await receiver.close()
            if not hmac.compare_digest(params.get("state", ""), state):
                log.warning("oidc callback with a wrong state")
                raise SessionError(ErrorCode.IDENTITY_REJECTED, "wrong state")
            if "error" in params or "code" not in params:
                raise SessionError(ErrorCode.LOGIN_CANCELLED, params.get("error", "no code")[:64])
            id_token = await self._exchange(http, meta, params["code"], redirect_uri, verifier)
        return IdTokenGrant(self._provider.provider_id, id_token, nonce)

    async def _discover(self, http: httpx.AsyncClient) -> dict[str, str]:
        url = self._provider.issuer.rstrip("/") + "/.well-known/openid-configuration"
        try:
            meta = (await http.get(url)).raise_for_status().json()
        except (httpx.HTTPError, ValueError) as exc:
            raise SessionError(ErrorCode.PROVIDER_UNAVAILABLE, type(exc).__name__) from None
        if not isinstance(meta, dict) or meta.get("issuer") != self._provider.issuer:
            raise SessionError(ErrorCode.IDENTITY_REJECTED, "discovery issuer mismatch")
        if "S256" not in meta.get("code_challenge_methods_supported", ["S256"]):
            raise SessionError(ErrorCode.PROVIDER_UNAVAILABLE, "provider lacks PKCE S256")
        endpoints = {k: str(meta.get(k, "")) for k in ("authorization_endpoint", "token_endpoint")}
        if not all(_secure(url) for url in endpoints.values()):
            raise SessionError(ErrorCode.IDENTITY_REJECTED, "provider endpoints not on https")
        return endpoints

    async def _exchange(
        self, http: httpx.AsyncClient, meta: dict[str, str], code: str, redirect_uri: str, verifier: str
    ) -> str:
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
            "client_id": self._provider.client_id,
            "code_verifier": verifier,
        }
        try:
            response = await http.post(meta["token_endpoint"], data=form)
        except httpx.HTTPError as exc:
            raise SessionError(ErrorCode.PROVIDER_UNAVAILABLE, type(exc).__name__) from None
        if response.status_code != 200:
            log.info("oidc token request refused status=%d", response.status_code)
            raise SessionError(ErrorCode.IDENTITY_REJECTED, "token request refused")
        id_token = response.json().get("id_token")
        if not isinstance(id_token, str):
            raise SessionError(ErrorCode.IDENTITY_REJECTED, "no ID token")
        return id_token

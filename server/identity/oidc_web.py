"""OpenID Connect for the browser guest page: the authorization code flow with PKCE, redirected back
to the page itself (``/guest/return``).

The page makes the PKCE verifier, ``state`` and ``nonce`` and keeps them in its tab; the service only
builds the provider's authorization address (the page may not fetch the provider's discovery: its
Content-Security-Policy allows its own origin only) and, when the page comes back with the code,
exchanges code and verifier at the provider's token endpoint as the same public client the desktop
is, then verifies the ID token like any other (``OidcVerifier``). The redirect address must be the
deployment's own page, so a code is never sent elsewhere.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx

from app.core.errors import ErrorCode, ProtocolError
from server.identity.oidc_verify import secure_url
from server.settings import OidcProviderSettings
from server.web.origin import origin_allowed

log = logging.getLogger(__name__)

RETURN_PATH = "/guest/return"


@dataclass(frozen=True, slots=True)
class OidcWebStart:
    """``POST /v1/auth/oidc/web``: where the page wants the provider to send the person back."""

    provider_id: str
    redirect_uri: str = field(metadata={"max_len": 512})
    state: str
    nonce: str
    code_challenge: str  # S256 of the page's verifier
    language: str = "en"


@dataclass(frozen=True, slots=True)
class OidcWebAuthorization:
    authorization_url: str


@dataclass(frozen=True, slots=True)
class OidcWebFinish:
    """``POST /v1/auth/oidc/web/token``: the code the provider sent back, with the page's secrets."""

    provider_id: str
    code: str = field(metadata={"max_len": 2048})
    code_verifier: str
    redirect_uri: str = field(metadata={"max_len": 512})
    nonce: str


def check_redirect(redirect_uri: str, host_header: str | None, public_urls: tuple[str, ...]) -> None:
    """The redirect must be this deployment's own return page (else ``bad_message``)."""
    parts = urlsplit(redirect_uri)
    origin = f"{parts.scheme}://{parts.netloc}"
    if parts.path != RETURN_PATH or parts.query or parts.fragment:
        raise ProtocolError(ErrorCode.BAD_MESSAGE, "redirect_uri: not the guest page's return address")
    if not origin_allowed(origin, host_header, public_urls):
        raise ProtocolError(ErrorCode.BAD_MESSAGE, "redirect_uri: not this deployment")


def _check_secrets(*values: str) -> None:
    for value in values:  # RFC 7636: 43–128 characters; state and nonce alike, so none is guessable
        if not 43 <= len(value) <= 128 or not all(c.isalnum() or c in "-._~" for c in value):
            raise ProtocolError(ErrorCode.BAD_MESSAGE, "state, nonce and PKCE: 43-128 URL-safe characters")


class OidcWebFlow:
    """Builds authorization addresses and exchanges codes for the configured providers."""

    def __init__(
        self, providers: tuple[OidcProviderSettings, ...], transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self._providers = {p.provider_id: p for p in providers}
        self._transport = transport

    def _provider(self, provider_id: str) -> OidcProviderSettings:
        provider = self._providers.get(provider_id)
        if provider is None:
            raise ProtocolError(ErrorCode.NOT_FOUND, "no such provider")
        return provider

    async def _discovery(self, provider: OidcProviderSettings) -> dict[str, Any]:
        try:
            async with httpx.AsyncClient(transport=self._transport, timeout=10.0, trust_env=False) as http:
                discovery = provider.issuer.rstrip("/") + "/.well-known/openid-configuration"
                meta = (await http.get(discovery)).json()
            endpoints = (str(meta["authorization_endpoint"]), str(meta["token_endpoint"]))
        except (httpx.HTTPError, ValueError, KeyError, TypeError):
            log.warning("oidc provider unavailable provider=%s", provider.provider_id)
            raise ProtocolError(ErrorCode.PROVIDER_UNAVAILABLE, "cannot reach the provider") from None
        if meta.get("issuer") != provider.issuer or not all(secure_url(u) for u in endpoints):
            raise ProtocolError(ErrorCode.PROVIDER_UNAVAILABLE, "the provider's discovery is not usable")
        return dict(meta)

    async def authorization_url(self, start: OidcWebStart) -> OidcWebAuthorization:
        provider = self._provider(start.provider_id)
        _check_secrets(start.state, start.nonce, start.code_challenge)
        meta = await self._discovery(provider)
        query = {
            "response_type": "code",
            "client_id": provider.client_id,
            "redirect_uri": start.redirect_uri,
            "scope": " ".join(provider.scopes),
            "state": start.state,
            "nonce": start.nonce,
            "code_challenge": start.code_challenge,
            "code_challenge_method": "S256",
            "ui_locales": start.language if start.language in ("nb", "sv", "en") else "en",
        }
        if provider.min_acr:
            query["acr_values"] = provider.min_acr
        return OidcWebAuthorization(f"{meta['authorization_endpoint']}?{urlencode(query)}")

    async def id_token(self, finish: OidcWebFinish) -> str:
        """Exchange the code (with the page's verifier) for the provider's ID token."""
        provider = self._provider(finish.provider_id)
        _check_secrets(finish.code_verifier, finish.nonce)
        meta = await self._discovery(provider)
        form = {
            "grant_type": "authorization_code",
            "code": finish.code,
            "redirect_uri": finish.redirect_uri,
            "client_id": provider.client_id,
            "code_verifier": finish.code_verifier,
        }
        try:
            async with httpx.AsyncClient(transport=self._transport, timeout=10.0, trust_env=False) as http:
                answer = await http.post(str(meta["token_endpoint"]), data=form)
        except httpx.HTTPError:
            raise ProtocolError(ErrorCode.PROVIDER_UNAVAILABLE, "cannot reach the provider") from None
        if answer.status_code != 200:  # a used, expired or foreign code, or a wrong verifier
            log.info("oidc code refused provider=%s status=%s", provider.provider_id, answer.status_code)
            raise ProtocolError(ErrorCode.IDENTITY_REJECTED, "the provider refused the code")
        try:
            token = answer.json()["id_token"]
        except (ValueError, KeyError, TypeError):
            token = None
        if not isinstance(token, str):
            raise ProtocolError(ErrorCode.IDENTITY_REJECTED, "no ID token")
        return token

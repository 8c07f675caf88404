"""Verifies OpenID Connect ID tokens (JWKS signature, iss, aud, exp, nonce, acr) and maps their claims."""

from __future__ import annotations

import hmac
import logging
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx
from joserfc import jwt
from joserfc.errors import InvalidKeyIdError, JoseError
from joserfc.jwk import KeySet

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import Verification
from server.identity.people import VerifiedPerson
from server.settings import OidcProviderSettings, Secret

log = logging.getLogger(__name__)

ALGORITHMS = ["RS256", "PS256", "ES256"]
LEEWAY_S = 30  # clock skew tolerated on exp and iat
JWKS_COOLDOWN_S = 60.0  # an unknown key id refetches the provider's keys at most this often


def secure_url(url: str) -> bool:
    """HTTPS, or plain HTTP on loopback only (tests and local providers)."""
    parts = urlsplit(url)
    return parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in ("127.0.0.1", "::1"))


def _reject(why: str) -> ProtocolError:
    log.info("id token rejected why=%s", why)
    return ProtocolError(ErrorCode.IDENTITY_REJECTED, why)


class OidcVerifier:
    """Checks ID tokens of the configured providers; discovery and JWKS are fetched and cached on use.

    A token signed with a key id the cached keys lack fetches them again (the provider rotated its
    key), at most once per ``JWKS_COOLDOWN_S`` per provider; the first fetch on use does not count.
    """

    def __init__(
        self,
        providers: tuple[OidcProviderSettings, ...],
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._providers = {p.provider_id: p for p in providers}
        self._transport = transport
        self._clock = clock
        self._keys: dict[str, KeySet] = {}
        self._refetched_at: dict[str, float] = {}  # when an unknown key id last refetched the keys

    async def _fetch_keys(self, provider: OidcProviderSettings) -> KeySet:
        try:
            async with httpx.AsyncClient(transport=self._transport, timeout=10.0, trust_env=False) as http:
                meta = (
                    await http.get(provider.issuer.rstrip("/") + "/.well-known/openid-configuration")
                ).json()
                if meta.get("issuer") != provider.issuer:
                    raise _reject("discovery issuer mismatch")
                if not secure_url(provider.issuer) or not secure_url(str(meta["jwks_uri"])):
                    raise _reject("provider not on https")
                jwks = (await http.get(str(meta["jwks_uri"]))).json()
            return KeySet.import_key_set(jwks)
        except (httpx.HTTPError, ValueError, KeyError, TypeError, JoseError):
            log.warning("oidc provider unavailable provider=%s", provider.provider_id)
            raise ProtocolError(ErrorCode.PROVIDER_UNAVAILABLE, "cannot fetch the provider's keys") from None

    async def _decode(self, provider: OidcProviderSettings, id_token: str) -> dict[str, Any]:
        keys = self._keys.get(provider.provider_id)
        if keys is None:
            keys = self._keys[provider.provider_id] = await self._fetch_keys(provider)
        try:
            return dict(jwt.decode(id_token, keys, algorithms=ALGORITHMS).claims)
        except InvalidKeyIdError:  # a key id we do not have: the provider may have rotated its keys
            if not self._may_refetch(provider):
                raise _reject("unknown signing key") from None
        except (JoseError, ValueError):
            raise _reject("bad signature") from None
        keys = await self._refetch(provider)
        try:
            return dict(jwt.decode(id_token, keys, algorithms=ALGORITHMS).claims)
        except (JoseError, ValueError):
            raise _reject("bad signature") from None

    def _may_refetch(self, provider: OidcProviderSettings) -> bool:
        """At most once per ``JWKS_COOLDOWN_S``, so forged key ids cannot make us hammer the provider."""
        last = self._refetched_at.get(provider.provider_id)
        return last is None or self._clock() - last >= JWKS_COOLDOWN_S

    async def _refetch(self, provider: OidcProviderSettings) -> KeySet:
        self._refetched_at[provider.provider_id] = self._clock()
        keys = self._keys[provider.provider_id] = await self._fetch_keys(provider)
        log.info("oidc keys refetched for an unknown key id provider=%s", provider.provider_id)
        return keys

    async def verify(self, provider_id: str, id_token: str, nonce: str) -> VerifiedPerson:
        """The person the token vouches for, or ``identity_rejected`` / ``assurance_too_low``."""
        provider = self._providers.get(provider_id)
        if provider is None:
            raise ProtocolError(ErrorCode.NOT_FOUND, "no such provider")
        claims = await self._decode(provider, id_token)
        self._check(provider, claims, nonce)
        pid = claims.get(provider.pid_claim)
        if not isinstance(pid, str) or not pid:
            raise _reject("no national identity number")
        hpr_value = claims.get(provider.hpr_claim) if provider.hpr_claim else None
        hpr = Secret(str(hpr_value)) if hpr_value else None
        name = claims.get("name") or " ".join(
            str(claims.get(k, "")) for k in ("given_name", "family_name") if claims.get(k)
        )
        return VerifiedPerson(Secret(pid), str(name), Verification.OIDC, hpr)

    def _check(self, provider: OidcProviderSettings, claims: dict[str, Any], nonce: str) -> None:
        now = self._clock()
        if claims.get("iss") != provider.issuer:
            raise _reject("wrong issuer")
        aud = claims.get("aud")
        audiences = aud if isinstance(aud, list) else [aud]
        if provider.client_id not in audiences:
            raise _reject("wrong audience")
        if len(audiences) > 1 and claims.get("azp") != provider.client_id:
            raise _reject("wrong authorized party")
        exp = claims.get("exp")
        if not isinstance(exp, int | float) or exp + LEEWAY_S <= now:
            raise _reject("expired")
        iat = claims.get("iat")
        if isinstance(iat, int | float) and iat - LEEWAY_S > now:
            raise _reject("issued in the future")
        token_nonce = claims.get("nonce")
        if not isinstance(token_nonce, str) or not nonce or not hmac.compare_digest(token_nonce, nonce):
            raise _reject("wrong nonce")
        if provider.min_acr is not None:
            levels = list(provider.acr_values)
            acr = claims.get("acr")
            if acr not in levels or levels.index(acr) < levels.index(provider.min_acr):
                log.info("id token rejected why=assurance")
                raise ProtocolError(ErrorCode.ASSURANCE_TOO_LOW, "assurance level too low")

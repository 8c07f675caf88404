"""The OpenID provider rotates its signing key: the service fetches the new keys instead of refusing
every login until it restarts; a flood of tokens with unknown key ids fetches at most once a minute."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest
from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey

from app.core.errors import ErrorCode, ProtocolError
from app.session.auth.auth_api import AuthApi
from server.identity.oidc_verify import JWKS_COOLDOWN_S, OidcVerifier
from server.settings import OidcProviderSettings
from tests.e2e.test_identity_oidc import PATIENT_PID, browser_login, provider_settings, service_settings
from tests.server.identity.conftest import running_service
from tests.support.oidc.process import BrowserBot, OidcProviderProcess, new_jwks

pytestmark = pytest.mark.e2e


@pytest.fixture
def first_op() -> Iterator[OidcProviderProcess]:
    with OidcProviderProcess(new_jwks("key-2026-01")) as process:
        yield process


async def test_logins_keep_working_after_the_provider_rotates_its_key(first_op: OidcProviderProcess) -> None:
    settings = service_settings(provider_settings(first_op))
    port = urlsplit(first_op.issuer).port
    assert port is not None
    async with running_service(settings) as client:
        api = AuthApi(str(client.base_url))
        before = await api.oidc_login(await browser_login(first_op, BrowserBot(PATIENT_PID)))
        first_op.__exit__(None, None, None)  # the provider goes away and comes back with a new key
        with OidcProviderProcess(new_jwks("key-2026-02"), port=port) as rotated:
            assert rotated.issuer == first_op.issuer
            after = await api.oidc_login(await browser_login(rotated, BrowserBot(PATIENT_PID)))
        assert after.user.user_id == before.user.user_id
        await api.close()


def _signed(kid: str, issuer: str) -> str:
    key = RSAKey.generate_key(2048, parameters={"kid": kid, "alg": "RS256"}, private=True)
    return jwt.encode({"alg": "RS256", "kid": kid}, {"iss": issuer, "aud": "c", "exp": 2**40}, key)


async def test_unknown_key_ids_refetch_the_keys_at_most_once_per_cooldown() -> None:
    issuer = "https://op.example"
    published = RSAKey.generate_key(2048, parameters={"kid": "published", "alg": "RS256"}, private=True)
    fetches: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        fetches.append(request.url.path)
        if request.url.path.endswith("openid-configuration"):
            return httpx.Response(200, json={"issuer": issuer, "jwks_uri": f"{issuer}/jwks"})
        return httpx.Response(200, json=KeySet([published]).as_dict(private=False))

    now = [1000.0]
    provider = OidcProviderSettings(provider_id="p", issuer=issuer, client_id="c")
    verifier = OidcVerifier((provider,), transport=httpx.MockTransport(answer), clock=lambda: now[0])
    for i in range(20):  # forged tokens naming key ids the provider never had
        with pytest.raises(ProtocolError) as refused:
            await verifier.verify("p", _signed(f"made-up-{i}", issuer), "n")
        assert refused.value.code is ErrorCode.IDENTITY_REJECTED
    assert fetches.count("/jwks") == 2  # the first use and one refetch; the flood fetched no more
    now[0] += JWKS_COOLDOWN_S + 1
    with pytest.raises(ProtocolError):
        await verifier.verify("p", _signed("made-up-again", issuer), "n")
    assert fetches.count("/jwks") == 3  # after the cooldown, an unknown key id may refetch again

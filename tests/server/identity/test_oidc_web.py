"""The guest page's OpenID Connect flow through the service: the provider sends the code back only to
this deployment's own return page, and the page's state, nonce and PKCE values must be unguessable."""

from __future__ import annotations

import base64
import hashlib
import secrets
from urllib.parse import parse_qs, urlsplit

import pytest

from app.core.errors import ProtocolError
from server.identity.oidc_web import check_redirect
from server.settings import OidcProviderSettings, ServiceSettings
from tests.server.identity.conftest import running_service
from tests.support.oidc.process import OidcProviderProcess

PUBLIC = ("https://video.region.example",)


@pytest.mark.parametrize(
    ("redirect", "host", "allowed"),
    [
        ("https://video.region.example/guest/return", "internal:8443", True),
        ("http://127.0.0.1:8443/guest/return", "127.0.0.1:8443", True),  # the demo and the tests
        ("https://evil.example/guest/return", "evil.example", False),  # a code must not go elsewhere
        ("https://video.region.example/join/ABCD-2345", "x", False),  # only the return page
        ("https://video.region.example/guest/return?next=x", "x", False),
        ("http://127.0.0.1:9000/guest/return", "127.0.0.1:8443", False),  # another loopback service
    ],
)
def test_the_redirect_is_this_deployments_return_page(redirect: str, host: str, allowed: bool) -> None:
    if allowed:
        check_redirect(redirect, host, PUBLIC)
    else:
        with pytest.raises(ProtocolError, match="redirect_uri"):
            check_redirect(redirect, host, PUBLIC)


def _secret() -> str:
    return secrets.token_urlsafe(32)


async def test_the_authorization_address_carries_the_pages_pkce_state_and_nonce() -> None:
    with OidcProviderProcess() as op:
        provider = OidcProviderSettings("idporten", op.issuer, "samtale-desktop", min_acr=None)
        async with running_service(ServiceSettings(oidc_providers=(provider,))) as client:
            verifier, state, nonce = _secret(), _secret(), _secret()
            digest = hashlib.sha256(verifier.encode()).digest()
            challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
            redirect = str(client.base_url).rstrip("/") + "/guest/return"
            body = {
                "provider_id": "idporten",
                "redirect_uri": redirect,
                "state": state,
                "nonce": nonce,
                "code_challenge": challenge,
                "language": "sv",
            }
            answer = await client.post("/v1/auth/oidc/web", json=body)
            assert answer.status_code == 200, answer.text
            url = urlsplit(answer.json()["authorization_url"])
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            assert f"{url.scheme}://{url.netloc}" == op.issuer
            assert query == {
                **query,
                "response_type": "code",
                "client_id": "samtale-desktop",
                "redirect_uri": redirect,
                "state": state,
                "nonce": nonce,
                "code_challenge": challenge,
                "code_challenge_method": "S256",
                "ui_locales": "sv",
            }
            short = await client.post("/v1/auth/oidc/web", json={**body, "state": "abc"})
            assert short.json()["code"] == "bad_message"  # a guessable state is refused
            foreign = await client.post(
                "/v1/auth/oidc/web", json={**body, "redirect_uri": "https://evil.example/guest/return"}
            )
            assert foreign.json()["code"] == "bad_message"
            unknown = await client.post("/v1/auth/oidc/web", json={**body, "provider_id": "nope"})
            assert unknown.json()["code"] == "not_found"
            token = await client.post(
                "/v1/auth/oidc/web/token",
                json={
                    "provider_id": "idporten",
                    "code": "not-a-code",
                    "code_verifier": verifier,
                    "redirect_uri": redirect,
                    "nonce": nonce,
                },
            )
            assert token.json()["code"] == "identity_rejected"  # the provider refused the code

"""OpenID Connect end to end: the desktop's PKCE login on a real oidc-provider, verified by the service."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import Role, Verification
from app.core.protocol.rest import OidcProviderInfo
from app.session.auth.auth_api import AuthApi
from app.session.auth.oidc import IdTokenGrant, OidcLogin
from app.session.errors import SessionError
from server.identity.oidc_verify import OidcVerifier
from server.settings import OidcProviderSettings, ServiceSettings
from tests.server.identity.conftest import STAFF_PN, running_service
from tests.support.oidc.process import BrowserBot, OidcProviderProcess, new_jwks

pytestmark = pytest.mark.e2e

CLIENT = "samtale-desktop"
LEVELS = ("idporten-loa-substantial", "idporten-loa-high")
PATIENT_PID = "01017012345"


@pytest.fixture(scope="module")
def jwks() -> str:
    return new_jwks()


@pytest.fixture(scope="module")
def op(jwks: str) -> Iterator[OidcProviderProcess]:
    with OidcProviderProcess(jwks) as process:
        yield process


@pytest.fixture(scope="module")
def other_op(jwks: str) -> Iterator[OidcProviderProcess]:
    """A second provider signing with the same key: only the issuer tells them apart."""
    with OidcProviderProcess(jwks) as process:
        yield process


def provider_settings(op: OidcProviderProcess, **kw: object) -> OidcProviderSettings:
    base = OidcProviderSettings(
        provider_id="idporten",
        issuer=op.issuer,
        client_id=CLIENT,
        acr_values=LEVELS,
        min_acr="idporten-loa-high",
        hpr_claim="hpr_number",
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def service_settings(*providers: OidcProviderSettings) -> ServiceSettings:
    return ServiceSettings(oidc_providers=providers, staff_ids=frozenset({STAFF_PN}))


async def browser_login(
    op: OidcProviderProcess,
    bot: BrowserBot,
    client_id: str = CLIENT,
    record: list[httpx.Request] | None = None,
) -> IdTokenGrant:
    info = OidcProviderInfo(
        provider_id="idporten",
        issuer=op.issuer,
        client_id=client_id,
        scopes=["openid", "profile"],
        acr_values=["idporten-loa-high"],
    )

    async def recording(request: httpx.Request) -> httpx.Response:
        if record is not None:
            record.append(request)
        async with httpx.AsyncClient(trust_env=False) as http:
            return await http.send(request)

    transport = httpx.MockTransport(recording) if record is not None else None
    grant = await OidcLogin(info, bot.open, transport=transport, timeout_s=20).run()
    for task in bot.tasks:
        await task
    return grant


async def test_a_patient_logs_in_and_refresh_rotates(op: OidcProviderProcess) -> None:
    async with running_service(service_settings(provider_settings(op))) as client:
        api = AuthApi(str(client.base_url))
        providers = await api.providers()
        assert [p.provider_id for p in providers.oidc] == ["idporten"] and not providers.bankid_se
        login = await api.oidc_login(await browser_login(op, BrowserBot(PATIENT_PID, "Kari Nordmann")))
        assert (login.user.name, login.user.role, login.user.verified_by) == (
            "Kari Nordmann",
            Role.PATIENT,
            Verification.OIDC,
        )
        assert login.refresh_token is not None
        second = await api.refresh(login.refresh_token)
        assert second.user.user_id == login.user.user_id and second.refresh_token != login.refresh_token
        with pytest.raises(SessionError) as reused:
            await api.refresh(login.refresh_token)  # reuse of a rotated token
        assert reused.value.code is ErrorCode.INVALID_TOKEN
        assert second.refresh_token is not None
        with pytest.raises(SessionError):
            await api.refresh(second.refresh_token)  # the whole family was revoked
        await api.close()


async def test_logout_revokes_the_refresh_token(op: OidcProviderProcess) -> None:
    async with running_service(service_settings(provider_settings(op))) as client:
        api = AuthApi(str(client.base_url))
        login = await api.oidc_login(await browser_login(op, BrowserBot(PATIENT_PID)))
        assert login.refresh_token is not None
        await api.logout(login.refresh_token)
        with pytest.raises(SessionError):
            await api.refresh(login.refresh_token)
        await api.close()


@pytest.mark.parametrize(
    ("pid", "hpr", "role"),
    [
        (PATIENT_PID, "", Role.PATIENT),
        (PATIENT_PID, "9144889", Role.CLINICIAN),
        (STAFF_PN, "", Role.CLINICIAN),
    ],
)
async def test_roles_come_only_from_the_service(
    op: OidcProviderProcess, pid: str, hpr: str, role: Role
) -> None:
    async with running_service(service_settings(provider_settings(op))) as client:
        api = AuthApi(str(client.base_url))
        login = await api.oidc_login(await browser_login(op, BrowserBot(pid, hpr=hpr)))
        assert login.user.role is role
        await api.close()


async def test_a_wrong_state_is_refused_by_the_desktop(op: OidcProviderProcess) -> None:
    def tamper(url: str) -> str:
        return url.replace("state=", "state=x")

    with pytest.raises(SessionError) as refused:
        await browser_login(op, BrowserBot(PATIENT_PID, tamper=tamper))
    assert refused.value.code is ErrorCode.IDENTITY_REJECTED


async def test_a_replayed_code_is_refused(op: OidcProviderProcess) -> None:
    requests: list[httpx.Request] = []
    await browser_login(op, BrowserBot(PATIENT_PID), record=requests)
    token_request = next(r for r in requests if r.method == "POST")
    async with httpx.AsyncClient(trust_env=False) as http:
        again = await http.post(
            str(token_request.url), content=token_request.content, headers=token_request.headers
        )
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ("nonce", ErrorCode.IDENTITY_REJECTED),
        ("aud", ErrorCode.IDENTITY_REJECTED),
        ("iss", ErrorCode.IDENTITY_REJECTED),
        ("acr", ErrorCode.ASSURANCE_TOO_LOW),
        ("signature", ErrorCode.IDENTITY_REJECTED),
    ],
)
async def test_the_service_refuses_a_bad_id_token(
    op: OidcProviderProcess, other_op: OidcProviderProcess, change: str, code: ErrorCode
) -> None:
    bot = BrowserBot(PATIENT_PID, acr=LEVELS[0] if change == "acr" else LEVELS[1])
    source = other_op if change == "iss" else op
    grant = await browser_login(source, bot, client_id="other-client" if change == "aud" else CLIENT)
    if change == "nonce":
        grant = replace(grant, nonce="not-the-nonce")
    if change == "signature":
        head, body, sig = grant.id_token.split(".")
        grant = replace(grant, id_token=f"{head}.{body}.{sig[:-4]}AAAA")
    async with running_service(service_settings(provider_settings(op))) as client:
        api = AuthApi(str(client.base_url))
        with pytest.raises(SessionError) as refused:
            await api.oidc_login(grant)
        assert refused.value.code is code
        await api.close()


async def test_an_expired_id_token_is_refused(op: OidcProviderProcess) -> None:
    grant = await browser_login(op, BrowserBot(PATIENT_PID))
    payload = grant.id_token.split(".")[1]
    exp = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))["exp"]
    verifier = OidcVerifier((provider_settings(op),), clock=lambda: exp + 31)
    with pytest.raises(ProtocolError) as refused:
        await verifier.verify("idporten", grant.id_token, grant.nonce)
    assert (refused.value.code, refused.value.detail) == (ErrorCode.IDENTITY_REJECTED, "expired")
    fresh = OidcVerifier((provider_settings(op),), clock=lambda: exp - 60)
    person = await fresh.verify("idporten", grant.id_token, grant.nonce)
    assert person.national_id.reveal() == PATIENT_PID


def test_the_redirect_uri_is_loopback_with_an_os_chosen_port() -> None:
    url = "http://127.0.0.1:5555/callback?code=a&state=b"
    assert urlsplit(url).hostname == "127.0.0.1" and parse_qs(urlsplit(url).query)["state"] == ["b"]


@pytest.mark.parametrize("missing", ["code_challenge", "loopback"])
async def test_the_provider_demands_pkce_and_a_registered_redirect(
    op: OidcProviderProcess, missing: str
) -> None:
    params = {
        "response_type": "code",
        "client_id": CLIENT,
        "redirect_uri": "http://127.0.0.1:5555/callback" if missing != "loopback" else "http://evil.test/cb",
        "scope": "openid",
        "state": "s",
        "nonce": "n",
        "code_challenge": "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        "code_challenge_method": "S256",
    }
    if missing == "code_challenge":
        del params["code_challenge"], params["code_challenge_method"]
    async with httpx.AsyncClient(trust_env=False) as http:
        answer = await http.get(f"{op.issuer}/auth", params=params)
    refused = answer.headers.get("location", "") + answer.text
    assert "invalid_request" in refused or "invalid_redirect_uri" in refused, refused[:300]
    assert "/interaction/" not in answer.headers.get("location", "")

"""Identity refusals carry fitting HTTP status codes: 401 rejected, 403 assurance too low, 503 unavailable."""

from __future__ import annotations

import socket

import pytest
from starlette.requests import Request

from app.core.errors import ErrorCode
from server.api.errors import STATUS, error_response
from server.settings import OidcProviderSettings, ServiceSettings
from tests.server.identity.conftest import running_service


@pytest.mark.parametrize(
    ("code", "status"),
    [
        (ErrorCode.IDENTITY_REJECTED, 401),
        (ErrorCode.ASSURANCE_TOO_LOW, 403),
        (ErrorCode.PROVIDER_UNAVAILABLE, 503),
    ],
)
def test_identity_error_statuses(code: ErrorCode, status: int) -> None:
    assert STATUS[code] == status
    request = Request({"type": "http", "method": "POST", "path": "/v1/auth/oidc", "headers": []})
    response = error_response(request, code)
    assert response.status_code == status
    assert ("www-authenticate" in response.headers) is (status == 401)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_an_unreachable_provider_is_503_and_a_forged_token_401() -> None:
    provider = OidcProviderSettings("idporten", f"http://127.0.0.1:{_closed_port()}", "samtale-desktop")
    async with running_service(ServiceSettings(oidc_providers=(provider,))) as client:
        body = {"provider_id": "idporten", "id_token": "a.b.c", "nonce": "n"}
        unavailable = await client.post("/v1/auth/oidc", json=body)
        assert (unavailable.status_code, unavailable.json()["code"]) == (503, "provider_unavailable")
        refused = await client.post("/v1/auth/refresh", json={"refresh_token": "rt.nope"})
        assert (refused.status_code, refused.json()["code"]) == (401, "invalid_token")

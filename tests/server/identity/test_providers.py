"""``GET /v1/auth/providers`` tells the desktop each provider's display names and the level to ask for."""

from __future__ import annotations

from server.settings import OidcProviderSettings, ServiceSettings
from tests.server.identity.conftest import running_service


async def test_providers_carry_display_names_and_the_minimum_level() -> None:
    helseid = OidcProviderSettings(
        "helseid",
        "https://helseid.example",
        "samtale-desktop",
        acr_values=("substantial", "high"),
        min_acr="high",
        display_name=(("nb", "HelseID"), ("en", "HelseID")),
    )
    async with running_service(ServiceSettings(oidc_providers=(helseid,))) as client:
        (info,) = (await client.get("/v1/auth/providers")).json()["oidc"]
    assert info["display_name"] == {"nb": "HelseID", "en": "HelseID"}
    assert info["acr_values"] == ["high"]

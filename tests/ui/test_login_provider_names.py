"""OpenID sign-in buttons show the provider's configured display name, in the UI's language."""

from __future__ import annotations

from app.core.protocol import LoginResponse
from app.core.protocol.rest import OidcProviderInfo
from app.ui.login.identity_panel import IdentityPanel, provider_display_name

HELSEID = OidcProviderInfo(
    provider_id="helseid",
    issuer="http://127.0.0.1:1",
    client_id="c",
    scopes=["openid"],
    display_name={"en": "HelseID (health personnel)", "nb": "HelseID (helsepersonell)"},
)
BARE = OidcProviderInfo(provider_id="idporten", issuer="http://127.0.0.1:2", client_id="c", scopes=["openid"])


def test_the_name_falls_back_to_english_then_any_then_the_id() -> None:
    assert provider_display_name(HELSEID, "nb") == "HelseID (helsepersonell)"
    assert provider_display_name(HELSEID, "sv") == "HelseID (health personnel)"
    only_sv = OidcProviderInfo("x", "http://127.0.0.1:3", "c", ["openid"], display_name={"sv": "Freja"})
    assert provider_display_name(only_sv, "nb") == "Freja"
    assert provider_display_name(BARE, "nb") == "idporten"


def test_buttons_carry_the_display_name(qtbot) -> None:
    async def oidc(provider: OidcProviderInfo) -> LoginResponse:
        raise AssertionError("not clicked")

    widget = IdentityPanel(None, oidc, [HELSEID, BARE], lambda url: None)
    qtbot.addWidget(widget)
    assert widget.provider_buttons["helseid"].text() == "Sign in with HelseID (health personnel)"
    assert widget.provider_buttons["idporten"].text() == "Sign in with idporten"

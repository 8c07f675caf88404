"""Real sign-in for a single-role build: the BankID and OpenID buttons, and a remembered login."""

from __future__ import annotations

import webbrowser

from app.core.protocol import LoginResponse
from app.session.auth.identity import IdentityLogins
from app.session.errors import SessionError
from app.ui.login.identity_panel import IdentityPanel


async def identity_panel(identity: IdentityLogins, patient: bool) -> IdentityPanel | None:
    """BankID and OpenID buttons for what the service offers; None when it offers neither."""
    try:
        providers = await identity.providers()
    except SessionError:
        return None  # the page still offers what it can; connection trouble shows when signing in
    if not providers.bankid_se and not providers.oidc:
        return None
    return IdentityPanel(
        identity.bankid if providers.bankid_se else None,
        identity.oidc,
        providers.oidc,
        webbrowser.open,
        remember_error=lambda: identity.session.remember_error,
        act_for=identity.act_for if patient else None,  # a guardian signs in for a child under 16
    )


async def resume(identity: IdentityLogins) -> LoginResponse | None:
    """A login remembered in the OS keyring, if it is still valid."""
    try:
        return await identity.resume()
    except SessionError:
        return None

"""Real sign-in for a single-role build: the BankID and OpenID buttons, the e-mail code for patients
where the service offers it, and a remembered login."""

from __future__ import annotations

import webbrowser

from app.core.protocol import LoginResponse
from app.core.protocol.rest import AuthProviders
from app.session.auth.identity import IdentityLogins
from app.session.errors import SessionError
from app.ui.login.email_panel import EmailCodePanel
from app.ui.login.identity_panel import IdentityPanel
from app.ui.login.login_offer import LoginOffer


async def login_offer(identity: IdentityLogins, patient: bool) -> LoginOffer:
    """What the service offers for signing in (asked now): BankID and OpenID buttons, the test
    identity only in dev mode; or that it cannot be reached, which the page says, with Try again."""

    def panel(providers: AuthProviders) -> IdentityPanel | None:
        email = providers.email and patient  # an e-mail code signs in patients only
        if not providers.bankid_se and not providers.oidc and not email:
            return None
        return IdentityPanel(
            identity.bankid if providers.bankid_se else None,
            identity.oidc,
            providers.oidc,
            webbrowser.open,
            remember_error=lambda: identity.session.remember_error,
            act_for=identity.act_for if patient else None,  # a guardian signs in for a child under 16
            email=(
                EmailCodePanel(identity.email_code, identity.email_login, providers.email_code_ttl_s)
                if email
                else None
            ),
        )

    offer = LoginOffer(identity.providers, panel)
    await offer.load()
    return offer


async def resume(identity: IdentityLogins) -> LoginResponse | None:
    """A login remembered in the OS keyring, if it is still valid."""
    try:
        return await identity.resume()
    except SessionError:
        return None

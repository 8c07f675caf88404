"""Signing in for a child: the guardian's login, then acting for the child; a refusal says why."""

from __future__ import annotations

from app.core.errors import ErrorCode
from app.core.protocol import LoginResponse, Role, UserInfo, Verification
from app.core.protocol.rest import OidcProviderInfo
from app.session.errors import SessionError
from tests.ui.helpers import until
from tests.ui.test_login_identity import LOGIN, PROVIDER

CHILD = LoginResponse(
    access_token="v1.c.d",
    expires_in=900,
    user=UserInfo(user_id="u_c", name="Ella Berg", role=Role.PATIENT, verified_by=Verification.BANKID_SE),
    refresh_token="rt.c",
)


def make(qtbot, refuse: bool = False):
    from app.ui.login.identity_panel import IdentityPanel

    asked: list[str] = []

    async def oidc(provider: OidcProviderInfo) -> LoginResponse:
        return LOGIN

    async def act_for(number: str) -> LoginResponse:
        asked.append(number)
        if refuse:
            raise SessionError(ErrorCode.FORBIDDEN, "not a child under 16 in your care")
        return CHILD

    widget = IdentityPanel(None, oidc, [PROVIDER], lambda url: None, act_for=act_for)
    qtbot.addWidget(widget)
    return widget, asked


def test_the_child_option_is_offered_only_with_act_for(qtbot) -> None:
    from app.ui.login.identity_panel import IdentityPanel

    async def oidc(provider: OidcProviderInfo) -> LoginResponse:
        return LOGIN

    plain = IdentityPanel(None, oidc, [PROVIDER], lambda url: None)
    qtbot.addWidget(plain)
    assert plain.for_child.isHidden()
    widget, _ = make(qtbot)
    assert not widget.for_child.isHidden() and widget.child_number.isHidden()
    widget.for_child.setChecked(True)
    assert not widget.child_number.isHidden()
    assert widget.for_child.text() == "I am signing in for my child (under 16)"


def test_signing_in_for_a_child_gives_the_childs_login(qtbot, run_async) -> None:
    widget, asked = make(qtbot)
    logged: list[object] = []
    widget.loggedIn.connect(logged.append)
    widget.for_child.setChecked(True)
    widget.child_number.setText(" 20150304-2382 ")

    async def scenario() -> None:
        widget.provider_buttons["idporten"].click()
        await until(lambda: bool(logged))

    run_async(scenario())
    assert logged == [CHILD] and asked == ["20150304-2382"]


def test_without_the_option_the_adult_signs_in_as_themselves(qtbot, run_async) -> None:
    widget, asked = make(qtbot)
    logged: list[object] = []
    widget.loggedIn.connect(logged.append)
    widget.child_number.setText("20150304-2382")  # typed, then the box was unticked

    async def scenario() -> None:
        widget.provider_buttons["idporten"].click()
        await until(lambda: bool(logged))

    run_async(scenario())
    assert logged == [LOGIN] and asked == []


def test_a_refusal_says_why(qtbot, run_async) -> None:
    widget, _ = make(qtbot, refuse=True)
    failed: list[object] = []
    widget.failed.connect(failed.append)
    widget.for_child.setChecked(True)
    widget.child_number.setText("20100101-0000")

    async def scenario() -> None:
        widget.provider_buttons["idporten"].click()
        await until(lambda: bool(failed))

    run_async(scenario())
    assert failed == [ErrorCode.FORBIDDEN]
    assert widget.message.text().startswith("You cannot sign in for this child.")

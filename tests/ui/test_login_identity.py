"""The identity panel: BankID QR refreshed each second, this-device link on click only, OIDC, cancel."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from app.core.errors import ErrorCode
from app.core.protocol import LoginResponse, Role, UserInfo, Verification
from app.core.protocol.models import BankIdMessage
from app.core.protocol.rest import BankIdLoginState, BankIdStatus, OidcProviderInfo
from app.session.errors import SessionError
from app.ui.login.bankid_text import bankid_message_text
from app.ui.login.identity_panel import IdentityPanel, OnState, autostart_url
from tests.ui.helpers import until

LOGIN = LoginResponse(
    access_token="v1.a.b",
    expires_in=900,
    user=UserInfo(
        user_id="u_1", name="Anna Andersson", role=Role.PATIENT, verified_by=Verification.BANKID_SE
    ),
    refresh_token="rt.x",
)
PROVIDER = OidcProviderInfo(
    provider_id="idporten", issuer="http://127.0.0.1:1", client_id="c", scopes=["openid"]
)


class FakeBankId:
    """Plays a BankID login: a new QR every tick until told to finish; records what happened."""

    def __init__(self, outcome: BankIdMessage | None = None) -> None:
        self.outcome = outcome  # None: complete; else fail with this message
        self.finish = asyncio.Event()
        self.events: list[str] = []

    async def __call__(self, on_state: OnState, same_device: Callable[[], bool]) -> LoginResponse:
        tick = 0
        try:
            while not self.finish.is_set():
                on_state(
                    BankIdLoginState(BankIdStatus.PENDING, BankIdMessage.RFA1, qr=f"bankid.t.{tick}.x"), "tok"
                )
                tick += 1
                self.events.append("this device" if same_device() else "qr")
                await asyncio.sleep(0.05)
            if self.outcome is not None:
                raise SessionError(ErrorCode.LOGIN_FAILED, self.outcome.value)
            return LOGIN
        except asyncio.CancelledError:
            self.events.append("cancelled")
            raise


def panel(qtbot, bankid: FakeBankId, opened: list[str]) -> IdentityPanel:
    async def oidc(provider: OidcProviderInfo) -> LoginResponse:
        opened.append(f"oidc:{provider.provider_id}")
        return LOGIN

    widget = IdentityPanel(bankid, oidc, [PROVIDER], opened.append)
    qtbot.addWidget(widget)
    return widget


def test_bankid_qr_refreshes_and_the_app_opens_only_on_click(qtbot, run_async) -> None:
    bankid, opened = FakeBankId(), []
    widget = panel(qtbot, bankid, opened)
    logged: list[object] = []
    widget.loggedIn.connect(logged.append)

    async def scenario() -> None:
        widget.bankid_button.click()
        await until(lambda: widget.qr.data is not None)
        first = widget.qr.data
        await until(lambda: widget.qr.data != first)
        assert widget.qr.modules and widget.message.text() == "Start your BankID app."
        assert opened == []  # nothing opens by itself
        widget.same_device_button.click()
        assert opened == [autostart_url("tok")] == ["bankid:///?autostarttoken=tok&redirect=null"]
        await until(lambda: bankid.events[-1] == "this device")
        bankid.finish.set()
        await until(lambda: bool(logged))

    run_async(scenario())
    assert logged == [LOGIN] and widget.qr.data is None and not widget.running
    assert bankid.events[0] == "qr"


def test_a_login_that_cannot_be_remembered_says_so(qtbot, run_async) -> None:
    async def oidc(provider: OidcProviderInfo) -> LoginResponse:
        return LOGIN

    widget = IdentityPanel(
        None, oidc, [PROVIDER], print, remember_error=lambda: ErrorCode.KEYRING_UNAVAILABLE
    )
    qtbot.addWidget(widget)
    logged: list[object] = []
    widget.loggedIn.connect(logged.append)

    async def scenario() -> None:
        widget.provider_buttons["idporten"].click()
        await until(lambda: bool(logged))

    run_async(scenario())
    assert widget.message.text().startswith("You are signed in, but this computer cannot remember it.")


def test_cancel_stops_the_login(qtbot, run_async) -> None:
    bankid, opened = FakeBankId(), []
    widget = panel(qtbot, bankid, opened)

    async def scenario() -> None:
        widget.bankid_button.click()
        await until(lambda: widget.qr.data is not None)
        widget.cancel_button.click()
        await until(lambda: not widget.running)

    run_async(scenario())
    assert (
        bankid.events[-1] == "cancelled"
        and "this device" not in bankid.events
        and widget.qr.data is None
        and widget.message.text() == ""
    )


def test_a_failed_login_shows_bankids_message_in_the_language(qtbot, run_async, translations) -> None:
    bankid, opened = FakeBankId(outcome=BankIdMessage.RFA6), []
    widget = panel(qtbot, bankid, opened)
    failed: list[object] = []
    widget.failed.connect(failed.append)

    async def scenario() -> None:
        widget.bankid_button.click()
        await until(lambda: widget.qr.data is not None)
        bankid.finish.set()
        await until(lambda: bool(failed))

    run_async(scenario())
    assert failed == [ErrorCode.LOGIN_FAILED] and widget.message.text() == "Action cancelled."
    translations.switch("sv")
    qtbot.waitUntil(lambda: widget.message.text() == "Åtgärden avbruten.")
    assert widget.bankid_button.text() == "Logga in med BankID"
    translations.switch("nb")
    qtbot.waitUntil(lambda: widget.message.text() == "Handlingen er avbrutt.")


def test_oidc_button_runs_the_browser_login(qtbot, run_async) -> None:
    opened: list[str] = []
    widget = panel(qtbot, FakeBankId(), opened)
    logged: list[object] = []
    widget.loggedIn.connect(logged.append)

    async def scenario() -> None:
        widget.provider_buttons["idporten"].click()
        await until(lambda: bool(logged))

    run_async(scenario())
    assert opened == ["oidc:idporten"] and logged == [LOGIN]


@pytest.mark.parametrize("code", list(BankIdMessage))
def test_every_bankid_message_has_a_sentence(qapp, code: BankIdMessage) -> None:
    text = bankid_message_text(code)
    assert text.endswith((".", "?")) and "RFA" not in text


def test_the_login_page_hosts_the_panel_beside_the_test_identity(qtbot) -> None:
    from app.ui.login.login_page import LoginPage
    from tests.ui.test_bridge import patient

    bridge, _fake = patient()
    identity = IdentityPanel(None, FakeOidc(), [PROVIDER], lambda url: None)
    page = LoginPage(bridge, Role.PATIENT, identity=identity)
    qtbot.addWidget(page)
    assert page.identity is identity and page.name.isEnabled()
    assert identity.bankid_button.isHidden() and not identity.provider_buttons["idporten"].isHidden()


class FakeOidc:
    async def __call__(self, provider: OidcProviderInfo) -> LoginResponse:
        return LOGIN

"""Sign-in offers what the service says it offers: the test identity only in dev mode, and a plain
"cannot reach the service" with Retry when it cannot be reached (never the test form instead)."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from app.core.protocol import Role
from app.main.identity import login_offer
from app.session.auth.identity import IdentityLogins
from app.session.auth.keystore import RefreshTokenStore
from app.ui.login.login_page import LoginPage
from tests.support.service import ServiceProcess
from tests.ui.helpers import until
from tests.ui.test_bridge import patient


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _logins(url: str) -> IdentityLogins:
    return IdentityLogins(url, lambda _url: None, store=RefreshTokenStore(url, backend=None))


def _shown(page: LoginPage) -> dict[str, bool]:
    return {
        "test identity": page.banner.isVisible() or page.name.isVisible(),
        "unreachable": page.unreachable.isVisible(),
        "retry": page.retry.isVisible(),
    }


@pytest.fixture(scope="module")
def production() -> Iterator[ServiceProcess]:
    with ServiceProcess(dev=False) as svc:
        yield svc


def test_an_unreachable_service_is_said_plainly_with_retry_never_the_test_form(
    qtbot, translations, run_async
) -> None:
    port = _free_port()
    url = f"http://127.0.0.1:{port}"

    async def walk() -> None:
        logins = _logins(url)
        offer = await login_offer(logins, patient=True)
        bridge, _fake = patient()
        page = LoginPage(bridge, Role.PATIENT, identity=offer)
        qtbot.addWidget(page)
        page.show()
        assert _shown(page) == {"test identity": False, "unreachable": True, "retry": True}
        assert page.unreachable.text() == (
            "Samtale cannot reach its service. Check that you are connected to the internet, then try again."
        )
        assert page.retry.text() == "Try again" and page.retry.isEnabled()
        assert page.unreachable.accessibleName() == page.unreachable.text()

        page.retry.click()  # still away: still said, nothing else appears
        await until(lambda: page.retry.isEnabled(), 10)
        assert _shown(page) == {"test identity": False, "unreachable": True, "retry": True}

        with ServiceProcess("--port", str(port)) as service:  # dev mode: the test identity is offered
            assert service.url == url
            page.retry.click()
            await until(lambda: page.name.isVisible(), 10)
            assert _shown(page) == {"test identity": True, "unreachable": False, "retry": False}
        await logins.close()

    run_async(walk())


def test_a_service_not_in_dev_mode_never_shows_the_test_identity(
    production: ServiceProcess, qtbot, translations, run_async
) -> None:
    async def walk() -> None:
        logins = _logins(production.url)
        offer = await login_offer(logins, patient=True)
        bridge, _fake = patient()
        page = LoginPage(bridge, Role.PATIENT, identity=offer)
        qtbot.addWidget(page)
        page.show()
        QApplication.processEvents()
        assert _shown(page) == {"test identity": False, "unreachable": False, "retry": False}
        await logins.close()

    run_async(walk())

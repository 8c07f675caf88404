"""A patient without an e-ID signs in with an e-mail code on the desktop sign-in page: the service's
real SMTP mail is read, the code typed, and the login is at the e-mail level; a wrong code is said in
the panel; the clinician build never offers it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.core.protocol import LoginResponse, Role, Verification
from app.main.identity import login_offer
from app.session.auth.identity import IdentityLogins
from app.session.auth.keystore import RefreshTokenStore
from app.ui.login.login_page import LoginPage
from tests.support.service import ServiceProcess
from tests.support.smtp import MailServer
from tests.ui.helpers import until
from tests.ui.test_bridge import patient

ADDRESS = "kari@example.no"


@pytest.fixture(scope="module")
def mail() -> Iterator[MailServer]:
    with MailServer() as server:
        yield server


@pytest.fixture(scope="module")
def service(mail: MailServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    config: Path = tmp_path_factory.mktemp("identity") / "identity.json"
    email = {"host": "127.0.0.1", "port": mail.port, "security": "none", "sender": "s@example.no"}
    config.write_text(json.dumps({"email": {**email, "room_types": ["personal"], "code_ttl_s": 420}}))
    with ServiceProcess("--identity-config", str(config), dev=False) as svc:
        yield svc


def _logins(url: str) -> IdentityLogins:
    return IdentityLogins(url, lambda _url: None, store=RefreshTokenStore(url, backend=None))


def test_a_patient_signs_in_with_the_code_from_the_mail(
    service: ServiceProcess, mail: MailServer, qtbot, translations, run_async
) -> None:
    async def walk() -> None:
        logins = _logins(service.url)
        offer = await login_offer(logins, patient=True)
        assert offer.panel is not None and offer.panel.email is not None
        panel = offer.panel.email
        bridge, _fake = patient()
        page = LoginPage(bridge, Role.PATIENT, identity=offer)
        qtbot.addWidget(page)
        page.show()
        logged_in: list[LoginResponse] = []
        offer.loggedIn.connect(logged_in.append)
        assert panel.open_button.isVisible() and not panel.form.isVisible()
        panel.open_button.click()
        assert panel.form.isVisible() and not panel.code.isVisible()
        panel.send_button.click()  # nothing written yet: said, nothing sent
        assert panel.message.text() == "Please write your name and your e-mail address."
        panel.name.setText("Kari Nordmann")
        panel.address.setText(ADDRESS)
        panel.send_button.click()
        code = await mail.next_code(ADDRESS)
        await until(lambda: panel.code.isVisible(), 10)
        assert ADDRESS in panel.message.text()
        assert "It can be used once, within 7 min." in panel.message.text()  # the service's time
        panel.code.setText(f"{(int(code) + 1) % 10**6:06d}")
        panel.sign_in_button.click()
        await until(lambda: "not right" in panel.message.text(), 10)
        assert not logged_in
        panel.code.setText(code)
        panel.sign_in_button.click()
        await until(lambda: bool(logged_in), 10)
        (login,) = logged_in
        assert (login.user.name, login.user.role, login.user.verified_by) == (
            "Kari Nordmann",
            Role.PATIENT,
            Verification.EMAIL,
        )
        await offer.aclose()
        await logins.close()

    run_async(walk())


def test_the_clinician_build_does_not_offer_it(
    service: ServiceProcess, qtbot, translations, run_async
) -> None:
    async def walk() -> None:
        logins = _logins(service.url)
        offer = await login_offer(logins, patient=False)
        assert offer.panel is None  # e-mail is all this service offers, and never to clinicians
        QApplication.processEvents()
        await logins.close()

    run_async(walk())

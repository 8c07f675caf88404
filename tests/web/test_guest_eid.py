"""Signing in on the guest page with an electronic ID, in a real Chromium: Swedish BankID (the
simulator of its RP API over mutual TLS) by QR on another device — the QR read off the screen — and
on this device (the autostart link), and OpenID Connect (a real provider, npm oidc-provider) by a
redirect with code and PKCE back to the page. A cancelled or refused sign-in is said plainly."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import cv2
import numpy as np
import pytest

from app.core.protocol import Verification
from tests.server.identity.conftest import pki, sim
from tests.support.bankid_certs import PKCS12_PASSWORD, SimPki
from tests.support.bankid_sim import BankIdSimulator, SimOrder
from tests.support.chromium import Chromium
from tests.support.oidc.process import OidcProviderProcess
from tests.support.recorder import eventually
from tests.support.service import ServiceProcess
from tests.web.conftest import Clinician

pytestmark = pytest.mark.e2e
__all__ = ["pki", "sim"]  # fixtures

PATIENT_PN = "198112289874"


@pytest.fixture(scope="module")
def provider() -> Iterator[OidcProviderProcess]:
    with OidcProviderProcess() as op:
        yield op


@pytest.fixture
async def service(
    pki: SimPki,
    sim: tuple[BankIdSimulator, str],
    provider: OidcProviderProcess,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> AsyncIterator[ServiceProcess]:
    """Overrides the package's service: dev mode (the clinician's test login), BankID and one provider."""
    config = tmp_path / "identity.json"
    bankid = {"base_url": sim[1], "pkcs12_path": str(pki.rp_p12), "ca_pem_path": str(pki.server_ca)}
    oidc = {
        "provider_id": "idporten",
        "issuer": provider.issuer,
        "client_id": "samtale-desktop",
        "acr_values": ["idporten-loa-substantial", "idporten-loa-high"],
        "min_acr": "idporten-loa-high",
        "display_name": {"nb": "ID-porten", "sv": "ID-porten (Norge)", "en": "ID-porten"},
    }
    config.write_text(json.dumps({"bankid": bankid, "oidc": [oidc]}))
    monkeypatch.setenv("SAMTALE_BANKID_P12_PASSWORD", PKCS12_PASSWORD)
    with ServiceProcess("--identity-config", str(config)) as svc:
        yield svc


def shown(step: str) -> str:
    """The step is shown (also asked while the browser is at the provider's pages)."""
    return f"(document.getElementById('step-{step}') || {{hidden: true}}).hidden === false"


async def scan_the_screen(browser: Chromium, path: Path) -> str:
    """What a phone's camera would read off the page's QR code (a screenshot, decoded by OpenCV)."""
    await browser.evaluate("document.getElementById('bankid-qr').scrollIntoView({block: 'center'})")
    await browser.screenshot(path)

    def decode() -> str:
        image = cv2.imdecode(np.frombuffer(path.read_bytes(), np.uint8), cv2.IMREAD_GRAYSCALE)
        text, _points, _ = cv2.QRCodeDetector().detectAndDecode(image)
        return str(text)

    return await asyncio.to_thread(decode)


async def scan_until_read(browser: Chromium, simulator: BankIdSimulator, path: Path) -> SimOrder:
    """Point the phone at the screen until the app accepts a code: the simulator checks each code's
    HMAC and that it is current (at most 2 s old), as the app does; a busy machine may show one a
    little late, and a person would simply hold the phone there a moment longer."""
    seen: list[str] = []
    for _ in range(5):
        qr = await scan_the_screen(browser, path)
        seen.append(qr)
        if qr.startswith("bankid."):
            try:
                return simulator.scan(qr)
            except AssertionError:
                pass
        await asyncio.sleep(0.5)
    raise AssertionError(f"no current BankID code read off the screen: {seen}")


async def test_bankid_by_qr_on_another_device(
    service: ServiceProcess, sim: tuple[BankIdSimulator, str], clinician: Clinician, tmp_path: Path
) -> None:
    simulator, _url = sim
    async with Chromium(lang="sv") as browser:
        await browser.goto(f"{service.url}/join/{clinician.code}")
        await browser.wait_for(shown("signin"))
        assert await browser.text("#bankid-start") == "Logga in med BankID"
        await browser.click("#bankid-start")
        await browser.wait_for("document.getElementById('bankid-qr').naturalWidth > 0", what="the QR drawn")
        assert await browser.text("#bankid-status") == "Starta BankID-appen."

        order = await scan_until_read(browser, simulator, tmp_path / "qr.png")
        await browser.wait_for(
            "document.getElementById('bankid-status').textContent.startsWith('Skriv in din säkerhetskod')",
            what="RFA9 after the scan",
        )
        simulator.approve(order, PATIENT_PN, "Anna", "Andersson")
        await browser.wait_for(shown("check"))
        stored = json.loads(await browser.evaluate("sessionStorage.getItem('samtale.guest.login')"))
        assert set(stored) == {"token", "user_id"}  # no refresh token kept
        assert "rt." not in await browser.evaluate("JSON.stringify(sessionStorage)")

        await browser.click("#check-start")
        await browser.wait_for("!document.getElementById('ready').disabled", timeout=20)
        await browser.click("#ready")
        await browser.wait_for(shown("lobby"))
        await eventually(lambda: clinician.waiting("Anna Andersson") is not None, what="Anna queued")
        entry = clinician.waiting("Anna Andersson")
        assert entry is not None and entry.verified_by is Verification.BANKID_SE
        assert browser.errors == []


async def test_bankid_on_this_device_cancelled_then_approved(
    service: ServiceProcess, sim: tuple[BankIdSimulator, str], clinician: Clinician
) -> None:
    simulator, _url = sim
    async with Chromium(lang="en", size=(390, 844), mobile=True) as browser:
        await browser.goto(f"{service.url}/join/{clinician.code}")
        await browser.click("#bankid-start")
        await browser.wait_for("document.getElementById('bankid-this-device').href.startsWith('bankid:')")
        first = await browser.evaluate("document.getElementById('bankid-this-device').href")
        order = await open_bankid_here(browser, simulator)
        await browser.wait_for(
            "document.getElementById('bankid-status').textContent.startsWith('Enter your security code')"
        )
        assert not await browser.visible("#bankid-qr")  # on this device: no QR to scan
        simulator.user_cancel(order)  # the person pressed Cancel in the BankID app
        await browser.wait_for("document.getElementById('eid-status').textContent === 'Action cancelled.'")
        assert await browser.visible("#bankid-start") and not await browser.visible("#bankid-panel")
        assert await browser.visible("#step-signin")

        await browser.click("#bankid-start")  # again, and this time approved
        await browser.wait_for(
            f"document.getElementById('bankid-this-device').href !== {json.dumps(first)}"
            " && !document.getElementById('bankid-panel').hidden"
        )
        order = await open_bankid_here(browser, simulator)
        await browser.wait_for("document.getElementById('bankid-status').textContent.startsWith('Enter')")
        simulator.approve(order, PATIENT_PN, "Anna", "Andersson")
        await browser.wait_for(shown("check"))
        assert browser.errors == []


async def open_bankid_here(browser: Chromium, simulator: BankIdSimulator) -> SimOrder:
    """Tap "Open BankID on this device": the phone would hand the link to the BankID app; here the
    simulator plays the app with the link's token (headless Chromium would only ask which program
    should open ``bankid:``, and that question would swallow every later tap)."""
    link = await browser.evaluate("document.getElementById('bankid-this-device').href")
    query = parse_qs(urlsplit(link).query)
    assert query["redirect"] == ["null"]
    await browser.evaluate(
        "document.getElementById('bankid-this-device')"
        ".addEventListener('click', (event) => event.preventDefault(), {once: true})"
    )
    await browser.click("#bankid-this-device")
    return simulator.start_on_device(query["autostarttoken"][0])


async def sign_in_at_the_provider(browser: Chromium, pid: str, name: str, acr: str) -> None:
    await browser.wait_for("location.pathname.startsWith('/interaction/')", what="the provider's login")
    for field, value in (("pid", pid), ("name", name), ("acr", acr)):
        await browser.type_into(f"input[name={field}]", value)
    await browser.click("#go")
    await browser.wait_for(
        "document.querySelector('#go') && document.querySelector('#go').textContent === 'confirm'"
        " || location.pathname.startsWith('/join/')",
        what="consent or back",
    )
    if await browser.evaluate("location.pathname.startsWith('/interaction/')"):
        await browser.click("#go")


async def test_openid_connect_redirect_with_code_and_pkce(
    service: ServiceProcess, provider: OidcProviderProcess, clinician: Clinician
) -> None:
    async with Chromium(lang="nb") as browser:
        await browser.goto(f"{service.url}/join/{clinician.code}")
        await browser.wait_for(shown("signin"))
        assert await browser.text("#oidc-buttons button") == "Logg inn med ID-porten"
        await browser.click("#oidc-buttons button")
        await sign_in_at_the_provider(browser, "05917599906", "Kari Nordmann", "idporten-loa-high")
        await browser.wait_for(shown("check"))
        address = await browser.evaluate("location.href")
        assert address == f"{service.url}/join/{clinician.code}"  # the code and state left the address
        kept = await browser.evaluate("JSON.stringify(sessionStorage)")
        assert "verifier" not in kept and "nonce" not in kept  # the flow's secrets are spent
        assert set(json.loads(await browser.evaluate("sessionStorage.getItem('samtale.guest.login')"))) == {
            "token",
            "user_id",
        }
        await browser.click("#check-start")
        await browser.wait_for("!document.getElementById('ready').disabled", timeout=20)
        await browser.click("#ready")
        await browser.wait_for(shown("lobby"))
        await eventually(lambda: clinician.waiting("Kari Nordmann") is not None, what="Kari queued")
        entry = clinician.waiting("Kari Nordmann")
        assert entry is not None and entry.verified_by is Verification.OIDC
        assert browser.errors == []


async def test_openid_connect_cancelled_or_too_weak_is_said_plainly(
    service: ServiceProcess, provider: OidcProviderProcess, clinician: Clinician
) -> None:
    async with Chromium(lang="en") as browser:
        await browser.goto(f"{service.url}/join/{clinician.code}")
        await browser.click("#oidc-buttons button")
        await browser.wait_for("location.pathname.startsWith('/interaction/')", what="the provider's login")
        await browser.click("#abort")  # the person cancels at the provider
        await browser.wait_for(shown("signin"))
        await browser.wait_for(
            "document.getElementById('eid-status').textContent"
            " === 'The sign-in was cancelled. You can try again.'"
        )
        assert "error=" not in await browser.evaluate("location.href")

        await browser.click("#oidc-buttons button")  # signed in, but below the level the service asks
        await sign_in_at_the_provider(browser, "05917599906", "Kari Nordmann", "idporten-loa-substantial")
        await browser.wait_for(shown("signin"))
        await browser.wait_for(
            "document.getElementById('eid-status').textContent.startsWith('That sign-in was not')"
        )
        assert await browser.evaluate("sessionStorage.getItem('samtale.guest.login')") is None
        assert browser.errors == []

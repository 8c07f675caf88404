"""The guest page in a real Chromium: a patient without an e-ID signs in with the code the service
mailed (read from a real SMTP server; a wrong code is said first), ticks the deployment's consent
before "I'm ready" (refused in the page without it), and waits in the clinician's queue marked as
signed in with an e-mail code."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.protocol import Verification
from tests.support.chromium import Chromium
from tests.support.recorder import eventually
from tests.support.service import ServiceProcess
from tests.support.smtp import MailServer
from tests.web.conftest import Clinician

pytestmark = pytest.mark.e2e

ADDRESS = "kari@example.no"
CONSENT = {"nb": "Jeg samtykker til video.", "sv": "Jag samtycker till video.", "en": "I agree to video."}


@pytest.fixture(scope="module")
def mail() -> Iterator[MailServer]:
    with MailServer() as server:
        yield server


@pytest.fixture(scope="module")
def service(mail: MailServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    config: Path = tmp_path_factory.mktemp("identity") / "identity.json"
    email = {"host": "127.0.0.1", "port": mail.port, "security": "none", "sender": "s@example.no"}
    email = {**email, "room_types": ["personal"], "code_ttl_s": 420}
    config.write_text(json.dumps({"email": email, "consent": CONSENT}))
    with ServiceProcess("--emergency", "no", "--identity-config", str(config)) as svc:
        yield svc


def shown(step: str) -> str:
    return f"!document.getElementById('step-{step}').hidden"


async def test_email_sign_in_and_consent(
    service: ServiceProcess, mail: MailServer, clinician: Clinician
) -> None:
    async with Chromium(lang="sv") as browser:
        await browser.goto(f"{service.url}/join/{clinician.code}")
        await browser.wait_for(shown("signin"))
        assert await browser.visible("#signin-email")
        assert not await browser.visible("#email-code")
        await browser.type_into("#email-name", "Kari Nordmann")
        await browser.type_into("#email-address", ADDRESS)
        await browser.click("#email-send")
        code = await mail.next_code(ADDRESS)
        await browser.wait_for("!document.getElementById('email-code-part').hidden")
        assert ADDRESS in await browser.text("#email-status")
        assert "Den kan användas en gång, inom 7 min." in await browser.text("#email-status")
        await browser.type_into("#email-code", f"{(int(code) + 1) % 10**6:06d}")
        await browser.click("#email-signin")
        await browser.wait_for(
            "document.getElementById('email-status').textContent.startsWith('Koden är fel')"
        )
        await browser.evaluate("document.getElementById('email-code').value = ''")
        await browser.type_into("#email-code", code)
        await browser.click("#email-signin")
        await browser.wait_for(shown("check"))

        await browser.click("#check-start")
        await browser.wait_for("!document.getElementById('ready').disabled", timeout=20)
        assert await browser.visible("#consent-part")
        assert await browser.text("#consent-text") == CONSENT["sv"]
        await browser.click("#ready")
        assert (
            await browser.text("#consent-error") == "Läs och godkänn samtycket innan du går in i väntrummet."
        )
        assert await browser.visible("#step-check")
        await browser.click("#consent-box")
        await browser.click("#ready")
        await browser.wait_for(shown("lobby"))
        await eventually(lambda: clinician.waiting("Kari Nordmann") is not None, what="Kari in the queue")
        entry = clinician.waiting("Kari Nordmann")
        assert entry is not None and entry.verified_by is Verification.EMAIL

"""Screenshots of the guest page's sign-in with BankID and an OpenID provider in nb, sv and en at a
phone's width, in the real headless Chromium against the real service, the BankID simulator (over
mutual TLS) and a real OpenID provider on 127.0.0.1.

Written to docs/screenshots/<lang>/guest-01c-eid-sign-in-phone.png (the buttons) and
guest-01d-bankid-phone.png (BankID started: this device, or the QR for another).
Run from the repository root: ``.venv/bin/python scripts/guest_eid_screenshots.py [--lang nb ...]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.protocol import Role  # noqa: E402 -- after the path is set
from tests.support.bankid_certs import PKCS12_PASSWORD, make_pki  # noqa: E402
from tests.support.bankid_sim import BankIdSimulator, SimulatorServer  # noqa: E402
from tests.support.chromium import Chromium  # noqa: E402
from tests.support.oidc.process import OidcProviderProcess  # noqa: E402
from tests.support.service import ServiceProcess, create_room, login  # noqa: E402


def shown(step: str) -> str:
    return f"!document.getElementById('step-{step}').hidden"


async def shoot(service: ServiceProcess, lang: str) -> None:
    out = ROOT / "docs" / "screenshots" / lang
    token = await asyncio.to_thread(login, service.url, "Dr Lind", Role.CLINICIAN.value)
    room = await asyncio.to_thread(create_room, service.url, token)
    async with Chromium(lang=lang, size=(390, 844), mobile=True) as browser:
        await browser.goto(f"{service.url}/join/{room['code']}")
        await browser.wait_for(shown("signin"))
        await browser.evaluate("document.getElementById('signin-eid').scrollIntoView({block: 'center'})")
        await asyncio.sleep(0.4)
        await browser.screenshot(out / "guest-01c-eid-sign-in-phone.png")
        await browser.click("#bankid-start")
        await browser.wait_for("document.getElementById('bankid-qr').naturalWidth > 0")
        await browser.evaluate("document.getElementById('bankid-panel').scrollIntoView()")
        await asyncio.sleep(0.4)
        await browser.screenshot(out / "guest-01d-bankid-phone.png")
        await browser.click("#bankid-cancel")


async def main(langs: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp, OidcProviderProcess() as provider:
        pki = make_pki(Path(tmp))
        async with SimulatorServer(BankIdSimulator(), pki) as sim:
            config = Path(tmp) / "identity.json"
            bankid = {
                "base_url": sim.base_url,
                "pkcs12_path": str(pki.rp_p12),
                "ca_pem_path": str(pki.server_ca),
            }
            oidc = {
                "provider_id": "idporten",
                "issuer": provider.issuer,
                "client_id": "samtale-desktop",
                "display_name": {"nb": "ID-porten", "sv": "ID-porten (Norge)", "en": "ID-porten"},
            }
            config.write_text(json.dumps({"bankid": bankid, "oidc": [oidc]}))
            os.environ["SAMTALE_BANKID_P12_PASSWORD"] = PKCS12_PASSWORD
            with ServiceProcess("--emergency", "no", "--identity-config", str(config)) as service:
                for lang in langs:
                    await shoot(service, lang)
                    print(f"[guest-eid-screenshots] {lang}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", action="append", choices=["nb", "sv", "en"])
    asyncio.run(main(parser.parse_args().lang or ["nb", "sv", "en"]))

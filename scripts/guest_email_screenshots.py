"""Screenshots of the guest page's e-mail sign-in and consent in nb, sv and en at a phone's width,
in the real headless Chromium against the real service and a real SMTP server on 127.0.0.1.

Written to docs/screenshots/<lang>/guest-01b-email-sign-in-phone.png and guest-02b-consent-phone.png.
Run from the repository root: ``.venv/bin/python scripts/guest_email_screenshots.py [--lang nb ...]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.protocol import Role  # noqa: E402 -- after the path is set
from tests.support.chromium import Chromium  # noqa: E402
from tests.support.service import ServiceProcess, create_room, login  # noqa: E402
from tests.support.smtp import MailServer  # noqa: E402

ADDRESSES = {"nb": "kari.nordmann@example.no", "sv": "ella.berg@example.se", "en": "alex.smith@example.com"}
NAMES = {"nb": "Kari Nordmann", "sv": "Ella Berg", "en": "Alex Smith"}
CONSENT = {
    "nb": "Jeg samtykker til at konsultasjonen skjer på video, og at klinikken fører journal som vanlig.",
    "sv": "Jag samtycker till att besöket sker via video och att mottagningen journalför som vanligt.",
    "en": "I agree that the consultation takes place on video and that the clinic keeps records as usual.",
}


def shown(step: str) -> str:
    return f"!document.getElementById('step-{step}').hidden"


async def shoot(service: ServiceProcess, mail: MailServer, lang: str) -> None:
    out = ROOT / "docs" / "screenshots" / lang
    token = await asyncio.to_thread(login, service.url, "Dr Lind", Role.CLINICIAN.value)
    room = await asyncio.to_thread(create_room, service.url, token)
    async with Chromium(lang=lang, size=(390, 844), mobile=True) as browser:
        await browser.goto(f"{service.url}/join/{room['code']}")
        await browser.wait_for(shown("signin"))
        await browser.type_into("#email-name", NAMES[lang])
        await browser.type_into("#email-address", ADDRESSES[lang])
        await browser.click("#email-send")
        code = await mail.next_code(ADDRESSES[lang])
        await browser.wait_for("!document.getElementById('email-code-part').hidden")
        await browser.type_into("#email-code", code)
        await browser.evaluate("document.getElementById('signin-email').scrollIntoView()")
        await asyncio.sleep(0.4)
        await browser.screenshot(out / "guest-01b-email-sign-in-phone.png")
        await browser.click("#email-signin")
        await browser.wait_for(shown("check"))
        await browser.click("#check-start")
        await browser.wait_for("!document.getElementById('ready').disabled", timeout=20)
        await browser.evaluate("document.getElementById('consent-part').scrollIntoView()")
        await asyncio.sleep(0.4)
        await browser.screenshot(out / "guest-02b-consent-phone.png")


async def main(langs: list[str]) -> None:
    with MailServer() as mail, tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "identity.json"
        email = {"host": "127.0.0.1", "port": mail.port, "security": "none", "sender": "samtale@example.no"}
        config.write_text(json.dumps({"email": {**email, "room_types": ["personal"]}, "consent": CONSENT}))
        with ServiceProcess("--emergency", "no", "--identity-config", str(config)) as service:
            for lang in langs:
                await shoot(service, mail, lang)
                print(f"[guest-email-screenshots] {lang}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", action="append", choices=["nb", "sv", "en"])
    asyncio.run(main(parser.parse_args().lang or ["nb", "sv", "en"]))

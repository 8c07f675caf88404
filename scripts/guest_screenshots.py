"""Screenshots of the browser guest page in nb, sv and en, at a phone's and a desktop's width, made
in the real headless Chromium against the real service and the clinician build's session code.

Written to docs/screenshots/<lang>/guest-<NN>-<page>-<phone|desktop>.png. Run from the repository
root: ``.venv/bin/python scripts/guest_screenshots.py [--lang nb ...]``.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.media.frame_slot import FrameSlot  # noqa: E402 -- after the path is set
from app.media.sources import MediaSources  # noqa: E402
from app.session.consultation import ClinicianConsultation, SessionConfig  # noqa: E402
from app.session.events import QueueChanged  # noqa: E402
from tests.support.chromium import Chromium  # noqa: E402
from tests.support.recorder import EventRecorder  # noqa: E402
from tests.support.service import ServiceProcess  # noqa: E402

SIZES = {"phone": ((390, 844), True), "desktop": ((1280, 800), False)}
NAMES = {"nb": "Kari Nordmann", "sv": "Ella Berg", "en": "Alex Smith"}
HOSTS = {"nb": "Dr Lind", "sv": "Dr Dahl", "en": "Dr Hart"}


def shown(step: str) -> str:
    return f"!document.getElementById('step-{step}').hidden"


async def shoot(service: ServiceProcess, lang: str, size_name: str) -> None:
    size, mobile = SIZES[size_name]
    out = ROOT / "docs" / "screenshots" / lang
    events = EventRecorder()

    def sources(preview: FrameSlot) -> MediaSources:
        return MediaSources.synthetic(size=(640, 480), fps=15, tone_hz=660, preview=preview)

    clinician = ClinicianConsultation(
        SessionConfig(service.url, loopback_only=True), events, sources_factory=sources
    )
    try:
        await clinician.login_test(HOSTS[lang])
        room = await clinician.create_room("")
        async with Chromium(lang=lang, size=size, mobile=mobile) as browser:

            async def shot(name: str) -> None:
                await asyncio.sleep(0.4)
                await browser.screenshot(out / f"guest-{name}-{size_name}.png")

            await browser.goto(f"{service.url}/join/{room.code}")
            await browser.wait_for(shown("signin"))
            await shot("01-sign-in")
            await browser.type_into("#name", NAMES[lang])
            await browser.click("#signin-button")
            await browser.wait_for(shown("check"))
            await browser.click("#check-start")
            await browser.wait_for("!document.getElementById('ready').disabled", timeout=20)
            await browser.click("#speaker-play")
            await browser.click("#speaker-heard")
            await browser.evaluate("window.scrollTo(0, 0)")
            await shot("02-check")
            await browser.click("#ready")
            await browser.wait_for("document.getElementById('lobby-position').textContent !== ''")
            await shot("03-waiting")
            queued = await events.wait_for(QueueChanged, lambda e: bool(e.entries))
            await clinician.admit(queued.entries[0].participant_id)
            await browser.wait_for(
                "(document.querySelector('.tile video') || {}).currentTime > 1",
                timeout=20,
            )
            await shot("04-call")
            await browser.click("#hang-up")
            await shot("04a-call-leave-question")
            await browser.click("#leave-yes")
            await browser.wait_for(shown("ended"))
            await shot("05-ended")
            await browser.goto(f"{service.url}/join/ABCD-123")
            await browser.wait_for(shown("problem"))
            await shot("06-bad-link")
    finally:
        await clinician.close()


async def main(langs: list[str]) -> None:
    with ServiceProcess("--emergency", "no") as service:
        for lang in langs:
            for size_name in SIZES:
                await shoot(service, lang, size_name)
                print(f"[guest-screenshots] {lang} {size_name}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", action="append", choices=["nb", "sv", "en"])
    asyncio.run(main(parser.parse_args().lang or ["nb", "sv", "en"]))

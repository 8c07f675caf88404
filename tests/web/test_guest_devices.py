"""The guest page with devices missing or refused, and on a phone-sized screen: the patient still
joins, says plainly what the others will not get, and nothing is sent in its place."""

from __future__ import annotations

import asyncio

import pytest

from tests.support.chromium import Chromium
from tests.support.recorder import eventually
from tests.support.service import ServiceProcess
from tests.web.conftest import Clinician
from tests.web.test_guest_journey import shown, sign_in_and_check

pytestmark = pytest.mark.e2e


async def into_call(browser: Chromium, clinician: Clinician, name: str) -> None:
    await browser.click("#ready")
    await browser.wait_for(shown("lobby"))
    await clinician.admit(name)
    await browser.wait_for(shown("call"))
    await eventually(lambda: clinician.played[0] > 20, what="the browser's microphone heard by the clinician")
    await browser.wait_for(
        "document.querySelector('.tile video') && document.querySelector('.tile video').videoWidth > 0",
        what="the clinician's picture in the browser",
    )


async def test_a_patient_without_a_camera_joins_with_sound_only(
    service: ServiceProcess, clinician: Clinician
) -> None:
    async with Chromium(fake_devices="device-count=0") as browser:
        await sign_in_and_check(browser, service, clinician.code, "Nils Utan")
        assert (
            await browser.text("#camera-status")
            == "No camera found: the others will hear you but not see you."
        )
        assert not await browser.visible("#preview")
        await browser.click("#ready")
        await browser.wait_for(shown("lobby"))
        entry = None
        await eventually(lambda: clinician.waiting("Nils Utan") is not None, what="queued")
        entry = clinician.waiting("Nils Utan")
        assert entry is not None
        assert (entry.precall.verdict, entry.precall.reasons) == ("warning", ["camera_none"])
        await clinician.admit("Nils Utan")
        await browser.wait_for(shown("call"))
        await eventually(
            lambda: clinician.played[0] > 20, what="the browser's microphone heard by the clinician"
        )
        await browser.wait_for(
            "document.querySelector('.tile video') && document.querySelector('.tile video').videoWidth > 0"
        )
        assert await browser.evaluate("document.getElementById('toggle-cam').disabled")
        assert await browser.text("#self-off") == "You have no camera."
        await asyncio.sleep(1.5)
        assert clinician.frames == 0, "a patient without a camera sent video"
        assert browser.errors == []


async def test_camera_permission_refused(service: ServiceProcess, clinician: Clinician) -> None:
    async with Chromium(auto_allow_devices=False) as browser:
        await browser.set_permission(service.url, "camera", "denied")
        await browser.set_permission(service.url, "microphone", "granted")
        await sign_in_and_check(browser, service, clinician.code, "Siv Nekter")
        assert (await browser.text("#camera-status")).startswith("You did not allow the camera")
        assert await browser.text("#mic-status") == "The microphone hears you."
        assert await browser.visible("#check-retry")
        await browser.click("#ready")
        await browser.wait_for(shown("lobby"))
        await eventually(lambda: clinician.waiting("Siv Nekter") is not None, what="queued")
        entry = clinician.waiting("Siv Nekter")
        assert entry is not None
        assert (entry.precall.verdict, entry.precall.reasons) == ("warning", ["camera_permission_denied"])
        await clinician.admit("Siv Nekter")
        await browser.wait_for(shown("call"))
        await eventually(lambda: clinician.played[0] > 20, what="sound without the camera")
        await asyncio.sleep(1.0)
        assert clinician.frames == 0
        assert browser.errors == []


async def test_phone_sized_screen(service: ServiceProcess, clinician: Clinician) -> None:
    async with Chromium(lang="nb", size=(390, 844), mobile=True) as browser:
        await sign_in_and_check(browser, service, clinician.code, "Ola Mobil")
        fits = "document.documentElement.scrollWidth <= window.innerWidth"
        assert await browser.evaluate(fits), "the check page scrolls sideways on a phone"
        await into_call(browser, clinician, "Ola Mobil")
        assert await browser.evaluate(fits), "the call page scrolls sideways on a phone"
        # Every call button is whole on the screen and at least 44 px high (a finger's size).
        boxes = await browser.evaluate(
            "[...document.querySelectorAll('.toolbar button')].filter(b => !b.hidden)"
            ".map(b => b.getBoundingClientRect()).map(r => [r.left, r.right, r.bottom, r.height])"
        )
        width, height = await browser.evaluate("[window.innerWidth, window.innerHeight]")
        assert len(boxes) == 3
        for left, right, bottom, tall in boxes:
            assert left >= 0 and right <= width and bottom <= height and tall >= 44
        assert browser.errors == []


async def test_without_turn_there_is_no_network_part(service: ServiceProcess, clinician: Clinician) -> None:
    async with Chromium() as browser:
        await sign_in_and_check(browser, service, clinician.code, "Nina Nett")
        assert await browser.text("#mic-status") == "The microphone hears you."
        assert not await browser.visible("#network-status")  # the deployment offers no TURN to check

"""The guest page recovers a call's media: it offers again when the desktop asks (``restart``)."""

from __future__ import annotations

import json

import pytest

from tests.support.chromium import Chromium
from tests.support.recorder import eventually
from tests.support.service import ServiceProcess
from tests.web.conftest import Clinician
from tests.web.test_guest_journey import frames_grow, shown, sign_in_and_check

pytestmark = pytest.mark.e2e


def offers_sent(browser: Chromium) -> int:
    """How many SDP offers the page has sent to the service."""
    count = 0
    for frame in browser.sent_frames:
        message = json.loads(frame)
        if message.get("type") == "signal" and (message.get("payload") or {}).get("kind") == "offer":
            count += 1
    return count


async def test_a_restart_from_the_desktop_is_answered_with_a_new_offer(
    service: ServiceProcess, clinician: Clinician
) -> None:
    """The page offered the link (the newcomer offers), so when the desktop finds the link carries no
    media and asks with ``restart``, the page builds a new link and offers it; media flows on it."""
    async with Chromium() as browser:
        await sign_in_and_check(browser, service, clinician.code, "Rita Start")
        await browser.click("#ready")
        await browser.wait_for(shown("lobby"))
        pid = await clinician.admit("Rita Start")
        await browser.wait_for(shown("call"))
        await frames_grow(clinician, 10)
        assert offers_sent(browser) == 1
        call = clinician.session.call
        assert call is not None
        first = call.links[pid]

        call.repair.lost(pid, "the test")  # the desktop did not offer: it asks for a new offer
        await eventually(lambda: offers_sent(browser) == 2, what="a second offer from the page")
        await eventually(lambda: call.links.get(pid) not in (None, first), what="the desktop's new link")
        await frames_grow(clinician, 10)
        assert offers_sent(browser) == 2
        assert browser.errors == []
        assert browser.non_loopback_candidates() == []

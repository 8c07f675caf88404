"""The guest page recovers: it offers again when the desktop asks (``restart``), and a reloaded tab
takes its place back (waiting room or call) within the grace time, for the same person only."""

from __future__ import annotations

import asyncio
import json

import pytest

from app.session.events import ParticipantGone, QueueChanged
from app.session.moderation_events import RoomStateChanged
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


async def test_a_reload_in_the_waiting_room_keeps_the_place(
    service: ServiceProcess, clinician: Clinician
) -> None:
    """A phone browser reloads the tab while the patient waits: the page goes back to the waiting
    room by itself, with the same participant id and place in the clinic's queue (no second entry)."""
    async with Chromium() as browser:
        await sign_in_and_check(browser, service, clinician.code, "Lea Laddar")
        await browser.click("#ready")
        await browser.wait_for(shown("lobby"))
        await eventually(lambda: clinician.waiting("Lea Laddar") is not None, what="Lea in the queue")
        before = clinician.waiting("Lea Laddar")
        assert before is not None

        await browser.reload()
        await browser.wait_for(shown("lobby"))
        await browser.wait_for("document.getElementById('lobby-position').textContent === 'You are next.'")
        assert not await browser.visible("#step-check")
        await asyncio.sleep(1.0)  # any second queue entry would have come by now
        queue = clinician.events.of(QueueChanged)[-1].entries
        assert [(x.name, x.participant_id) for x in queue] == [("Lea Laddar", before.participant_id)]

        await clinician.admit("Lea Laddar")
        await browser.wait_for(shown("call"))
        await frames_grow(clinician, 10)
        assert browser.errors == []


async def test_a_reload_in_the_call_takes_the_call_back_with_new_media(
    service: ServiceProcess, clinician: Clinician
) -> None:
    """Reloaded mid-call within the grace time: the page resumes the membership (the clinician never
    sees the patient leave), offers new links, and media flows both ways; a muted microphone stays
    muted."""
    async with Chromium() as browser:
        await sign_in_and_check(browser, service, clinician.code, "Mia Mitt")
        await browser.click("#ready")
        await browser.wait_for(shown("lobby"))
        pid = await clinician.admit("Mia Mitt")
        await browser.wait_for(shown("call"))
        await frames_grow(clinician, 10)
        await browser.click("#toggle-mic")
        await eventually(lambda: muted(clinician, pid), what="the patient muted")
        left_before = len(clinician.events.of(ParticipantGone))

        await browser.reload()
        await browser.wait_for(shown("call"), timeout=20)
        await eventually(lambda: offers_sent(browser) == 2, what="a new offer after the reload")
        await frames_grow(clinician, 20)
        await browser.wait_for(
            "document.querySelector('.tile video') && document.querySelector('.tile video').videoWidth > 0",
            what="the clinician's picture in the browser again",
        )
        await browser.wait_for(
            "(() => { const a = document.querySelector('.tile audio');"
            " return a && a.srcObject && !a.paused && !a.muted; })()",
            what="the clinician's sound playing in the browser again",
        )
        assert await browser.text(".tile .name") == "Dr Lind"
        assert (
            await browser.evaluate("document.getElementById('toggle-mic').getAttribute('aria-pressed')")
            == "false"
        )
        assert muted(clinician, pid)
        assert len(clinician.events.of(ParticipantGone)) == left_before  # never seen to leave
        assert browser.errors == []
        assert browser.non_loopback_candidates() == []


async def test_another_person_on_the_same_device_does_not_take_the_place(
    service: ServiceProcess, clinician: Clinician
) -> None:
    """Anna waits; then someone else signs in in the same tab (a shared phone) and the page reloads:
    they start afresh at the pre-call check, and Anna's place stays hers."""
    async with Chromium() as browser:
        await sign_in_and_check(browser, service, clinician.code, "Anna Först")
        await browser.click("#ready")
        await browser.wait_for(shown("lobby"))
        await eventually(lambda: clinician.waiting("Anna Först") is not None, what="Anna in the queue")
        anna = clinician.waiting("Anna Först")
        assert anna is not None

        other = await browser.evaluate(
            "fetch('/v1/auth/test', {method: 'POST', headers: {'Content-Type': 'application/json'},"
            " body: JSON.stringify({name: 'Bo Sedan', role: 'patient'})}).then((r) => r.json())"
        )
        login = {"token": other["access_token"], "user_id": other["user"]["user_id"]}
        stored = json.dumps(json.dumps(login))
        await browser.evaluate(f"sessionStorage.setItem('samtale.guest.login', {stored})")
        await browser.reload()
        await browser.wait_for(shown("check"))
        assert not await browser.visible("#step-lobby")
        await asyncio.sleep(1.0)
        queue = clinician.events.of(QueueChanged)[-1].entries
        assert [(x.name, x.participant_id) for x in queue] == [("Anna Först", anna.participant_id)]
        assert await browser.evaluate("sessionStorage.getItem('samtale.guest.place')") is None
        assert browser.errors == []


def muted(clinician: Clinician, pid: str) -> bool:
    states = clinician.events.of(RoomStateChanged)
    people = [p for p in states[-1].participants if p.participant_id == pid] if states else []
    return bool(people) and not people[0].audio_on

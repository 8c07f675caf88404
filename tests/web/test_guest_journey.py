"""The guest page's whole journey in a real Chromium against the real service and the clinician
build's session code: sign in, pre-call check, "I'm ready", waiting room, the call both ways, mute,
camera off (nothing sent), moderation obeyed, hang up."""

from __future__ import annotations

import asyncio

import pytest

from app.core.protocol.moderation import MediaControl
from app.media.sources import synthetic_factory
from app.session.consultation import ClinicianConsultation, SessionConfig
from app.session.events import QueueChanged
from app.session.moderation_events import RoomStateChanged
from tests.support.chromium import Chromium
from tests.support.recorder import EventRecorder, eventually
from tests.support.service import ServiceProcess
from tests.web.conftest import Clinician

pytestmark = pytest.mark.e2e

PATIENT = "Kari Nordmann"


def shown(step: str) -> str:
    return f"!document.getElementById('step-{step}').hidden"


async def sign_in_and_check(
    browser: Chromium, service: ServiceProcess, code: str, name: str = PATIENT
) -> None:
    await browser.goto(f"{service.url}/join/{code}")
    await browser.wait_for(shown("signin"))
    await browser.type_into("#name", name)
    await browser.click("#signin-button")
    await browser.wait_for(shown("check"))
    await browser.click("#check-start")
    await browser.wait_for("!document.getElementById('ready').disabled", timeout=20)


async def frames_grow(clinician: Clinician, by: int = 10) -> None:
    start = clinician.frames
    await eventually(
        lambda: clinician.frames >= start + by, timeout=15, what=f"{by} more frames from the browser"
    )


async def patient_state(clinician: Clinician, **wanted: object) -> None:
    def matches(event: RoomStateChanged) -> bool:
        me = [p for p in event.participants if p.name == PATIENT]
        return bool(me) and all(getattr(me[0], key) == value for key, value in wanted.items())

    await clinician.events.wait_for(RoomStateChanged, matches)


async def test_whole_journey_with_the_clinician(service: ServiceProcess, clinician: Clinician) -> None:
    async with Chromium(lang="en") as browser:
        await sign_in_and_check(browser, service, clinician.code)
        assert "Dr Lind" in await browser.text("#check-intro")
        assert await browser.text("#camera-status") == "The camera works. This is how you will look."
        assert await browser.text("#mic-status") == "The microphone hears you."
        assert "113" in await browser.text("#step-check .emergency")
        await browser.click("#speaker-play")
        await browser.click("#speaker-heard")
        assert await browser.text("#speaker-status") == "Good: you will hear the others."

        await browser.click("#ready")
        await browser.wait_for(shown("lobby"))
        assert await browser.text("#lobby-host") == "Dr Lind will let you in. Keep this page open."
        await browser.wait_for("document.getElementById('lobby-position').textContent === 'You are next.'")
        assert "116 117" in await browser.text("#step-lobby .emergency")
        queued = await clinician.events.wait_for(
            QueueChanged, lambda e: any(x.name == PATIENT for x in e.entries)
        )
        entry = next(x for x in queued.entries if x.name == PATIENT)
        assert (entry.precall.verdict, entry.precall.reasons) == ("ok", ["speaker_confirmed"])

        pid = await clinician.admit(PATIENT)
        await browser.wait_for(shown("call"))
        await frames_grow(clinician, 20)  # the browser's camera reaches the clinician
        await eventually(
            lambda: clinician.played[0] > 20, what="the browser's microphone heard by the clinician"
        )
        await browser.wait_for(
            "document.querySelector('.tile video') && document.querySelector('.tile video').videoWidth > 0",
            what="the clinician's picture in the browser",
        )
        await browser.wait_for(
            "(() => { const a = document.querySelector('.tile audio');"
            " return a && a.srcObject && !a.paused && !a.muted; })()",
            what="the clinician's sound playing in the browser",
        )
        assert await browser.text(".tile .name") == "Dr Lind"
        assert await browser.evaluate(  # the whole call fits the window: no scrolling to reach Hang up
            "document.getElementById('hang-up').getBoundingClientRect().bottom <= window.innerHeight"
            " && document.documentElement.scrollHeight <= window.innerHeight"
        )

        # Mute: the service and the clinician learn it.
        await browser.click("#toggle-mic")
        await patient_state(clinician, audio_on=False)
        assert (
            await browser.evaluate("document.getElementById('toggle-mic').getAttribute('aria-pressed')")
            == "false"
        )
        await browser.click("#toggle-mic")
        await patient_state(clinician, audio_on=True)

        # Camera off: no more video frames at all (not black ones), and the camera is let go.
        await browser.click("#toggle-cam")
        await patient_state(clinician, video_on=False)
        await asyncio.sleep(1.0)  # frames already on their way
        before = clinician.frames
        await asyncio.sleep(2.0)
        assert clinician.frames == before, "video kept coming with the camera off"
        assert await browser.visible("#self-off")
        await browser.click("#toggle-cam")
        await patient_state(clinician, video_on=True)
        await frames_grow(clinician, 10)

        # Moderation: a hard mute turns the microphone off and locks its button until allowed.
        await clinician.session.moderation.moderate(pid, audio=MediaControl.HARD_MUTE)
        await browser.wait_for("document.getElementById('toggle-mic').disabled")
        assert await browser.visible("#ask-speak")
        assert "until they allow it" in await browser.text("#call-notice")
        await patient_state(clinician, audio_on=False)
        await browser.click("#ask-speak")
        await clinician.session.moderation.moderate(pid, audio=MediaControl.ALLOW)
        await browser.wait_for("!document.getElementById('toggle-mic').disabled")

        # Sent back to the waiting room, admitted again: a new call with media both ways.
        await clinician.session.moderation.send_to_lobby(pid)
        await browser.wait_for(shown("lobby"))
        assert await browser.text("#lobby-notice") == "The clinician moved you back to the waiting room."
        await clinician.admit(PATIENT)
        await browser.wait_for(shown("call"))
        await frames_grow(clinician, 10)

        # Hang up asks first, in the page.
        await browser.click("#hang-up")
        assert await browser.visible("#leave-confirm")
        await browser.click("#leave-no")
        assert not await browser.visible("#leave-confirm")
        await browser.click("#hang-up")
        await browser.click("#leave-yes")
        await browser.wait_for(shown("ended"))
        assert await browser.text("#ended-text") == "You left the consultation."
        assert browser.errors == []
        assert browser.sent_candidate_addresses(), "the offers carried no candidates at all"
        assert browser.non_loopback_candidates() == []  # the test browser stays on 127.0.0.0/8


async def test_end_for_all_and_kick_are_obeyed(service: ServiceProcess, clinician: Clinician) -> None:
    async with Chromium(lang="sv") as browser:
        await sign_in_and_check(browser, service, clinician.code, "Ella Berg")
        await browser.click("#ready")
        await browser.wait_for(shown("lobby"))
        await clinician.admit("Ella Berg")
        await browser.wait_for(shown("call"))
        await clinician.session.moderation.end_call()
        await browser.wait_for(shown("ended"))
        assert await browser.text("#ended-text") == "Behandlaren avslutade besöket."

        await browser.goto(f"{service.url}/join/{clinician.code}")  # a reload keeps the sign-in
        await browser.wait_for(shown("check"))
        await browser.click("#check-start")
        await browser.click("#ready")
        await browser.wait_for(shown("lobby"))
        pid = await clinician.admit("Ella Berg")
        await browser.wait_for(shown("call"))
        await clinician.session.moderation.kick(pid, ban=True)
        await browser.wait_for(shown("ended"))
        assert await browser.text("#ended-text") == "Du kan inte gå in i det här rummet."
        assert browser.errors == []


async def test_the_deployment_page_after_the_call() -> None:
    feedback = "https://clinic.example/feedback?visit=1"
    with ServiceProcess("--after-call-url", feedback) as service:
        events = EventRecorder()
        config = SessionConfig(service.url, loopback_only=True)
        session = ClinicianConsultation(config, events, sources_factory=synthetic_factory((320, 240)))
        try:
            await session.login_test("Dr Lind")
            room = await session.create_room("")
            clinician = Clinician(session, events, room.code)
            async with Chromium() as browser:
                await sign_in_and_check(browser, service, room.code, "Per Etter")
                await browser.click("#ready")
                await browser.wait_for(shown("lobby"))
                await clinician.admit("Per Etter")
                await browser.wait_for(shown("call"))
                await session.moderation.end_call()
                await browser.wait_for(shown("ended"))
                assert await browser.visible("#after-call-link")
                assert await browser.evaluate("document.getElementById('after-call-link').href") == feedback
                assert await browser.text("#after-call-link") == "Continue to the clinic's page"
        finally:
            await session.close()


async def test_a_paused_picture_is_taken_down_not_left_frozen(
    service: ServiceProcess, clinician: Clinician
) -> None:
    """The desktop pauses its picture to keep the sound (the rate rule's audio only, or "Continue with
    audio only"): the guest page takes the last frame down and says so, and shows it again after."""
    async with Chromium(lang="nb") as browser:
        await sign_in_and_check(browser, service, clinician.code, "Ola Dahl")
        await browser.click("#ready")
        await browser.wait_for(shown("lobby"))
        await clinician.admit("Ola Dahl")
        await browser.wait_for(shown("call"))
        await browser.wait_for(
            "document.querySelector('.tile video') && document.querySelector('.tile video').videoWidth > 0",
            what="the clinician's picture in the browser",
        )
        call = clinician.session.call
        assert call is not None
        call.monitor.choose_audio_only(True)
        await browser.wait_for(
            "!document.querySelector('.tile .off').hidden && document.querySelector('.tile video').hidden",
            what="the paused picture taken down",
        )
        assert await browser.text(".tile .off-text") == "Bildet er satt på pause. Dr Lind høres fortsatt."
        call.monitor.choose_audio_only(False)
        await browser.wait_for(
            "document.querySelector('.tile .off').hidden && !document.querySelector('.tile video').hidden",
            what="the picture back",
        )
        assert browser.errors == []

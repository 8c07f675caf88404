"""The guest page's network check through the deployment's TURN relay (a real coturn on loopback):
a relay that answers is "works"; one that cannot be reached is said plainly and reaches the clinic's
queue as ``network_relay_failed``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support import coturn
from tests.support.chromium import Chromium
from tests.support.recorder import eventually
from tests.support.service import ServiceProcess
from tests.web.conftest import Clinician
from tests.web.test_guest_journey import shown, sign_in_and_check

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not coturn.available(), reason="coturn (Debian package 'coturn') is not installed"),
]


@pytest.fixture(scope="module")
def turn() -> Iterator[coturn.Coturn]:
    with coturn.Coturn() as server:
        yield server


@pytest.fixture(scope="module", params=["reachable", "unreachable"])
def service(request: pytest.FixtureRequest, turn: coturn.Coturn) -> Iterator[ServiceProcess]:
    """Overrides the package's service: one with TURN, its relay up or (a port nobody serves) down."""
    urls = (
        turn.urls if request.param == "reachable" else [f"turn:127.0.0.1:{coturn.free_port()}?transport=udp"]
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SAMTALE_TURN_SECRET", turn.secret)
        with ServiceProcess(*[arg for url in urls for arg in ("--turn-url", url)]) as svc:
            svc.relay_up = request.param == "reachable"  # type: ignore[attr-defined]
            yield svc


async def test_the_relay_is_checked(service: ServiceProcess, clinician: Clinician) -> None:
    relay_up = bool(service.relay_up)  # type: ignore[attr-defined]
    async with Chromium() as browser:
        await sign_in_and_check(browser, service, clinician.code, "Nina Nett")
        assert await browser.visible("#network-status")
        text = await browser.text("#network-status")
        if relay_up:
            assert text == "The connection for the video call works."
        else:
            assert text.startswith("The call's relay cannot be reached from this network")
        await browser.click("#ready")
        await browser.wait_for(shown("lobby"))
        await eventually(lambda: clinician.waiting("Nina Nett") is not None, what="queued")
        entry = clinician.waiting("Nina Nett")
        assert entry is not None
        if relay_up:
            assert (entry.precall.verdict, entry.precall.reasons) == ("ok", [])
        else:
            assert (entry.precall.verdict, entry.precall.reasons) == ("warning", ["network_relay_failed"])
        assert browser.errors == []

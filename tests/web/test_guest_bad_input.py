"""The guest page opened with a malformed, unknown or closed room's address, and WebSockets from
pages of other origins."""

from __future__ import annotations

import json

import httpx
import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from tests.support.chromium import Chromium
from tests.support.service import ServiceProcess, login
from tests.web.conftest import Clinician
from tests.web.test_guest_journey import shown

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("target", ["ABCD-123", "ABCD-1234", "ab", "%00%00%00", "a" * 40, "dr%20%3Cb%3E"])
async def test_a_malformed_code_says_so_before_sign_in(service: ServiceProcess, target: str) -> None:
    async with httpx.AsyncClient() as http:
        assert (await http.get(f"{service.url}/join/{target}")).status_code == 404
    async with Chromium() as browser:
        await browser.goto(f"{service.url}/join/{target}")
        await browser.wait_for(shown("problem"))
        assert (await browser.text("#problem-text")).startswith("This link is not complete.")
        assert browser.errors == []


async def test_an_unknown_code_after_sign_in(service: ServiceProcess) -> None:
    async with Chromium(lang="nb") as browser:
        await browser.goto(f"{service.url}/join/ABCD-2345")
        await browser.wait_for(shown("signin"))
        assert await browser.evaluate("document.documentElement.lang") == "nb"  # read out in Norwegian
        assert await browser.evaluate("document.activeElement.id") == "signin-h"  # focus goes to each step
        await browser.type_into("#name", "Kari Nordmann")
        await browser.click("#signin-button")
        await browser.wait_for(shown("problem"))
        assert (await browser.text("#problem-text")).startswith(
            "Det finnes ingen konsultasjon med denne koden."
        )
        assert await browser.evaluate("document.activeElement.id") == "problem-h"


async def test_a_closed_room(service: ServiceProcess, clinician: Clinician) -> None:
    assert clinician.session.room_id is not None
    await clinician.session.close_room(clinician.session.room_id)
    async with Chromium(lang="sv") as browser:
        await browser.goto(f"{service.url}/join/{clinician.code}")
        await browser.wait_for(shown("signin"))
        await browser.type_into("#name", "Ella Berg")
        await browser.click("#signin-button")
        await browser.wait_for(shown("problem"))
        assert (
            await browser.text("#problem-text")
            == "Det här besöksrummet är stängt. Be mottagningen om en ny länk."
        )


async def test_name_is_required(service: ServiceProcess, clinician: Clinician) -> None:
    async with Chromium() as browser:
        await browser.goto(f"{service.url}/join/{clinician.code}")
        await browser.wait_for(shown("signin"))
        await browser.click("#signin-button")
        assert await browser.text("#name-error") == "Write your name."
        assert await browser.evaluate("document.activeElement.id") == "name"
        assert (
            await browser.evaluate("document.getElementById('name').getAttribute('aria-invalid')") == "true"
        )


async def hello(ws_url: str, token: str, origin: str | None) -> dict[str, object]:
    headers = {"Origin": origin} if origin else {}
    async with connect(ws_url, additional_headers=headers) as ws:
        await ws.send(json.dumps({"v": 1, "type": "hello", "id": "1", "token": token}))
        return dict(json.loads(await ws.recv()))


@pytest.mark.parametrize(
    "origin",
    ["https://evil.example", "null", "http://127.0.0.1:1", "http://localhost.evil.example", "file://"],
)
async def test_a_websocket_from_a_foreign_origin_is_refused(service: ServiceProcess, origin: str) -> None:
    token = login(service.url, "Kari Nordmann", "patient")
    with pytest.raises(InvalidStatus) as refused:
        await hello(service.ws_url, token, origin)
    assert refused.value.response.status_code == 403


async def test_the_service_own_page_and_the_app_may_connect(service: ServiceProcess) -> None:
    token = login(service.url, "Kari Nordmann", "patient")
    assert (await hello(service.ws_url, token, service.url))["type"] == "welcome"
    assert (await hello(service.ws_url, token, None))["type"] == "welcome"  # the desktop app sends no Origin


async def test_a_page_on_another_origin_cannot_open_the_websocket(service: ServiceProcess) -> None:
    other = service.url.replace("127.0.0.1", "localhost")  # same service, another origin
    async with Chromium() as browser:
        await browser.goto(f"{service.url}/join/ABCD-2345")
        opened = (
            "new Promise(done => { const ws = new WebSocket(%s); "
            "ws.onopen = () => done('open'); ws.onclose = e => done('closed ' + e.code); })"
        )
        assert await browser.evaluate(opened % json.dumps(service.ws_url)) == "open"
        await browser.goto("data:text/html,<p>elsewhere</p>")
        assert await browser.evaluate(opened % json.dumps(service.ws_url)) == "closed 1006"
        assert other  # localhost is loopback too: it may reach only itself, as the origin test shows

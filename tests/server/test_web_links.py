"""A deployment with a public address: room links open the guest page (``https://<service>/join/…``),
which the desktop app's link parser still takes, and browsers on that address may open the WebSocket."""

from __future__ import annotations

import json
import subprocess
import sys

from websockets.asyncio.client import connect

from app.core.links import parse_join
from tests.support.service import REPO_ROOT, ServiceProcess, create_room, login

PUBLIC = "https://video.region.example"


async def test_links_go_to_the_public_guest_page() -> None:
    with ServiceProcess("--public-url", PUBLIC + "/") as service:
        token = login(service.url, "Dr Lind", "clinician")
        room = create_room(service.url, token)
        assert room["link"] == f"{PUBLIC}/join/{room['code']}"
        assert parse_join(room["link"]) == room["code"]
        assert parse_join(f"samtale://join/{room['code']}") == room["code"]  # the app's own links still work
        patient = login(service.url, "Kari Nordmann", "patient")
        async with connect(service.ws_url, additional_headers={"Origin": PUBLIC}) as ws:
            await ws.send(json.dumps({"v": 1, "type": "hello", "id": "1", "token": patient}))
            assert json.loads(await ws.recv())["type"] == "welcome"


def test_without_a_public_address_links_stay_app_links() -> None:
    with ServiceProcess() as service:
        room = create_room(service.url, login(service.url, "Dr Lind", "clinician"))
        assert room["link"] == f"samtale://join/{room['code']}"


def test_a_bad_emergency_notice_or_public_url_fails_fast() -> None:
    bad = (
        ["--emergency", "dk"],
        ["--emergency", '{"nb": ""}'],
        ["--public-url", "ftp://x"],
        ["--after-call-url", "http://clinic.example/feedback"],
        ["--after-call-url", "javascript:alert(1)"],
    )
    for flags in bad:
        done = subprocess.run(
            [sys.executable, "-m", "server", "--port", "0", *flags],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert done.returncode == 2, flags
        assert "invalid" in done.stderr, flags

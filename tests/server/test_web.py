"""The guest page's routes and the WebSocket origin rule, without a browser."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from server.web import origin_allowed
from server.web.routes import FILES
from tests.support.service import ServiceProcess

PUBLIC = ("https://video.region.example",)


@pytest.mark.parametrize(
    ("origin", "host", "allowed"),
    [
        (None, "video.region.example", True),  # the desktop app sends no Origin
        ("https://video.region.example", "internal:8443", True),  # behind a proxy: the public address
        ("https://video.region.example:443", "x", True),
        ("HTTPS://VIDEO.REGION.EXAMPLE", "x", True),
        ("http://video.region.example", "video.region.example", False),  # not the public scheme
        ("https://video.region.example.evil.example", "x", False),
        ("https://evil.example", "evil.example", False),  # a matching Host proves nothing off loopback
        ("http://127.0.0.1:8443", "127.0.0.1:8443", True),  # the demo and the tests: the page it served
        ("http://localhost:8443", "localhost:8443", True),
        ("http://127.0.0.1:8443", "127.0.0.1:9000", False),  # another loopback service's page
        ("http://127.0.0.1:8443", None, False),
        ("null", "127.0.0.1:8443", False),
        ("file://", "127.0.0.1:8443", False),
        ("http://[::1", "127.0.0.1:8443", False),
        ("javascript:alert(1)", "127.0.0.1:8443", False),
    ],
)
def test_origin_rule(origin: str | None, host: str | None, allowed: bool) -> None:
    assert origin_allowed(origin, host, PUBLIC) is allowed


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with ServiceProcess("--emergency", "se") as service, httpx.Client(base_url=service.url) as http:
        yield http


def test_the_page_and_its_files_carry_a_strict_policy(client: httpx.Client) -> None:
    page = client.get("/join/ABCD-2345")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy and "unsafe" not in policy
    assert page.headers["referrer-policy"] == "no-referrer"
    for name in sorted(n for n in FILES if n.endswith(".js")):
        answer = client.get(f"/guest/{name}")
        assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/javascript")
    assert client.get("/guest/guest.css").headers["content-type"].startswith("text/css")


@pytest.mark.parametrize("path", ["/guest/index.html", "/guest/..%2Fapp.py", "/guest/settings.py", "/guest/"])
def test_nothing_else_is_served(client: httpx.Client, path: str) -> None:
    assert client.get(path).status_code == 404


def test_a_malformed_join_address_is_404(client: httpx.Client) -> None:
    assert client.get("/join/ABCD-123").status_code == 404
    assert client.get("/join/drdahl").status_code == 200  # a standing room's address


def test_the_page_loads_no_third_party_script(client: httpx.Client) -> None:
    page = client.get("/join/ABCD-2345").text
    assert "http://" not in page and "https://" not in page
    for name in sorted(n for n in FILES if n.endswith(".js")):
        text = client.get(f"/guest/{name}").text
        assert "import(" not in text and "https://" not in text and "eval(" not in text


def test_deployment_facts(client: httpx.Client) -> None:
    assert client.get("/guest/deployment.json").json() == {
        "emergency": {"region": "se", "texts": {}},
        "after_call_url": None,
        "consent": None,
        "reconnect_grace_s": 45.0,
    }

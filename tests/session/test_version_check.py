"""The client asks the real service which client versions it supports, before any consultation."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator

import pytest

from app.core.client_version import VersionStanding
from app.session.version_check import VersionCheck, check_client_version
from tests.support.service import ServiceProcess

DOWNLOAD = "https://samtale.example.org/download"

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def service() -> Iterator[ServiceProcess]:
    args = ("--client-oldest", "0.2.0", "--client-newest", "0.4.1", "--client-download-url", DOWNLOAD)
    with ServiceProcess(*args) as proc:  # started before any test's event loop runs
        yield proc


@pytest.mark.parametrize(
    ("current", "expected"),
    [
        ("0.4.1", VersionStanding.CURRENT),
        ("0.3.9", VersionStanding.UPDATE_AVAILABLE),
        ("0.2.0", VersionStanding.UPDATE_AVAILABLE),
        ("0.1.0", VersionStanding.UNSUPPORTED),
    ],
)
async def test_current_outdated_and_unsupported(
    service: ServiceProcess, current: str, expected: VersionStanding
) -> None:
    check = await check_client_version(service.url, current)
    assert check == VersionCheck(expected, "0.4.1", DOWNLOAD)


async def test_a_service_without_versions_set_says_nothing() -> None:
    proc = await asyncio.to_thread(ServiceProcess().start)
    try:
        check = await check_client_version(proc.url, "0.0.1")
    finally:
        await asyncio.to_thread(proc.close)
    assert check == VersionCheck(VersionStanding.UNKNOWN, None, None)


async def test_an_unreachable_service_says_nothing_here() -> None:
    # Reaching the service is the sign-in page's concern; the version check just stays quiet.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    check = await check_client_version(f"http://127.0.0.1:{port}", "0.1.0", http_timeout_s=2.0)
    assert check.standing is VersionStanding.UNKNOWN

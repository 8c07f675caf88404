"""Fixtures for the media-server tests: a real Janus (tests/support/janus.py) and a real service
process that uses it, everything on 127.0.0.1; ICE host candidates of this process's aiortc peers are
restricted to 127.0.0.1 too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.media.host_addresses import ice_host_addresses
from tests.support import janus as janus_support
from tests.support.janus import JanusServer
from tests.support.service import ServiceProcess

GRACE_S = 2.0
needs_janus = pytest.mark.skipif(not janus_support.available(), reason="needs janus and gcc (scripts/setup)")


@pytest.fixture(autouse=True)
def loopback_ice() -> Iterator[None]:
    with ice_host_addresses(["127.0.0.1"]):
        yield


@pytest.fixture(scope="module")
def janus() -> Iterator[JanusServer]:
    with JanusServer() as server:
        yield server


def janus_args(*servers: JanusServer) -> list[str]:
    return [
        "--janus",
        ",".join(s.url for s in servers),
        "--janus-api-secret-file",
        str(servers[0].api_secret_file),
    ]


@pytest.fixture(scope="module")
def sfu_service(janus: JanusServer) -> Iterator[ServiceProcess]:
    with ServiceProcess(*janus_args(janus), reconnect_grace=GRACE_S) as proc:
        yield proc

"""Fixtures for identity tests: test PKI, the BankID simulator over mutual TLS, an in-process service."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from server.runner import bind_socket, make_server, url_of
from server.settings import BankIdSettings, Secret, ServiceSettings
from tests.support.bankid_certs import PKCS12_PASSWORD, SimPki, make_pki
from tests.support.bankid_sim import BankIdSimulator, SimulatorServer

STAFF_PN = "197001011234"


@pytest.fixture
def pki(tmp_path: Path) -> SimPki:
    return make_pki(tmp_path)


@pytest.fixture
async def sim(pki: SimPki) -> AsyncIterator[tuple[BankIdSimulator, str]]:
    simulator = BankIdSimulator()
    async with SimulatorServer(simulator, pki) as server:
        yield simulator, server.base_url


def bankid_settings(pki: SimPki, base_url: str, **kw: float) -> BankIdSettings:
    return BankIdSettings(
        base_url=base_url,
        pkcs12_path=str(pki.rp_p12),
        pkcs12_password=Secret(PKCS12_PASSWORD),
        ca_pem_path=str(pki.server_ca),
        **kw,  # type: ignore[arg-type]
    )


@contextlib.asynccontextmanager
async def running_service(settings: ServiceSettings) -> AsyncIterator[httpx.AsyncClient]:
    """The real app under uvicorn on 127.0.0.1 in this loop; yields a client pointed at it."""
    settings = replace(settings, probe_enabled=False)
    server = make_server(settings)
    sock = bind_socket("127.0.0.1", 0)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        assert not task.done()
        await asyncio.sleep(0.01)
    try:
        async with httpx.AsyncClient(base_url=url_of(sock), trust_env=False) as client:
            yield client
    finally:
        server.should_exit = True
        await task
        sock.close()

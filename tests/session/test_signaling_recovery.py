"""A refused or dropped signaling connection is something to recover from: the real service is
restarted on the same port with other signing keys (a deploy whose keys changed), so the app's
access token is refused at reconnect. The client renews it and comes back; it gives up ("signed
out") only when the renewal itself is refused, never because the service was away meanwhile."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from app.core.errors import ErrorCode
from app.core.protocol import Error, Role, ServerMessage
from app.session.api import ServiceApi
from app.session.backoff import Backoff
from app.session.errors import SessionError
from app.session.signaling import SignalingClient
from tests.support.recorder import eventually
from tests.support.service import ServiceProcess


def _keys() -> str:
    return "k" + secrets.token_hex(3) + ":" + secrets.token_urlsafe(32)


@dataclass
class Restartable:
    database_url: str
    service: ServiceProcess | None = None

    async def start(self, port: int = 0) -> ServiceProcess:
        args = ("--port", str(port)) if port else ()
        process = ServiceProcess(*args, database_url=self.database_url, token_keys=_keys())
        self.service = await asyncio.to_thread(process.start)
        return self.service

    async def stop(self) -> int:
        assert self.service is not None
        port = urlsplit(self.service.url).port
        assert port is not None
        await asyncio.to_thread(self.service.close)
        return port


@pytest.fixture
async def deployment(tmp_path: Path) -> AsyncIterator[Restartable]:
    made = Restartable(f"sqlite:///{tmp_path / 'samtale.db'}")
    await made.start()
    yield made
    if made.service is not None:
        await asyncio.to_thread(made.service.close)


async def _through_a_restart(
    deployment: Restartable, renew: Callable[[ServiceApi], Awaitable[object]], down_s: float = 0.5
) -> tuple[list[bool], list[ServerMessage]]:
    assert deployment.service is not None
    api = ServiceApi(deployment.service.url)
    await api.login_test("Pat Restart", Role.PATIENT)
    received: list[ServerMessage] = []
    states: list[bool] = []
    client = SignalingClient(
        api.ws_url(),
        lambda: api.token or "",
        received.append,
        states.append,
        backoff=Backoff(initial=0.05, maximum=0.5),
        renew=lambda: renew(api),
    )
    try:
        await client.start()
        port = await deployment.stop()
        await eventually(lambda: states == [False], what="the drop noticed", timeout=5)
        await asyncio.sleep(down_s)
        await deployment.start(port)  # new keys: the old access token is refused (invalid_token)
        await eventually(lambda: len(states) >= 2 or bool(received), what="reconnect or refusal", timeout=15)
        await asyncio.sleep(0.3)
    finally:
        await client.close()
        await api.close()
    return states, received


async def test_a_token_refused_after_a_restart_is_renewed_and_the_connection_comes_back(
    deployment: Restartable,
) -> None:
    renewals: list[str] = []

    async def renew(api: ServiceApi) -> None:  # what the TokenKeeper does with the refresh token
        await api.login_test("Pat Restart", Role.PATIENT)
        renewals.append(api.token or "")

    states, received = await _through_a_restart(deployment, renew)
    assert states == [False, True]
    assert len(renewals) == 1
    assert not any(isinstance(m, Error) for m in received)


async def test_a_renewal_that_cannot_reach_the_service_is_tried_again_not_final(
    deployment: Restartable,
) -> None:
    attempts: list[ErrorCode | None] = []

    async def renew(api: ServiceApi) -> None:
        if len(attempts) < 2:  # the refresh endpoint is not there yet (a rolling deploy)
            attempts.append(ErrorCode.SERVICE_UNREACHABLE)
            raise SessionError(ErrorCode.SERVICE_UNREACHABLE, "ConnectError")
        await api.login_test("Pat Restart", Role.PATIENT)
        attempts.append(None)

    states, received = await _through_a_restart(deployment, renew)
    assert states == [False, True]
    assert attempts == [ErrorCode.SERVICE_UNREACHABLE, ErrorCode.SERVICE_UNREACHABLE, None]
    assert not any(isinstance(m, Error) for m in received)


async def test_only_a_refused_refresh_token_ends_the_session(deployment: Restartable) -> None:
    async def renew(api: ServiceApi) -> None:
        raise SessionError(ErrorCode.INVALID_TOKEN, "refresh token revoked")

    states, received = await _through_a_restart(deployment, renew)
    assert states == [False]
    assert [m.code for m in received if isinstance(m, Error)] == [ErrorCode.INVALID_TOKEN]

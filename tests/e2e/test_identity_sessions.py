"""All-day sessions against the real service subprocess: token renewal, signaling reconnect, restarts."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import websockets

from app.core.errors import ErrorCode
from app.core.protocol import Hello, LoginResponse, ServerMessage, decode_server, encode
from app.core.protocol.rest import OidcProviderInfo
from app.session.api import ServiceApi
from app.session.auth.auth_api import AuthApi
from app.session.auth.identity import IdentityLogins
from app.session.auth.keystore import RefreshTokenStore
from app.session.auth.login_session import LoginSession
from app.session.auth.oidc import OidcLogin
from app.session.backoff import Backoff
from app.session.errors import SessionError
from app.session.signaling import SignalingClient
from tests.session.auth.test_keystore import MemoryKeyring
from tests.support.oidc.process import BrowserBot, OidcProviderProcess
from tests.support.service import ServiceProcess
from tests.support.tcp_proxy import TcpProxy

pytestmark = pytest.mark.e2e

CLIENT = "samtale-desktop"
LEVELS = ["idporten-loa-substantial", "idporten-loa-high"]
CLINICIAN_PID = "01017012345"


@pytest.fixture(scope="module")
def op() -> Iterator[OidcProviderProcess]:
    with OidcProviderProcess() as process:
        yield process


def identity_config(tmp_path: Path, op: OidcProviderProcess) -> str:
    config = {
        "oidc": [
            {
                "provider_id": "helseid",
                "issuer": op.issuer,
                "client_id": CLIENT,
                "acr_values": LEVELS,
                "min_acr": LEVELS[1],
                "hpr_claim": "hpr_number",
            }
        ]
    }
    path = tmp_path / "identity.json"
    path.write_text(json.dumps(config))
    return str(path)


OPEN: list[AuthApi] = []


@pytest.fixture(autouse=True)
async def close_auth_clients() -> AsyncIterator[None]:
    yield
    while OPEN:
        await OPEN.pop().close()


async def oidc_login(url: str, op: OidcProviderProcess, keyring: MemoryKeyring) -> LoginSession:
    OPEN.append(auth := AuthApi(url))
    session = LoginSession(auth, RefreshTokenStore(url, keyring))
    info = OidcProviderInfo("helseid", op.issuer, CLIENT, ["openid", "profile"], [LEVELS[1]])
    bot = BrowserBot(CLINICIAN_PID, "Dr Lind", hpr="9144889")
    grant = await OidcLogin(info, bot.open, timeout_s=20).run()
    for task in bot.tasks:
        await task
    await session.with_oidc(grant)
    return session


async def hello_answer(ws_url: str, token: str) -> ServerMessage:
    async with websockets.connect(ws_url) as ws:
        await ws.send(encode(Hello(id="h", token=token)))
        return decode_server(await ws.recv())


async def test_a_session_outlives_its_first_token_and_signaling_reconnects(
    tmp_path: Path, op: OidcProviderProcess
) -> None:
    with ServiceProcess("--token-ttl", "3", "--identity-config", identity_config(tmp_path, op)) as service:
        keyring = MemoryKeyring()
        bot = BrowserBot(CLINICIAN_PID, "Dr Lind", hpr="9144889")
        identity = IdentityLogins(service.url, bot.open, store=RefreshTokenStore(service.url, keyring))
        (info,) = (await identity.providers()).oidc
        first = await identity.oidc(info)  # as the app does: the desktop's PKCE login, then the service
        session = identity.session
        assert first.user.role == "clinician" and first.refresh_token is not None
        api = ServiceApi(service.url)
        lost: list[ErrorCode] = []
        keeper = identity.keep_fresh(api, on_lost=lost.append)
        assert api.token == first.access_token
        port = urlsplit(service.url).port
        assert port is not None
        proxy = await TcpProxy("127.0.0.1", port).start()
        signaling = SignalingClient(
            f"ws://127.0.0.1:{proxy.port}/v1/ws",
            lambda: api.token or "",
            lambda message: None,
            backoff=Backoff(initial=0.05, maximum=0.2),
        )
        await signaling.start()
        try:
            await asyncio.sleep(4.5)  # the first token expired 1.5 s ago
            answer = await hello_answer(service.ws_url, first.access_token)
            assert getattr(answer, "code", None) is ErrorCode.TOKEN_EXPIRED
            assert keeper.renewals >= 2 and api.token != first.access_token and lost == []
            room = await api.create_room("all day")  # REST still works with the current token
            assert (await api.room_by_code(room.code)).room_id == room.room_id
            proxy.cut()  # the network drops: signaling must come back with the current token
            async with asyncio.timeout(5):
                while signaling.reconnects < 1 or not signaling.connected:
                    await asyncio.sleep(0.02)
            assert await signaling.ping() >= 0
            # the keyring always holds the newest refresh token, never a rotated one
            assert session.login is not None
            assert list(keyring.items.values()) == [session.login.refresh_token]
            assert first.refresh_token not in keyring.items.values()
        finally:
            await signaling.close()
            await proxy.close()
            await api.close()
            await identity.close()
        # reusing a rotated refresh token revokes the family: the current one stops working too
        auth = AuthApi(service.url)
        assert first.refresh_token is not None and session.login.refresh_token is not None
        with pytest.raises(SessionError) as reused:
            await auth.refresh(first.refresh_token)
        assert reused.value.code is ErrorCode.INVALID_TOKEN
        with pytest.raises(SessionError):
            await auth.refresh(session.login.refresh_token)
        await auth.close()


async def test_a_service_restart_logs_nobody_out(tmp_path: Path, op: OidcProviderProcess) -> None:
    database = f"sqlite:///{tmp_path / 'samtale.db'}"
    config = identity_config(tmp_path, op)
    with ServiceProcess("--identity-config", config, database_url=database) as service:
        session = await oidc_login(service.url, op, MemoryKeyring())
        before: LoginResponse | None = session.login
        assert before is not None and before.refresh_token is not None
        room = await _create_room(service.url, before.access_token)
    with ServiceProcess("--identity-config", config, database_url=database) as restarted:
        auth = AuthApi(restarted.url)
        after = await auth.refresh(before.refresh_token)  # the family survived the restart
        assert after.user.user_id == before.user.user_id and after.refresh_token != before.refresh_token
        api = ServiceApi(restarted.url)
        api.use_token(after.access_token)
        assert (await api.room_by_code(room)).host_name == "Dr Lind"  # and so did the room
        with pytest.raises(SessionError) as reused:
            await auth.refresh(before.refresh_token)
        assert reused.value.code is ErrorCode.INVALID_TOKEN
        await api.close()
        await auth.close()


async def _create_room(url: str, token: str) -> str:
    api = ServiceApi(url)
    api.use_token(token)
    try:
        return (await api.create_room("kept")).code
    finally:
        await api.close()

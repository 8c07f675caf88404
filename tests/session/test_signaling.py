"""The signaling client against the real service: acks, coded refusals, and reconnect after a drop."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from urllib.parse import urlsplit

import pytest

from app.core.errors import ErrorCode
from app.core.protocol import Error, Knock, LobbyUpdate, Role, ServerMessage, WatchRoom
from app.session.api import ServiceApi
from app.session.backoff import Backoff
from app.session.errors import SessionError
from app.session.signaling import SignalingClient
from tests.support.recorder import eventually
from tests.support.service import ServiceProcess
from tests.support.tcp_proxy import TcpProxy


@pytest.fixture(scope="module")
def service() -> Iterator[ServiceProcess]:
    with ServiceProcess() as svc:
        yield svc


@pytest.fixture
async def proxy(service: ServiceProcess) -> AsyncIterator[TcpProxy]:
    target = urlsplit(service.url)
    assert target.hostname is not None and target.port is not None
    proxy = await TcpProxy(target.hostname, target.port).start()
    yield proxy
    await proxy.close()


async def logged_in(url: str, name: str, role: Role) -> ServiceApi:
    api = ServiceApi(url)
    await api.login_test(name, role)
    return api


async def test_requests_are_acked_and_refusals_are_coded(service: ServiceProcess) -> None:
    api = await logged_in(service.url, "Pat", Role.PATIENT)
    received: list[ServerMessage] = []
    client = SignalingClient(api.ws_url(), lambda: api.token or "", received.append)
    user = await client.start()
    assert user.name == "Pat" and user.role is Role.PATIENT
    assert await client.ping() < 1.0
    with pytest.raises(SessionError) as refused:
        await client.request(WatchRoom(id="", room_id="nope"))
    assert refused.value.code in (ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND)
    await client.close()
    await client.close()
    await api.close()


async def test_a_refused_token_is_a_coded_error_not_a_hang(service: ServiceProcess) -> None:
    api = ServiceApi(service.url)
    client = SignalingClient(api.ws_url(), lambda: "not-a-token", lambda m: None)
    with pytest.raises(SessionError) as refused:
        await client.start()
    assert refused.value.code is ErrorCode.INVALID_TOKEN
    await client.close()
    await api.close()


async def test_unreachable_service_is_a_coded_error() -> None:
    api = ServiceApi("http://127.0.0.1:9")
    with pytest.raises(SessionError) as failed:
        await api.login_test("x", Role.PATIENT)
    assert failed.value.code is ErrorCode.SERVICE_UNREACHABLE
    await api.close()


async def test_reconnects_after_a_network_drop_and_keeps_the_lobby_place(
    service: ServiceProcess, proxy: TcpProxy
) -> None:
    host = await logged_in(service.url, "Dr. Drop", Role.CLINICIAN)
    room = await host.create_room("drop test")
    api = await logged_in(f"http://127.0.0.1:{proxy.port}", "Pat Drop", Role.PATIENT)
    received: list[ServerMessage] = []
    states: list[bool] = []
    client = SignalingClient(
        api.ws_url(), lambda: api.token or "", received.append, states.append, backoff=Backoff(initial=0.05)
    )
    await client.start()
    connections_before_drop = proxy.accepted  # the login and the WebSocket
    await client.request(Knock(id="", room_id=room.room_id))
    await eventually(lambda: any(isinstance(m, LobbyUpdate) for m in received), what="lobby position")
    first = next(m for m in received if isinstance(m, LobbyUpdate))

    proxy.cut()
    await eventually(lambda: states == [False, True], what="drop then reconnect")
    assert client.reconnects == 1 and proxy.accepted == connections_before_drop + 1
    assert await client.ping() < 1.0
    # The service kept the patient's place: the lobby position is sent again, same participant.
    await eventually(lambda: sum(isinstance(m, LobbyUpdate) for m in received) >= 2, what="lobby re-sent")
    again = [m for m in received if isinstance(m, LobbyUpdate)][-1]
    assert (again.participant_id, again.position) == (first.participant_id, 1)

    await client.close()
    await asyncio.gather(api.close(), host.close())


@pytest.fixture(scope="module")
def short_token_service() -> Iterator[ServiceProcess]:
    with ServiceProcess("--token-ttl", "2") as svc:
        yield svc


async def _expired_during_a_drop(
    service: ServiceProcess, renew: Callable[[ServiceApi], Awaitable[object]] | None
) -> tuple[list[bool], list[ServerMessage]]:
    target = urlsplit(service.url)
    assert target.hostname is not None and target.port is not None
    proxy = await TcpProxy(target.hostname, target.port).start()
    api = await logged_in(f"http://127.0.0.1:{proxy.port}", "Pat Sleep", Role.PATIENT)
    received: list[ServerMessage] = []
    states: list[bool] = []
    client = SignalingClient(
        api.ws_url(),
        lambda: api.token or "",
        received.append,
        states.append,
        backoff=Backoff(initial=0.05),
        renew=(lambda: renew(api)) if renew is not None else None,
    )
    try:
        await client.start()
        proxy.offline = True  # the laptop sleeps: the connection drops, and the 2 s token expires meanwhile
        proxy.cut()
        await asyncio.sleep(2.5)
        proxy.offline = False
        await eventually(lambda: len(states) >= 2 or bool(received), what="reconnect or refusal", timeout=10)
        await asyncio.sleep(0.3)
    finally:
        await client.close()
        await api.close()
        await proxy.close()
    return states, received


async def test_a_token_that_expired_while_offline_is_renewed_and_the_connection_comes_back(
    short_token_service: ServiceProcess,
) -> None:
    renewals: list[str] = []

    async def renew(api: ServiceApi) -> None:  # what the TokenKeeper does with the refresh token
        await api.login_test("Pat Sleep", Role.PATIENT)
        renewals.append(api.token or "")

    states, received = await _expired_during_a_drop(short_token_service, renew)
    assert states == [False, True]
    assert len(renewals) == 1
    assert not any(isinstance(m, Error) for m in received)


async def test_without_a_way_to_renew_an_expired_token_ends_the_session_with_its_code(
    short_token_service: ServiceProcess,
) -> None:
    states, received = await _expired_during_a_drop(short_token_service, None)
    assert states == [False]
    assert [m.code for m in received if isinstance(m, Error)] == [ErrorCode.TOKEN_EXPIRED]


async def test_a_service_that_goes_silent_is_noticed_within_seconds(
    service: ServiceProcess, proxy: TcpProxy
) -> None:
    """No close, no reset: the network just stops carrying bytes. Ping/pong notices it in seconds."""
    api = await logged_in(f"http://127.0.0.1:{proxy.port}", "Pat Quiet", Role.PATIENT)
    states: list[bool] = []
    client = SignalingClient(api.ws_url(), lambda: api.token or "", lambda m: None, states.append)
    try:
        await client.start()
        loop = asyncio.get_running_loop()
        proxy.silent = proxy.offline = True
        started = loop.time()
        await eventually(lambda: states == [False], what="the silence noticed", timeout=15)
        assert loop.time() - started < 7.0
        assert not client.connected
    finally:
        await client.close()
        await api.close()


async def test_a_closed_connection_is_noticed_at_once(service: ServiceProcess, proxy: TcpProxy) -> None:
    api = await logged_in(f"http://127.0.0.1:{proxy.port}", "Pat Closed", Role.PATIENT)
    states: list[bool] = []
    client = SignalingClient(api.ws_url(), lambda: api.token or "", lambda m: None, states.append)
    try:
        await client.start()
        loop = asyncio.get_running_loop()
        proxy.offline = True
        started = loop.time()
        proxy.cut()
        await eventually(lambda: states == [False], what="the drop noticed", timeout=5)
        assert loop.time() - started < 1.0
    finally:
        await client.close()
        await api.close()

"""``TokenKeeper`` renews the access token before it expires and on demand; ``ServiceApi`` retries once."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from app.core.errors import ErrorCode
from app.core.protocol import LoginResponse, Role, UserInfo, Verification
from app.session.api import ServiceApi
from app.session.auth.token_keeper import TokenKeeper
from app.session.errors import SessionError

USER = UserInfo(user_id="u_1", name="Dr Lind", role=Role.CLINICIAN, verified_by=Verification.OIDC)


def login(n: int, expires_in: int = 900) -> LoginResponse:
    return LoginResponse(access_token=f"at{n}", expires_in=expires_in, user=USER, refresh_token=f"rt{n}")


class FakeSession:
    """Stands in for ``LoginSession``: each renewal gives the next numbered token (or a queued error)."""

    def __init__(self, expires_in: int = 900) -> None:
        self.login: LoginResponse | None = login(0, expires_in)
        self.expires_in = expires_in
        self.calls = 0
        self.errors: list[SessionError] = []
        self.delay = 0.0

    async def renew(self) -> LoginResponse:
        self.calls += 1
        await asyncio.sleep(self.delay)
        if self.errors:
            raise self.errors.pop(0)
        self.login = login(self.calls, self.expires_in)
        return self.login


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


async def wait_for(condition: object, timeout: float = 2.0) -> None:
    async with asyncio.timeout(timeout):
        while not condition():  # type: ignore[operator]
            await asyncio.sleep(0.01)


async def test_renews_shortly_before_expiry_by_the_wall_clock() -> None:
    session, clock, used = FakeSession(900), Clock(), []
    keeper = TokenKeeper(session, used.append, clock=clock, tick_s=0.01).start()  # type: ignore[arg-type]
    assert used == ["at0"] and keeper.due_at == clock.now + 840  # 60 s before expiry
    await asyncio.sleep(0.05)
    assert session.calls == 0
    clock.now += 841  # e.g. the laptop slept: the wall clock moved, the monotonic one did not
    await wait_for(lambda: used[-1] == "at1")
    assert keeper.renewals == 1 and keeper.due_at == clock.now + 840
    await keeper.close()
    await keeper.close()  # idempotent
    with pytest.raises(SessionError):
        await keeper.renew()


async def test_short_tokens_renew_at_two_thirds_of_their_life() -> None:
    session, clock, used = FakeSession(3), Clock(), []
    keeper = TokenKeeper(session, used.append, clock=clock)  # type: ignore[arg-type]
    assert keeper.due_at == clock.now + 2
    await keeper.close()


async def test_concurrent_demands_share_one_refresh() -> None:
    session, used = FakeSession(), []
    session.delay = 0.05
    keeper = TokenKeeper(session, used.append)  # type: ignore[arg-type]
    tokens = await asyncio.gather(*(keeper.renew() for _ in range(5)))
    assert tokens == ["at1"] * 5 and session.calls == 1 and used == ["at0", "at1"]
    assert await keeper.renew() == "at2"
    await keeper.close()


async def test_a_refused_refresh_token_ends_the_keeper() -> None:
    session, clock, lost = FakeSession(), Clock(), []
    session.errors = [SessionError(ErrorCode.INVALID_TOKEN, "reused")]
    keeper = TokenKeeper(session, lambda t: None, on_lost=lost.append, clock=clock, tick_s=0.01)  # type: ignore[arg-type]
    keeper.start()
    clock.now += 900
    await wait_for(lambda: lost == [ErrorCode.INVALID_TOKEN])
    await asyncio.sleep(0.05)
    assert session.calls == 1
    await keeper.close()


async def test_an_unreachable_service_is_retried() -> None:
    session, clock, used = FakeSession(), Clock(), []
    session.errors = [SessionError(ErrorCode.SERVICE_UNREACHABLE)] * 2
    keeper = TokenKeeper(session, used.append, clock=clock, tick_s=0.01, retry_s=0.01)  # type: ignore[arg-type]
    keeper.start()
    clock.now += 900
    await wait_for(lambda: used[-1:] == ["at3"])
    assert session.calls == 3
    await keeper.close()


def test_a_login_without_a_refresh_token_cannot_be_kept() -> None:
    session = FakeSession()
    session.login = LoginResponse(access_token="t", expires_in=900, user=USER)
    with pytest.raises(SessionError):
        TokenKeeper(session, lambda t: None)  # type: ignore[arg-type]


async def test_the_api_renews_on_token_expired_and_retries_once() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization", ""))
        if request.headers.get("authorization") == "Bearer at0":
            return httpx.Response(401, json={"type": "error", "code": "token_expired", "ref": None})
        body = {"room_id": "r_1", "code": "ABCD-EFGH", "title": "", "host_name": "Dr Lind", "link": "x"}
        return httpx.Response(200, content=json.dumps(body))

    api = ServiceApi("http://service.test", transport=httpx.MockTransport(handler))
    session = FakeSession()
    keeper = TokenKeeper(session, api.use_token)  # type: ignore[arg-type]
    api.keep_fresh(keeper)
    assert api.token == "at0"
    room = await api.room_by_code("ABCD-EFGH")
    assert room.room_id == "r_1" and seen == ["Bearer at0", "Bearer at1"] and api.token == "at1"
    await api.close()
    with pytest.raises(SessionError):
        await keeper.renew()  # closed together with the api

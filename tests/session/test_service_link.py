"""ServiceLink: the connection is opened through the given factory, and requests go through it."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.errors import ErrorCode
from app.core.protocol import Leave, Role, Signal, SignalPayload, UserInfo, Verification, WatchRoom
from app.session.errors import SessionError
from app.session.service_link import ServiceLink
from tests.session.fake_service import FakeSignaling

ME = UserInfo("u_1", "Dr Test", Role.CLINICIAN, Verification.TEST)


class OpeningSignaling(FakeSignaling):
    def __init__(self) -> None:
        super().__init__()
        self.started = 0
        self.reconnects = 0

    async def start(self) -> UserInfo:
        self.started += 1
        return ME

    def reconnect_now(self) -> None:
        self.reconnects += 1


class FakeApi:
    def __init__(self) -> None:
        self.did: list[str] = []

    async def forget_login(self) -> None:
        self.did.append("forget_login")

    async def close(self) -> None:
        self.did.append("close")


def made() -> tuple[ServiceLink, OpeningSignaling, FakeApi, list[Any]]:
    fake, api, given = OpeningSignaling(), FakeApi(), []

    def factory(*args: Any) -> OpeningSignaling:
        given.append(args)
        return fake

    link = ServiceLink(api, factory, print, print)  # type: ignore[arg-type]
    return link, fake, api, given


async def test_open_makes_the_connection_with_the_api_and_both_callbacks_and_returns_the_user() -> None:
    link, fake, api, given = made()
    assert link.client is None
    assert await link.open() == ME
    assert link.client is fake and fake.started == 1
    assert given == [(api, print, print)]


async def test_requests_before_the_connection_is_open_are_refused_as_connection_lost() -> None:
    link, fake, _api, _given = made()
    with pytest.raises(SessionError) as refused:
        await link.request(WatchRoom(id="", room_id="r"))
    assert refused.value.code is ErrorCode.CONNECTION_LOST
    assert not await link.send_signal("r", "p-2", SignalPayload(kind="restart"))
    await link.leave("r")
    link.reconnect_now()
    assert fake.sent == [] and fake.reconnects == 0


async def test_signals_and_leave_go_out_for_the_room_and_a_refusal_is_only_reported() -> None:
    link, fake, _api, _given = made()
    await link.open()
    payload = SignalPayload(kind="restart")
    assert await link.send_signal("r", "p-2", payload)
    assert not await link.send_signal(None, "p-2", payload)  # no room: nothing sent
    fake.refuse["signal"] = ErrorCode.NOT_FOUND
    assert not await link.send_signal("r", "p-2", payload)
    fake.refuse["leave"] = ErrorCode.NOT_FOUND
    await link.leave("r")  # not raised
    await link.leave(None)
    assert fake.sent == [
        Signal(id="", room_id="r", to="p-2", payload=payload),
        Signal(id="", room_id="r", to="p-2", payload=payload),
        Leave(id="", room_id="r"),
    ]


async def test_quietly_swallows_a_refusal_but_not_other_failures() -> None:
    async def refused() -> None:
        raise SessionError(ErrorCode.FORBIDDEN, "no")

    async def broken() -> None:
        raise ValueError("bug")

    await ServiceLink.quietly(refused())
    with pytest.raises(ValueError, match="bug"):
        await ServiceLink.quietly(broken())


async def test_sign_out_closes_the_connection_and_forgets_the_login_then_close_is_idempotent() -> None:
    link, fake, api, _given = made()
    await link.open()
    await link.sign_out()
    assert link.client is None and fake.closed == 1 and api.did == ["forget_login"]
    await link.open()
    await link.close()
    await link.close()
    assert fake.closed == 2 and api.did == ["forget_login", "close"]

"""The desktop's login session against the service and the BankID simulator: resume, logout, cancel."""

from __future__ import annotations

import asyncio

import pytest
from keyring.backends import fail

from app.core.errors import ErrorCode
from app.core.protocol.rest import BankIdLoginState, BankIdStatus
from app.session.auth.auth_api import AuthApi
from app.session.auth.keystore import RefreshTokenStore
from app.session.auth.login_session import LoginSession
from app.session.errors import SessionError
from server.settings import ServiceSettings
from tests.server.identity.conftest import bankid_settings, running_service
from tests.session.auth.test_keystore import MemoryKeyring
from tests.support.bankid_certs import SimPki
from tests.support.bankid_sim import BankIdSimulator, SimOrder

PN = "198112289874"


class User:
    """Plays the person at the BankID app: scans the first QR, then approves (or cancels)."""

    def __init__(self, sim: BankIdSimulator, approve: bool = True) -> None:
        self.sim = sim
        self.approve = approve
        self.order: SimOrder | None = None
        self.seen: list[tuple[BankIdStatus, str]] = []

    def on_state(self, state: BankIdLoginState, auto_start_token: str) -> None:
        self.seen.append((state.status, state.message.value))
        if self.order is None and state.qr is not None:
            self.order = self.sim.scan(state.qr)
        elif self.order is not None and state.message == "RFA9":
            if self.approve:
                self.sim.approve(self.order, PN, "Anna", "Andersson")
            else:
                self.sim.user_cancel(self.order)


def settings(pki: SimPki, url: str) -> ServiceSettings:
    return ServiceSettings(bankid=bankid_settings(pki, url, collect_interval_s=0.2))


async def test_bankid_login_is_remembered_resumed_and_forgotten(
    pki: SimPki, sim: tuple[BankIdSimulator, str]
) -> None:
    simulator, url = sim
    keyring = MemoryKeyring()
    async with running_service(settings(pki, url)) as client:
        api = AuthApi(str(client.base_url))
        store = RefreshTokenStore(str(client.base_url), keyring)
        session = LoginSession(api, store)
        user = User(simulator)
        login = await session.with_bankid(user.on_state)
        assert user.seen[0] == (BankIdStatus.PENDING, "RFA1")
        assert ("pending", "RFA9") in user.seen and user.seen[-1][0] == "complete"
        assert store.load() == login.refresh_token and session.remember_error is None
        # the app starts again: no new BankID login while the refresh token is valid
        resumed = await LoginSession(api, store).resume()
        assert resumed is not None and resumed.user == login.user
        assert store.load() == resumed.refresh_token != login.refresh_token
        await session.logout()
        assert keyring.items == {}
        assert await LoginSession(api, store).resume() is None
        await api.close()


async def test_closing_the_login_cancels_the_order(pki: SimPki, sim: tuple[BankIdSimulator, str]) -> None:
    simulator, url = sim
    async with running_service(settings(pki, url)) as client:
        api = AuthApi(str(client.base_url))
        session = LoginSession(api, RefreshTokenStore(str(client.base_url), MemoryKeyring()))
        task = asyncio.create_task(session.with_bankid(lambda state, token: None))
        await asyncio.sleep(0.5)
        assert len(simulator.orders) == 1
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert simulator.orders == {}
        await api.close()


async def test_user_cancel_and_no_keyring_are_codes(pki: SimPki, sim: tuple[BankIdSimulator, str]) -> None:
    simulator, url = sim
    async with running_service(settings(pki, url)) as client:
        api = AuthApi(str(client.base_url))
        store = RefreshTokenStore(str(client.base_url), fail.Keyring())
        session = LoginSession(api, store)
        with pytest.raises(SessionError) as failed:
            await session.with_bankid(User(simulator, approve=False).on_state)
        assert (failed.value.code, failed.value.detail) == (ErrorCode.LOGIN_FAILED, "RFA6")
        login = await session.with_bankid(User(simulator).on_state)
        assert login.user.verified_by == "bankid_se"
        assert session.remember_error is ErrorCode.KEYRING_UNAVAILABLE  # logged in, not remembered
        assert await LoginSession(api, store).resume() is None
        await api.close()

"""Logging out (or a refresh token reused, which revokes its family) ends that login everywhere now:
its open WebSocket is closed with ``invalid_token`` and its access token is refused from then on."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app.core.protocol import Hello, Ping, Pong
from tests.server.identity.conftest import running_service
from tests.server.identity.test_bankid_login import PATIENT_PN, Sim, login, settings
from tests.server.wsclient import WsClient, assert_error
from tests.support.bankid_certs import SimPki


async def test_logout_closes_the_sessions_websocket_and_refuses_its_access_token(
    pki: SimPki, sim: Sim
) -> None:
    simulator, url = sim
    async with running_service(settings(pki, url)) as client:
        ws_url = "ws" + str(client.base_url).removeprefix("http").rstrip("/") + "/v1/ws"
        done, _ = await login(client, simulator, PATIENT_PN)
        assert done.login is not None and done.login.refresh_token is not None
        other, _ = await login(client, simulator, PATIENT_PN)  # the same person on another computer
        assert other.login is not None
        ws, _ = await WsClient.logged_in(ws_url, done.login.access_token)
        elsewhere, _ = await WsClient.logged_in(ws_url, other.login.access_token)
        assert await ws.request(Ping(id="p1")) == Pong("p1")

        assert (
            await client.post("/v1/auth/logout", json={"refresh_token": done.login.refresh_token})
        ).status_code == 204
        assert_error(await ws.recv(), "invalid_token", None)
        assert await ws.wait_closed() == 1008
        # the other login of the same person is untouched
        assert await elsewhere.request(Ping(id="p2")) == Pong("p2")
        await elsewhere.close()

        again = await WsClient.connect(ws_url)
        assert_error(await again.request(Hello(id="h", token=done.login.access_token)), "invalid_token", "h")
        rest = await client.get(
            "/v1/rooms/ABCD-EFGH", headers={"Authorization": f"Bearer {done.login.access_token}"}
        )
        assert rest.status_code == 401 and rest.json()["code"] == "invalid_token"


async def test_a_reused_refresh_token_closes_the_familys_websocket(pki: SimPki, sim: Sim) -> None:
    simulator, url = sim
    async with running_service(settings(pki, url)) as client:
        ws_url = "ws" + str(client.base_url).removeprefix("http").rstrip("/") + "/v1/ws"
        done, _ = await login(client, simulator, PATIENT_PN)
        assert done.login is not None and done.login.refresh_token is not None
        stolen = done.login.refresh_token
        fresh = (await client.post("/v1/auth/refresh", json={"refresh_token": stolen})).json()
        ws, _ = await WsClient.logged_in(ws_url, fresh["access_token"])  # the rotated login is live
        reused = await client.post("/v1/auth/refresh", json={"refresh_token": stolen})
        assert reused.status_code == 401
        assert_error(await ws.recv(), "invalid_token", None)
        assert await ws.wait_closed() == 1008


async def test_an_instance_started_after_a_logout_refuses_that_logins_access_token(
    pki: SimPki, sim: Sim, tmp_path: Path
) -> None:
    """The revocation is in the database: an instance that was not running (nor told over Redis)
    when the person logged out refuses the access token too."""
    simulator, url = sim
    shared = replace(settings(pki, url), database_url=f"sqlite:///{tmp_path / 'shared.db'}")
    async with running_service(shared) as a:
        done, _ = await login(a, simulator, PATIENT_PN)
        assert done.login is not None and done.login.refresh_token is not None
        kept, _ = await login(a, simulator, PATIENT_PN)  # another login of the same person
        assert kept.login is not None
        logout = await a.post("/v1/auth/logout", json={"refresh_token": done.login.refresh_token})
        assert logout.status_code == 204
    async with running_service(shared) as later:
        ws_url = "ws" + str(later.base_url).removeprefix("http").rstrip("/") + "/v1/ws"
        refused = await WsClient.connect(ws_url)
        assert_error(
            await refused.request(Hello(id="h", token=done.login.access_token)), "invalid_token", "h"
        )
        rest = await later.get(
            "/v1/rooms/ABCD-EFGH", headers={"Authorization": f"Bearer {done.login.access_token}"}
        )
        assert rest.status_code == 401 and rest.json()["code"] == "invalid_token"
        ws, _ = await WsClient.logged_in(ws_url, kept.login.access_token)  # the other login still works
        assert await ws.request(Ping(id="p")) == Pong("p")
        await ws.close()

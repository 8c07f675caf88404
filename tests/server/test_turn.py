"""TURN credentials: the coturn REST format, the REST endpoint, admission, and a real coturn relay."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac

import httpx
import pytest

from app.core.protocol import Admitted, IceServer, JoinCall
from app.preflight.net_turn import probe_relay, split_turn_urls
from server.embedded import start_embedded_service
from server.network.turn import TurnCredentials, turn_password
from server.settings import Secret, ServiceSettings
from tests.server.wsclient import WsClient
from tests.support import coturn
from tests.support.service import create_room, login

pytestmark = pytest.mark.timeout(60)


def test_username_and_password_follow_coturn_rest_scheme() -> None:
    issuer = TurnCredentials(
        ["turn:127.0.0.1:3478?transport=udp"], Secret("s3cret"), 600, clock=lambda: 1000.0
    )
    server = issuer.turn_server("u_abc")
    assert server is not None
    assert server.username == "1600:u_abc"
    expected = base64.b64encode(hmac.new(b"s3cret", b"1600:u_abc", hashlib.sha1).digest()).decode()
    assert server.credential == expected == turn_password(Secret("s3cret"), "1600:u_abc")
    assert server.urls == ["turn:127.0.0.1:3478?transport=udp"]


def test_stun_servers_are_kept_and_nothing_without_configuration() -> None:
    stun = IceServer(urls=["stun:127.0.0.1:3478"])
    assert TurnCredentials([], None, 600, [stun]).ice_servers("u") == [stun]
    assert TurnCredentials(["turn:h:1"], None, 600).ice_servers("u") == []
    servers = TurnCredentials(["turn:h:1"], Secret("k"), 600, [stun]).ice_servers("u")
    assert servers[0] == stun and servers[1].username is not None
    with pytest.raises(ValueError, match="opaque id"):
        TurnCredentials(["turn:h:1"], Secret("k"), 600).turn_server("a:b")


async def _relay(server: IceServer) -> bool:
    return (await probe_relay(server)).ok


@pytest.mark.skipif(not coturn.available(), reason="coturn (Debian package 'coturn') is not installed")
def test_real_coturn_relays_with_valid_credentials_over_udp_and_tcp_only() -> None:
    with coturn.Coturn() as turn:
        good = TurnCredentials(turn.urls, Secret(turn.secret), 600).ice_servers("u_test")
        expired = TurnCredentials(turn.urls, Secret(turn.secret), -10).ice_servers("u_test")
        wrong = TurnCredentials(turn.urls, Secret("not-the-secret"), 600).ice_servers("u_test")

        async def run() -> dict[str, list[bool]]:
            out = {}
            for name, servers in (("good", good), ("expired", expired), ("wrong", wrong)):
                out[name] = list(await asyncio.gather(*(_relay(s) for _, s in split_turn_urls(servers))))
            return out

        results = asyncio.run(run())
    assert results == {"good": [True, True], "expired": [False, False], "wrong": [False, False]}


def test_rest_endpoint_requires_login_and_issues_credentials() -> None:
    urls = ["turn:127.0.0.1:3478?transport=udp", "turn:127.0.0.1:3478?transport=tcp"]
    stun = IceServer(urls=["stun:127.0.0.1:3478"])
    settings = ServiceSettings(
        dev_mode=True, turn_urls=urls, turn_secret=Secret("shared-secret"), ice_servers=[stun]
    )
    with start_embedded_service(settings) as service:
        url = f"{service.url}/v1/turn/credentials"
        assert httpx.post(url, timeout=10).status_code == 401
        assert httpx.post(url, headers={"Authorization": "Bearer nope"}, timeout=10).status_code == 401
        token = login(service.url, "Pat Ient", "patient")
        response = httpx.post(url, headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert response.status_code == 200
    body = response.json()
    assert body["expires_in"] == 120  # short: only for the pre-call check
    assert body["ice_servers"][0] == {"urls": ["stun:127.0.0.1:3478"], "username": None, "credential": None}
    server = body["ice_servers"][1]
    assert server["urls"] == urls
    assert server["credential"] == turn_password(Secret("shared-secret"), server["username"])


async def test_admission_hands_out_fresh_turn_credentials_per_participant() -> None:
    urls = ["turn:127.0.0.1:3478?transport=udp"]
    with start_embedded_service(
        ServiceSettings(dev_mode=True, turn_urls=urls, turn_secret=Secret("k"))
    ) as service:
        token = login(service.url, "Dr Turn", "clinician")
        room = create_room(service.url, token)["room_id"]
        client, _ = await WsClient.logged_in(service.ws_url, token)
        await client.send(JoinCall(id="j", room_id=room))
        _, admitted = await client.recv_n(2)
        await client.close()
    assert isinstance(admitted, Admitted)
    [server] = admitted.ice_servers
    assert server.urls == urls and server.username is not None
    expiry, opaque = server.username.split(":")
    assert opaque == admitted.participant_id and int(expiry) > 0
    assert server.credential == turn_password(Secret("k"), server.username)


@pytest.mark.skipif(not coturn.available(), reason="coturn (Debian package 'coturn') is not installed")
def test_real_coturn_relays_over_tls_with_a_trusted_certificate(monkeypatch: pytest.MonkeyPatch) -> None:
    with coturn.Coturn(tls_port=0) as turn:
        assert turn.ca_file is not None
        servers = TurnCredentials(turn.urls[2:], Secret(turn.secret), 600).ice_servers("u_tls")
        untrusted = asyncio.run(_relay(servers[0]))
        monkeypatch.setenv("SSL_CERT_FILE", str(turn.ca_file))  # the client trusts the test certificate
        trusted = asyncio.run(_relay(servers[0]))
    assert (untrusted, trusted) == (False, True)


def test_cli_flags_and_secret_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from server.__main__ import parse_args

    monkeypatch.setenv("SAMTALE_TURN_SECRET", "from-env")
    flags = ["--turn-url", "turn:h:3478?transport=udp", "--turn-url", "turns:h:443?transport=tcp"]
    settings = parse_args(
        ["--dev", *flags, "--turn-ttl", "60", "--probe-port", "0", "--log-level", "WARNING"]
    )
    assert settings.turn_urls == ["turn:h:3478?transport=udp", "turns:h:443?transport=tcp"]
    assert settings.turn_secret == Secret("from-env")
    assert "from-env" not in repr(settings)
    assert (settings.turn_ttl_s, settings.probe_port, settings.probe_enabled) == (60, 0, True)
    monkeypatch.delenv("SAMTALE_TURN_SECRET")
    assert parse_args(["--dev", "--no-probe", "--log-level", "WARNING"]).turn_secret is None
    assert parse_args(["--dev", "--no-probe", "--log-level", "WARNING"]).probe_enabled is False

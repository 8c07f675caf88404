"""``GET /v1/client``: the oldest supported and newest available client version, set by the deployment."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from app.core.protocol import from_json
from app.core.protocol.rest import ClientVersions
from server.client_versions import ClientVersionSettings
from tests.support.service import REPO_ROOT, ServiceProcess

DOWNLOAD = "https://samtale.example.org/download"


def test_the_deployment_s_versions_are_published_to_anyone() -> None:
    args = ("--client-oldest", "0.1.0", "--client-newest", "0.3.0", "--client-download-url", DOWNLOAD)
    with ServiceProcess(*args, dev=False) as proc:
        response = httpx.get(f"{proc.url}/v1/client")  # no token: asked before anyone signs in
    assert response.status_code == 200
    assert from_json(ClientVersions, response.json()) == ClientVersions("0.1.0", "0.3.0", DOWNLOAD)


def test_without_versions_set_there_is_nothing_to_say(service: ServiceProcess) -> None:
    response = httpx.get(f"{service.url}/v1/client")
    assert (response.status_code, response.json()["code"]) == (404, "not_found")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--client-oldest", "0.3.0", "--client-newest", "0.2.0"], "older than or equal to"),
        (["--client-oldest", "v1"], "not a version"),
        (["--client-newest", "0.2.0", "--client-download-url", "http://samtale.example.org/"], "https://"),
        (["--client-download-url", DOWNLOAD], "--client-newest"),
    ],
)
def test_a_wrong_setting_stops_the_service_with_one_sentence(args: list[str], said: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "server", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert said in result.stderr
    assert result.stdout == ""


def test_settings_alone_oldest_defaults_to_newest_s_floor() -> None:
    only_newest = ClientVersionSettings.parse(None, "0.4.0", None)
    assert only_newest is not None
    assert only_newest.answer() == ClientVersions("0.0.0", "0.4.0", None)
    assert ClientVersionSettings.parse(None, None, None) is None

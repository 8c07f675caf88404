"""``python -m server`` as a process: READY line, flags, and a clean exit on SIGTERM."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.support.service import REPO_ROOT, ServiceProcess, create_room, login

KEYS = "k2026-12:" + "s" * 40


def test_non_dev_process_refuses_test_login_and_exits_cleanly() -> None:
    proc = ServiceProcess(dev=False, ice_servers=[{"urls": ["stun:127.0.0.1:3478"]}])
    with proc:
        response = httpx.post(f"{proc.url}/v1/auth/test", json={"name": "A", "role": "patient"})
        assert (response.status_code, response.json()["code"]) == (403, "dev_mode_only")
        assert proc.stop() == 0
        assert "service stopped" in proc.stderr()


def test_sigterm_exit_code_and_log_hygiene() -> None:
    proc = ServiceProcess(reconnect_grace=1)
    proc.start()
    try:
        token_response = httpx.post(
            f"{proc.url}/v1/auth/test", json={"name": "Secret Name", "role": "patient"}
        )
        token = token_response.json()["access_token"]
        httpx.get(f"{proc.url}/v1/rooms/AAAA-AAAA", headers={"Authorization": f"Bearer {token}"})
        assert proc.stop() == 0
        log = proc.stderr()
        assert "service stopped" in log
        assert token not in log
        assert "Secret Name" not in log
    finally:
        proc.close()


def test_invalid_ice_servers_flag_fails_fast() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "server", "--ice-servers", '[{"url": "stun:x"}]'],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "invalid --ice-servers" in result.stderr
    assert result.stdout == ""


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("SAMTALE_TOKEN_KEYS", "SAMTALE_IDENTITY_KEY")}
    return subprocess.run(
        [sys.executable, "-m", "server", "--port", "0", *args],
        cwd=REPO_ROOT,
        env={**environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("args", "env", "missing"),
    [
        ((), {}, "SAMTALE_TOKEN_KEYS"),
        ((), {"SAMTALE_TOKEN_KEYS": KEYS}, "--database-url"),
        (("--database-url", "sqlite:///x.db"), {}, "SAMTALE_TOKEN_KEYS"),
        (("--database-url", "sqlite://"), {"SAMTALE_TOKEN_KEYS": KEYS}, "--database-url"),
    ],
)
def test_without_dev_it_refuses_to_start_without_keys_and_a_persistent_database(
    args: tuple[str, ...], env: dict[str, str], missing: str
) -> None:
    result = _run(*args, env=env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("python -m server: set ")
    assert missing in lines[0] and "--dev" in lines[0]
    assert result.stdout == ""


def test_a_bad_key_is_refused_in_one_line_without_showing_it() -> None:
    result = _run("--dev", env={"SAMTALE_TOKEN_KEYS": "k1:tooshort-secret"})
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "python -m server: invalid signing keys: key 'k1' is shorter than 32 characters"
    ]


def test_a_token_stays_valid_after_a_restart_and_at_another_instance(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    keys.write_text(f"# rotated in december\n{KEYS}\n", encoding="utf-8")
    database = f"sqlite:///{tmp_path / 'samtale.db'}"
    first = ServiceProcess("--token-keys-file", str(keys), database_url=database)
    with first:
        token = login(first.url, "Dr Restart", "clinician")
        room = create_room(first.url, token, "Before")
    with ServiceProcess("--token-keys-file", str(keys), database_url=database) as again:
        response = httpx.get(
            f"{again.url}/v1/rooms/{room['code']}", headers={"Authorization": f"Bearer {token}"}
        )
        assert response.status_code == 200, response.text
    with ServiceProcess(database_url=database) as random_keys:  # --dev without keys: its own random key
        response = httpx.get(
            f"{random_keys.url}/v1/rooms/{room['code']}", headers={"Authorization": f"Bearer {token}"}
        )
        assert (response.status_code, response.json()["code"]) == (401, "invalid_token")

"""``python -m server`` as a process: READY line, flags, and a clean exit on SIGTERM."""

from __future__ import annotations

import subprocess
import sys

import httpx

from tests.support.service import REPO_ROOT, ServiceProcess


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

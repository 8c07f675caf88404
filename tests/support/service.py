"""``ServiceProcess``: the real service (``python -m server``) as a subprocess for tests.

Use it as a context manager::

    with ServiceProcess(reconnect_grace=2) as service:
        token = login(service.url, "Dr Test", "clinician")

It starts ``sys.executable -m server --dev --port 0`` from the repository root, waits for the
``SAMTALE_SERVICE_READY <url>`` line (surfacing stderr if it never comes), and stops the process
with SIGTERM. ``token_keys`` goes to ``$SAMTALE_TOKEN_KEYS`` (the same keys across restarts keep
tokens valid); ``dev=False`` without keys or database gets throwaway ones of its own. stdout is
drained and stderr goes to a temporary file, so neither pipe can fill up.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import IO, Any

import httpx

REPO_ROOT = Path(__file__).resolve().parents[2]
READY_PREFIX = "SAMTALE_SERVICE_READY "


class ServiceProcess:
    """One service subprocess; ``url`` (http) and ``ws_url`` (the ``/v1/ws`` endpoint) once started."""

    def __init__(
        self,
        *extra_args: str,
        dev: bool = True,
        reconnect_grace: float | None = None,
        hello_timeout: float | None = None,
        ice_servers: list[dict[str, Any]] | None = None,
        database_url: str | None = None,
        token_keys: str | None = None,
        startup_timeout: float = 30.0,
    ) -> None:
        args = [sys.executable, "-m", "server", "--host", "127.0.0.1", "--port", "0"]
        self._workdir: tempfile.TemporaryDirectory[str] | None = None
        if not dev and database_url is None and token_keys is None:
            # A production-shaped instance needs keys and a persistent database: its own, throwaway.
            self._workdir = tempfile.TemporaryDirectory(prefix="samtale-service-")
            database_url = f"sqlite:///{self._workdir.name}/samtale.db"
            token_keys = "test:" + secrets.token_urlsafe(32)
        self.token_keys = token_keys
        if dev:
            args.append("--dev")
        if reconnect_grace is not None:
            args += ["--reconnect-grace", str(reconnect_grace)]
        if hello_timeout is not None:
            args += ["--hello-timeout", str(hello_timeout)]
        if ice_servers is not None:
            args += ["--ice-servers", json.dumps(ice_servers)]
        if database_url is not None:
            args += ["--database-url", database_url]
        self.args = [*args, *extra_args]
        self.startup_timeout = startup_timeout
        self.url = ""
        self._proc: subprocess.Popen[str] | None = None
        self._stderr: IO[str] | None = None
        self._stdout_lines: queue.Queue[str | None] = queue.Queue()
        self._reader: threading.Thread | None = None
        self.returncode: int | None = None

    @property
    def pid(self) -> int:
        """The running process's id (for CPU and memory readings)."""
        assert self._proc is not None, "not running"
        return self._proc.pid

    @property
    def ws_url(self) -> str:
        return "ws" + self.url.removeprefix("http") + "/v1/ws"

    def start(self) -> ServiceProcess:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
        env["PYTHONUNBUFFERED"] = "1"
        env.pop("SAMTALE_TOKEN_KEYS", None)
        if self.token_keys is not None:
            env["SAMTALE_TOKEN_KEYS"] = self.token_keys
        self._stderr = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # noqa: SIM115
        self._proc = subprocess.Popen(
            self.args,
            cwd=REPO_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()
        try:
            line = self._stdout_lines.get(timeout=self.startup_timeout)
        except queue.Empty:
            line = None
        if line is None or not line.startswith(READY_PREFIX):
            self.stop()
            raise RuntimeError(f"service did not become ready (got {line!r}); stderr:\n{self.stderr()}")
        self.url = line.removeprefix(READY_PREFIX).strip()
        return self

    def _drain(self) -> None:
        assert self._proc is not None
        assert self._proc.stdout is not None
        for line in self._proc.stdout:
            self._stdout_lines.put(line)
        self._stdout_lines.put(None)

    def restart(self, kill: bool = False) -> ServiceProcess:
        """SIGTERM (``kill``: SIGKILL), then the same command on the same port (a deploy): clients
        come back to the address they know. With a database file and ``token_keys`` nothing is lost
        but the outage."""
        port = self.url.rsplit(":", 1)[1]
        if kill:
            self.kill()
        self.stop()
        if self._stderr is not None:
            with contextlib.suppress(OSError):
                self._stderr.close()
        self._stdout_lines = queue.Queue()
        self.args = [*self.args, "--port", port]  # the last --port wins
        return self.start()

    def kill(self) -> int | None:
        """SIGKILL (a crash, or the OOM killer): nothing is closed or said goodbye to."""
        proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait(10)
        return self.stop()

    def stderr(self) -> str:
        """Everything the service logged so far."""
        if self._stderr is None or self._stderr.closed:
            return ""
        self._stderr.flush()
        self._stderr.seek(0)
        return self._stderr.read()

    def stop(self, timeout: float = 10.0) -> int | None:
        """SIGTERM, wait (kill if it hangs); returns the exit code. Safe to call twice."""
        proc = self._proc
        if proc is None:
            return self.returncode
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout)
        if self._reader is not None:
            self._reader.join(timeout)
        if proc.stdout is not None:
            proc.stdout.close()
        self.returncode = proc.returncode
        self._proc = None
        return self.returncode

    def close(self) -> None:
        """Stop the process and drop its log file."""
        self.stop()
        if self._stderr is not None:
            with contextlib.suppress(OSError):
                self._stderr.close()
        if self._workdir is not None:
            self._workdir.cleanup()
            self._workdir = None

    def __enter__(self) -> ServiceProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


def login(url: str, name: str, role: str) -> str:
    """Log in with the dev-mode test identity; returns the access token."""
    response = httpx.post(f"{url}/v1/auth/test", json={"name": name, "role": role}, timeout=10)
    response.raise_for_status()
    return str(response.json()["access_token"])


def create_room(url: str, token: str, title: str = "") -> dict[str, Any]:
    """Open a room as a clinician; returns the RoomInfo JSON."""
    response = httpx.post(
        f"{url}/v1/rooms", json={"title": title}, headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    response.raise_for_status()
    return dict(response.json())


def room_state(url: str, token: str, room_id: str) -> dict[str, int]:
    """Dev-mode probe of a room's live state: ``{"lobby", "call", "connections"}`` counts."""
    response = httpx.get(
        f"{url}/v1/dev/rooms/{room_id}/state", headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    response.raise_for_status()
    return dict(response.json())

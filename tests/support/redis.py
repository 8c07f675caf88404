"""``RedisServer``: a real, throwaway Redis server in a temporary directory for tests.

Debian's ``redis-server`` (``scripts/setup`` installs it) on a free loopback port, with nothing
saved to disk; ``stop()`` shuts it down and removes the directory, so nothing is left running::

    with RedisServer() as redis:
        url = redis.url   # redis://127.0.0.1:PORT/0
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def available() -> bool:
    """Whether Redis's server program is installed here."""
    return shutil.which("redis-server") is not None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisServer:
    """One Redis server on 127.0.0.1; ``url`` reaches its database 0."""

    def __init__(self) -> None:
        if not available():
            raise RuntimeError("Redis is not installed (scripts/setup installs redis-server)")
        self._dir = Path(tempfile.mkdtemp(prefix="samtale-redis-"))
        self.port = _free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self) -> RedisServer:
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
        command += ["--appendonly", "no", "--dir", str(self._dir), "--logfile", str(self._dir / "redis.log")]
        self._proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), 0.5) as s:
                s.sendall(b"PING\r\n")
                if s.recv(16).startswith(b"+PONG"):
                    return self
            if self._proc.poll() is not None:
                break
            time.sleep(0.05)
        self.stop()
        raise RuntimeError("redis-server did not start")

    def pause(self) -> None:
        """Stop answering (SIGSTOP), as a Redis that hangs; ``resume`` continues it."""
        if self._proc is not None:
            os.kill(self._proc.pid, signal.SIGSTOP)

    def resume(self) -> None:
        if self._proc is not None:
            os.kill(self._proc.pid, signal.SIGCONT)

    def halt(self) -> None:
        """Stop the server (an outage; nothing it held is kept); ``start()`` brings it back on the
        same port."""
        proc, self._proc = self._proc, None
        if proc is not None:
            os.kill(proc.pid, signal.SIGCONT)
            proc.kill()
            proc.wait(10)

    def stop(self) -> None:
        """Stop the server and remove its directory; safe to call more than once."""
        proc, self._proc = self._proc, None
        if proc is not None:
            os.kill(proc.pid, signal.SIGCONT)
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> RedisServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

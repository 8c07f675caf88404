"""``PostgresCluster``: a real, throwaway PostgreSQL server in a temporary directory for tests.

Debian's PostgreSQL (``scripts/setup`` installs it) is started with ``initdb`` + ``pg_ctl`` on a free
loopback port, as the ``postgres`` user when the tests run as root (PostgreSQL refuses root), with
``fsync=off`` because nothing in it needs to outlive the test. ``stop()`` shuts it down and removes
the directory; nothing is left running::

    with PostgresCluster() as pg:
        url = pg.new_database()   # postgresql+psycopg://samtale@127.0.0.1:PORT/t_xxxx
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def _bin_dir() -> Path | None:
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), reverse=True)
    return versions[0].parent if versions else None


def available() -> bool:
    """Whether PostgreSQL's server programs are installed here."""
    return _bin_dir() is not None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresCluster:
    """One PostgreSQL server; ``url`` connects to its ``postgres`` database as user ``samtale``."""

    def __init__(self) -> None:
        bin_dir = _bin_dir()
        if bin_dir is None:
            raise RuntimeError("PostgreSQL is not installed (scripts/setup installs postgresql)")
        self._bin = bin_dir
        self._dir = Path(tempfile.mkdtemp(prefix="samtale-pg-"))
        self.port = _free_port()
        self.url = f"postgresql+psycopg://samtale@127.0.0.1:{self.port}/postgres"
        self._running = False

    def _run(self, *args: str) -> None:
        command = [str(self._bin / args[0]), *args[1:]]
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {result.stderr.strip() or result.stdout.strip()}")

    def start(self) -> PostgresCluster:
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self._dir, user.pw_uid, user.pw_gid)
        data = self._dir / "data"
        self._run("initdb", "-D", str(data), "-A", "trust", "-U", "samtale", "--no-sync")
        try:
            self.resume()
        except RuntimeError:
            self.stop()
            raise
        return self

    def new_database(self) -> str:
        """A fresh, empty database on this server; its SQLAlchemy URL."""
        import psycopg

        name = "t_" + secrets.token_hex(6)
        where = f"host=127.0.0.1 port={self.port} user=samtale dbname=postgres"
        with psycopg.connect(where, autocommit=True) as db:
            db.execute(f"CREATE DATABASE {name}")
        return f"postgresql+psycopg://samtale@127.0.0.1:{self.port}/{name}"

    def halt(self) -> None:
        """Stop the server, keeping its data (an outage); ``resume()`` starts it on the same port."""
        self._run("pg_ctl", "-D", str(self._dir / "data"), "-m", "immediate", "-w", "stop")
        self._running = False

    def resume(self) -> None:
        options = f"-k {self._dir} -c listen_addresses=127.0.0.1 -p {self.port} -c fsync=off"
        log = str(self._dir / "pg.log")
        self._run("pg_ctl", "-D", str(self._dir / "data"), "-o", options, "-l", log, "-w", "start")
        self._running = True

    def log(self) -> str:
        with contextlib.suppress(OSError):
            return (self._dir / "pg.log").read_text(encoding="utf-8", errors="replace")
        return ""

    def stop(self) -> None:
        """Stop the server and remove its directory; safe to call more than once."""
        if self._running:
            self._running = False
            with contextlib.suppress(RuntimeError):
                self._run("pg_ctl", "-D", str(self._dir / "data"), "-m", "fast", "-w", "stop")
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> PostgresCluster:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

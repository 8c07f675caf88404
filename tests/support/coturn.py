"""``Coturn``: a real coturn (Debian ``coturn``) on a loopback or namespace address, for tests only.

It listens on one address and a free port with ``use-auth-secret`` (REST credentials), keeps its
user database, pid file and log in a temporary directory, allows loopback peers (tests only) and
is stopped by its own pid at teardown. ``netns`` runs it inside a network namespace the test made.
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

TURNSERVER = shutil.which("turnserver") or "/usr/bin/turnserver"


def free_port(host: str = "127.0.0.1") -> int:
    """A port that is free for both UDP and TCP on ``host`` right now (on this namespace)."""
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as tcp:
            tcp.bind((host, 0))
            port = int(tcp.getsockname()[1])
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
                try:
                    udp.bind((host, port))
                except OSError:
                    continue
            return port
    raise RuntimeError("no free port")


def available() -> bool:
    return Path(TURNSERVER).exists()


class Coturn:
    """One turnserver process; ``urls`` lists its UDP and TCP TURN URLs once started."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int | None = None,
        netns: str | None = None,
        tls_port: int | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.netns = netns
        self.tls_port = tls_port  # TURN over TLS too, with a self-signed certificate made at start
        self.ca_file: Path | None = None  # that certificate, for SSL_CERT_FILE of the client
        self.secret = secrets.token_urlsafe(24)
        self.realm = "samtale.test"
        self._dir: tempfile.TemporaryDirectory[str] | None = None
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def urls(self) -> list[str]:
        urls = [f"turn:{self.host}:{self.port}?transport=udp", f"turn:{self.host}:{self.port}?transport=tcp"]
        if self.tls_port is not None:
            urls.append(f"turns:{self.host}:{self.tls_port}?transport=tcp")
        return urls

    def _certificate(self, root: Path) -> list[str]:
        """A self-signed certificate for ``host`` (as an IP SAN), made with the openssl command."""
        cert, key = root / "turn-cert.pem", root / "turn-key.pem"
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
             "-days", "1", "-subj", f"/CN={self.host}", "-addext", f"subjectAltName=IP:{self.host}",
             "-keyout", str(key), "-out", str(cert)],
            check=True, capture_output=True,
        )  # fmt: skip
        self.ca_file = cert
        return [f"cert={cert}", f"pkey={key}", f"tls-listening-port={self.tls_port}"]

    def _config(self, root: Path) -> Path:
        lines = [
            f"listening-ip={self.host}",
            f"relay-ip={self.host}",
            f"listening-port={self.port}",
            "min-port=49152",
            "max-port=65535",
            "use-auth-secret",
            f"static-auth-secret={self.secret}",
            f"realm={self.realm}",
            *(self._certificate(root) if self.tls_port is not None else ["no-tls"]),
            "no-dtls",
            "no-cli",
            "no-multicast-peers",
            "allow-loopback-peers",
            "fingerprint",
            f"userdb={root / 'turndb'}",
            f"pidfile={root / 'turnserver.pid'}",
            f"log-file={root / 'turn.log'}",
            "simple-log",
            "no-stdout-log",
        ]
        path = root / "turnserver.conf"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    def start(self, timeout: float = 10.0) -> Coturn:
        self._dir = tempfile.TemporaryDirectory(prefix="samtale-coturn-")
        root = Path(self._dir.name)
        if self.port is None:
            self.port = free_port(self.host) if self.netns is None else 3478
        if self.tls_port == 0:
            self.tls_port = free_port(self.host) if self.netns is None else 443
        prefix = ["ip", "netns", "exec", self.netns] if self.netns else []
        self._proc = subprocess.Popen(
            [*prefix, TURNSERVER, "-c", str(self._config(root))],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                break
            if self._listening():
                return self
            time.sleep(0.05)
        log = self.log()
        self.stop()
        raise RuntimeError(f"coturn did not start; log:\n{log[-2000:]}")

    def _listening(self) -> bool:
        prefix = ["ip", "netns", "exec", self.netns] if self.netns else []
        out = subprocess.run(
            [*prefix, "ss", "-Hltn", f"sport = :{self.port}"], capture_output=True, text=True
        )
        return self.host in out.stdout

    def log(self) -> str:
        if self._dir is None:
            return ""
        with contextlib.suppress(OSError):
            return "\n".join(p.read_text(errors="replace") for p in Path(self._dir.name).glob("turn*.log"))
        return ""

    def stop(self) -> None:
        """Terminate our process (kill if it hangs) and remove the directory; safe to call twice."""
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        if self._dir is not None:
            self._dir.cleanup()
            self._dir = None

    def __enter__(self) -> Coturn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

"""``JanusServer``: a real Janus (Debian ``janus`` 1.1.2) on 127.0.0.1, for tests only.

Everything lives in a temporary directory: a generated configuration (``-F``) with only the
VideoRoom and AudioBridge plugins and the WebSocket transport (API and Admin API on free loopback
ports, an ``api_secret`` and an ``admin_secret``, no event handlers), its log, and an ``LD_PRELOAD``
shim (``janus_loopback.c``, compiled with gcc at start) that makes Janus see only 127.0.0.1: it never
offers a loopback candidate otherwise (../shared/reference/setups.md). ``stop()`` ends the process by
its own pid; nothing is left running. ``admin()`` asks the Admin API (e.g. ``list_sessions``).
"""

from __future__ import annotations

import contextlib
import json
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import websockets

from tests.support.coturn import free_port

JANUS = shutil.which("janus") or "/usr/bin/janus"
LIB = Path("/usr/lib/x86_64-linux-gnu/janus")
SHIM_SOURCE = Path(__file__).with_name("janus_loopback.c")
PLUGINS = ("libjanus_videoroom.so", "libjanus_audiobridge.so")
TRANSPORTS = ("libjanus_websockets.so",)


def available() -> bool:
    return (
        Path(JANUS).exists()
        and all((LIB / "plugins" / p).exists() for p in PLUGINS)
        and bool(shutil.which("gcc"))
    )


def _janus_cfg(root: Path, api_secret: str, admin_secret: str, session_timeout: int) -> str:
    return f"""general: {{
    configs_folder = "{root / "conf"}"
    plugins_folder = "{root / "plugins"}"
    transports_folder = "{root / "transports"}"
    events_folder = "{root / "none"}"
    loggers_folder = "{root / "none"}"
    log_to_stdout = false
    log_to_file = "{root / "janus.log"}"
    debug_level = 4
    debug_timestamps = true
    server_name = "samtale-test"
    api_secret = "{api_secret}"
    admin_secret = "{admin_secret}"
    session_timeout = {session_timeout}
}}
certificates: {{
}}
media: {{
}}
nat: {{
    nice_debug = false
    ice_ignore_list = ""
}}
plugins: {{
}}
transports: {{
}}
events: {{
    broadcast = false
}}
"""


def _websockets_cfg(port: int, admin_port: int) -> str:
    return f"""general: {{
    json = "compact"
    ws = true
    ws_port = {port}
    ws_ip = "127.0.0.1"
    wss = false
}}
admin: {{
    admin_ws = true
    admin_ws_port = {admin_port}
    admin_ws_ip = "127.0.0.1"
    admin_wss = false
}}
"""


class JanusServer:
    """One Janus process; ``url`` (API) and ``admin_url`` (Admin API) WebSockets once started."""

    def __init__(self, session_timeout: int = 60) -> None:
        self.api_secret = secrets.token_urlsafe(24)
        self.admin_secret = secrets.token_urlsafe(24)
        self.session_timeout = session_timeout
        self.port = 0
        self.admin_port = 0
        self._dir: tempfile.TemporaryDirectory[str] | None = None
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def root(self) -> Path:
        assert self._dir is not None, "not started"
        return Path(self._dir.name)

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    @property
    def admin_url(self) -> str:
        return f"ws://127.0.0.1:{self.admin_port}"

    @property
    def api_secret_file(self) -> Path:
        return self.root / "api_secret"

    @property
    def admin_secret_file(self) -> Path:
        return self.root / "admin_secret"

    def _prepare(self) -> Path:
        self._dir = tempfile.TemporaryDirectory(prefix="samtale-janus-")
        root = self.root
        for sub in ("conf", "plugins", "transports", "none"):
            (root / sub).mkdir()
        for name in PLUGINS:
            (root / "plugins" / name).symlink_to(LIB / "plugins" / name)
        for name in TRANSPORTS:
            (root / "transports" / name).symlink_to(LIB / "transports" / name)
        shim = root / "libloopback.so"
        subprocess.run(
            ["gcc", "-shared", "-fPIC", "-O2", "-o", str(shim), str(SHIM_SOURCE), "-ldl"],
            check=True,
            capture_output=True,
        )
        self.api_secret_file.write_text(self.api_secret + "\n", encoding="utf-8")
        self.admin_secret_file.write_text(self.admin_secret + "\n", encoding="utf-8")
        return shim

    def _write_config(self) -> None:
        conf = self.root / "conf"
        cfg = _janus_cfg(self.root, self.api_secret, self.admin_secret, self.session_timeout)
        (conf / "janus.jcfg").write_text(cfg, encoding="utf-8")
        (conf / "janus.transport.websockets.jcfg").write_text(
            _websockets_cfg(self.port, self.admin_port), encoding="utf-8"
        )
        for plugin in ("videoroom", "audiobridge"):  # no static rooms; only the service creates them
            (conf / f"janus.plugin.{plugin}.jcfg").write_text("general: {\n}\n", encoding="utf-8")

    def start(self, timeout: float = 20.0) -> JanusServer:
        shim = self._prepare() if self._dir is None else self.root / "libloopback.so"
        self.port, self.admin_port = free_port(), free_port()
        self._write_config()
        env = {"PATH": "/usr/bin:/bin", "LD_PRELOAD": str(shim)}
        self._proc = subprocess.Popen(
            [JANUS, "-F", str(self.root / "conf"), "-C", str(self.root / "conf" / "janus.jcfg"), "-N", "-o"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=self.root,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"janus exited with {self._proc.returncode}:\n{self.log()[-3000:]}")
            if self._listening(self.port) and self._listening(self.admin_port):
                return self
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"janus did not listen in {timeout} s:\n{self.log()[-3000:]}")

    @staticmethod
    def _listening(port: int) -> bool:
        with socket.socket() as sock:
            sock.settimeout(0.2)
            return sock.connect_ex(("127.0.0.1", port)) == 0

    def log(self) -> str:
        path = self.root / "janus.log" if self._dir is not None else None
        if path is None or not path.exists():
            return ""
        return path.read_text(encoding="utf-8", errors="replace")

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def kill(self) -> None:
        """Stop it the hard way (a crash), keeping the directory; ``start()`` brings it back elsewhere."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait(10)

    def stop(self) -> None:
        """SIGTERM (SIGKILL if it hangs) and remove the directory; safe to call twice."""
        proc = self._proc
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)
        self._proc = None
        if self._dir is not None:
            with contextlib.suppress(OSError):
                self._dir.cleanup()
            self._dir = None

    def __enter__(self) -> JanusServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def admin(self, request: str, **fields: Any) -> dict[str, Any]:
        """One Admin API request (``list_sessions``, ``list_handles`` with ``session_id``, ...)."""
        body = {"janus": request, "transaction": secrets.token_hex(6), "admin_secret": self.admin_secret}
        async with websockets.connect(
            self.admin_url, subprotocols=[websockets.Subprotocol("janus-admin-protocol")]
        ) as ws:
            await ws.send(json.dumps(body | fields))
            answer: dict[str, Any] = json.loads(await ws.recv())
        return answer

    async def sessions(self) -> list[int]:
        """The ids of every live Janus session."""
        answer = await self.admin("list_sessions")
        assert answer.get("janus") == "success", answer
        return list(answer.get("sessions", []))

    async def handles(self) -> list[dict[str, Any]]:
        """Every plugin handle in every session, as the Admin API's ``handle_info`` tells it: ``session``,
        ``handle``, ``plugin`` and the plugin's own fields (``display``, ``room``, ``muted``...)."""
        found = []
        for session in await self.sessions():
            listed = await self.admin("list_handles", session_id=session)
            for handle in listed.get("handles", []):
                info = (await self.admin("handle_info", session_id=session, handle_id=handle)).get("info", {})
                specific = info.get("plugin_specific") or {}
                found.append({"session": session, "handle": handle, "plugin": info.get("plugin"), **specific})
        return found

    async def sessions_of(self, display: str) -> set[int]:
        """The sessions holding a handle that joined a room as ``display`` (a participant id)."""
        return {h["session"] for h in await self.handles() if h.get("display") == display}

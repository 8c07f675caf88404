"""Starts ``provider.mjs`` under Node (``npm ci`` must have run here) and drives its login page over HTTP."""

from __future__ import annotations

import asyncio
import json
import os
import queue
import re
import shutil
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx
from joserfc.jwk import RSAKey

HERE = Path(__file__).resolve().parent
READY = "OIDC_READY "


def new_jwks(kid: str = "test-key") -> str:
    """A private RS256 JWKS; two providers given the same one sign with the same key."""
    params = {"kid": kid, "alg": "RS256", "use": "sig"}
    key = RSAKey.generate_key(2048, parameters=params, private=True)
    return json.dumps({"keys": [key.as_dict(private=True)]})


class OidcProviderProcess:
    """``with OidcProviderProcess() as op: op.issuer``; stopped with SIGTERM.

    ``port``: listen there (the same issuer as an earlier process, e.g. after a key rotation).
    """

    def __init__(self, jwks: str | None = None, port: int = 0) -> None:
        node = shutil.which("node")
        if node is None or not (HERE / "node_modules" / "oidc-provider").is_dir():
            raise RuntimeError("run `npm ci` in tests/support/oidc (needs Node 20+) before these tests")
        self._args = [node, str(HERE / "provider.mjs")]
        self._env = {**os.environ, "OIDC_JWKS": jwks or new_jwks(), "OIDC_PORT": str(port)}
        self._proc: subprocess.Popen[str] | None = None
        self._stderr = None if os.environ.get("OIDC_DEBUG") else subprocess.DEVNULL  # OIDC_DEBUG=1 shows it
        self.issuer = ""

    def __enter__(self) -> OidcProviderProcess:
        self._proc = subprocess.Popen(
            self._args,
            env=self._env,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        lines: queue.Queue[str] = queue.Queue()
        assert self._proc.stdout is not None
        stdout = self._proc.stdout
        self._reader = threading.Thread(target=lambda: [lines.put(x) for x in stdout], daemon=True)
        self._reader.start()
        line = lines.get(timeout=20)
        assert line.startswith(READY), line
        self.issuer = line[len(READY) :].strip()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._proc is not None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
            self._reader.join(timeout=5)
            if self._proc.stdout is not None:
                self._proc.stdout.close()


@dataclass
class BrowserBot:
    """Stands in for the system browser: logs in as ``pid`` and follows redirects to the loopback URI.

    ``tamper`` may rewrite the final redirect (to test a wrong state); ``callbacks`` records it.
    """

    pid: str
    name: str = "Kari Nordmann"
    acr: str = "idporten-loa-high"
    hpr: str = ""
    tamper: Callable[[str], str] | None = None
    callbacks: list[str] = field(default_factory=list)
    tasks: list[asyncio.Task[None]] = field(default_factory=list)

    def open(self, url: str) -> None:
        self.tasks.append(asyncio.get_running_loop().create_task(self._browse(url)))

    async def _browse(self, url: str) -> None:
        async with httpx.AsyncClient(trust_env=False, timeout=10.0) as http:
            for _ in range(12):
                if urlsplit(url).path.startswith("/interaction/"):
                    page = await http.get(url)
                    action = re.search(r'action="([^"]+)"', page.text)
                    assert action is not None, page.text[:300]
                    form = {"pid": self.pid, "name": self.name, "acr": self.acr, "hpr": self.hpr}
                    response = await http.post(urljoin(url, action.group(1)), data=form)
                elif urlsplit(url).path == "/callback":
                    self.callbacks.append(url)
                    await http.get(self.tamper(url) if self.tamper else url)
                    return
                else:
                    response = await http.get(url)
                if response.status_code not in (302, 303):
                    raise AssertionError(f"{response.status_code} {response.text[:300]}")
                url = urljoin(str(response.url), response.headers["location"])
        raise AssertionError("too many redirects")

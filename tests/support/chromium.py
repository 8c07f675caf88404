"""``Chromium``: Debian's real Chromium, headless, driven over the DevTools protocol (no WebDriver).

It runs with a fake camera and microphone (``--use-fake-device-for-media-stream``; options such as
``device-count=0`` for no camera through ``fake_devices``), a fresh profile in a temporary folder, and
its DevTools endpoint on 127.0.0.1 only. Clicks are real mouse events at the element's centre (so
they count as the user's tap), typing is real key input, screenshots are PNG files. Every console
error and uncaught exception of the page is kept in ``errors`` so a test can fail on them. The page
offers ICE candidates on 127.0.0.0/8 only (``LOOPBACK_ONLY``), and every WebSocket frame it sends is
kept, so a test can assert that no other address went out (``non_loopback_candidates``).
Nothing is downloaded: ``/usr/lib/chromium/chromium`` comes from the ``chromium`` package.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import ipaddress
import itertools
import json
import re
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from websockets.asyncio.client import ClientConnection, connect

CHROMIUM = Path("/usr/lib/chromium/chromium")


def available() -> bool:
    return CHROMIUM.exists()


# candidate:<foundation> <component> <transport> <priority> <address> <port> typ …
_CANDIDATE = re.compile(r"candidate:\S+ \d+ \S+ \d+ (\S+) \d+ typ ")


def _loopback(address: str) -> bool:
    try:
        return ipaddress.ip_address(address) in ipaddress.ip_network("127.0.0.0/8")
    except ValueError:  # a hostname (an mDNS name): not loopback
        return False


# Chromium gathers candidates on every interface (it has no "loopback only" policy), and the tests'
# traffic must stay on 127.0.0.0/8: before any page script runs, the browser's own descriptions are
# read back without the candidate lines of other addresses, so the page never offers them.
LOOPBACK_ONLY = r"""
(() => {
  const keep = (line) => !line.startsWith("a=candidate:") || / 127\.\d+\.\d+\.\d+ \d+ typ /.test(line);
  const only = (d) =>
    d && new RTCSessionDescription({ type: d.type, sdp: d.sdp.split("\r\n").filter(keep).join("\r\n") });
  for (const name of ["localDescription", "currentLocalDescription", "pendingLocalDescription"]) {
    const real = Object.getOwnPropertyDescriptor(RTCPeerConnection.prototype, name);
    Object.defineProperty(RTCPeerConnection.prototype, name, { get() { return only(real.get.call(this)); } });
  }
})();
"""


class PageError(AssertionError):
    """JavaScript in the page threw, or a wait ran out."""


class Chromium:
    """One headless browser with one page; ``async with Chromium(...) as browser``."""

    def __init__(
        self,
        *,
        lang: str = "en",
        size: tuple[int, int] = (1280, 800),
        mobile: bool = False,
        auto_allow_devices: bool = True,
        fake_devices: str = "",
        extra_args: tuple[str, ...] = (),
    ) -> None:
        self.lang = lang
        self.size = size
        self.mobile = mobile
        self.auto_allow = auto_allow_devices
        self.fake_devices = fake_devices
        self.extra_args = extra_args
        self.errors: list[str] = []
        self.console: list[str] = []
        self.sent_frames: list[str] = []  # every WebSocket text frame the page sent
        self._dir = Path(tempfile.mkdtemp(prefix="samtale-chromium-"))
        self._proc: asyncio.subprocess.Process | None = None
        self._ws: ClientConnection | None = None
        self._reader: asyncio.Task[None] | None = None
        self._ids = itertools.count(1)
        self._waiting: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._session = ""

    async def __aenter__(self) -> Chromium:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def start(self) -> None:
        fake = "--use-fake-device-for-media-stream" + (f"={self.fake_devices}" if self.fake_devices else "")
        args = [
            str(CHROMIUM),
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            fake,
            "--allow-loopback-in-peer-connection",
            "--disable-features=WebRtcHideLocalIpsWithMdns,Translate,MediaRouter",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-default-apps",
            "--no-first-run",
            "--no-default-browser-check",
            "--mute-audio",
            f"--lang={self.lang}",
            f"--accept-lang={self.lang}",
            f"--window-size={self.size[0]},{self.size[1]}",
            f"--user-data-dir={self._dir}",
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
            *self.extra_args,
            "about:blank",
        ]
        if self.auto_allow:
            args.insert(5, "--use-fake-ui-for-media-stream")
        self._proc = await asyncio.create_subprocess_exec(
            *args,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        port_file = self._dir / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.exists() or len(port_file.read_text().splitlines()) < 2:
            if time.monotonic() > deadline or self._proc.returncode is not None:
                raise RuntimeError("Chromium did not start its DevTools endpoint")
            await asyncio.sleep(0.05)
        port, path = port_file.read_text().splitlines()[:2]
        self._ws = await connect(f"ws://127.0.0.1:{port}{path}", max_size=64 * 1024 * 1024)
        self._reader = asyncio.create_task(self._read())
        targets = await self.send("Target.getTargets")
        page = next(t for t in targets["targetInfos"] if t["type"] == "page")
        attached = await self.send("Target.attachToTarget", targetId=page["targetId"], flatten=True)
        self._session = attached["sessionId"]
        await self.page("Runtime.enable")
        await self.page("Page.enable")
        await self.page("Network.enable")
        await self.page("Page.addScriptToEvaluateOnNewDocument", source=LOOPBACK_ONLY)
        await self.page(
            "Emulation.setDeviceMetricsOverride",
            width=self.size[0],
            height=self.size[1],
            deviceScaleFactor=2 if self.mobile else 1,
            mobile=self.mobile,
        )
        if self.mobile:
            await self.page("Emulation.setTouchEmulationEnabled", enabled=True, maxTouchPoints=5)

    @property
    def pid(self) -> int | None:
        """The browser process id while it runs (its renderer, GPU and utility processes descend from it)."""
        return self._proc.pid if self._proc is not None else None

    async def _read(self) -> None:
        assert self._ws is not None
        with contextlib.suppress(Exception):
            async for raw in self._ws:
                message = json.loads(raw)
                waiter = self._waiting.pop(message.get("id", -1), None)
                if waiter is not None and not waiter.done():
                    waiter.set_result(message)
                elif message.get("method") == "Runtime.exceptionThrown":
                    details = message["params"]["exceptionDetails"]
                    self.errors.append(
                        str(details.get("exception", {}).get("description") or details.get("text"))
                    )
                elif message.get("method") == "Network.webSocketFrameSent":
                    self.sent_frames.append(str(message["params"]["response"].get("payloadData", "")))
                elif message.get("method") == "Runtime.consoleAPICalled":
                    params = message["params"]
                    text = " ".join(str(a.get("value", a.get("description", ""))) for a in params["args"])
                    self.console.append(f"{params['type']}: {text}")
                    if params["type"] == "error":
                        self.errors.append(text)

    def sent_candidate_addresses(self) -> list[str]:
        """The address of every ICE candidate the page sent to the service: in the SDP of its offers
        and answers and in trickled candidates."""
        found: list[str] = []
        for frame in self.sent_frames:
            with contextlib.suppress(ValueError):
                payload = json.loads(frame).get("payload") or {}
                lines = [*str(payload.get("sdp") or "").splitlines(), str(payload.get("candidate") or "")]
                for line in lines:
                    match = _CANDIDATE.search(line)
                    if match:
                        found.append(match.group(1))
        return found

    def non_loopback_candidates(self) -> list[str]:
        """Candidate addresses the page sent that are not in 127.0.0.0/8 (a test asserts none)."""
        return [a for a in self.sent_candidate_addresses() if not _loopback(a)]

    async def send(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        """One DevTools command (browser-wide unless ``session``); its result, or ``PageError``."""
        assert self._ws is not None
        ident = next(self._ids)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._waiting[ident] = future
        message: dict[str, Any] = {"id": ident, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        await self._ws.send(json.dumps(message))
        answer = await asyncio.wait_for(future, 30)
        if "error" in answer:
            raise PageError(f"{method}: {answer['error']}")
        return dict(answer.get("result", {}))

    async def page(self, method: str, **params: Any) -> dict[str, Any]:
        return await self.send(method, self._session, **params)

    async def set_permission(self, origin: str, name: str, setting: str) -> None:
        """``setting`` is granted, denied or prompt; ``name`` e.g. camera, microphone."""
        await self.send("Browser.setPermission", origin=origin, permission={"name": name}, setting=setting)

    async def goto(self, url: str) -> None:
        await self.page("Page.navigate", url=url)
        await self.wait_for("document.readyState === 'complete'", what=f"{url} loaded")

    async def reload(self) -> None:
        """Reload the page as its user would (the same tab: its sessionStorage stays)."""
        await self.evaluate("window.__samtaleBeforeReload = true")
        await self.page("Page.reload")
        await self.wait_for(
            "document.readyState === 'complete' && !window.__samtaleBeforeReload", what="the page reloaded"
        )

    async def evaluate(self, expression: str) -> Any:
        result = await self.page(
            "Runtime.evaluate",
            expression=expression,
            returnByValue=True,
            awaitPromise=True,
            userGesture=False,
        )
        if "exceptionDetails" in result:
            raise PageError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    async def wait_for(self, expression: str, *, timeout: float = 15.0, what: str = "") -> Any:
        deadline = time.monotonic() + timeout
        while True:
            value = await self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise PageError(f"timed out waiting for {what or expression}; console: {self.console[-10:]}")
            await asyncio.sleep(0.1)

    async def text(self, selector: str) -> str:
        return str(await self.evaluate(f"document.querySelector({json.dumps(selector)}).textContent.trim()"))

    async def visible(self, selector: str) -> bool:
        script = f"(() => {{ const e = document.querySelector({json.dumps(selector)}); "
        script += "return !!e && e.getClientRects().length > 0 && !e.closest('[hidden]'); })()"
        return bool(await self.evaluate(script))

    async def click(self, selector: str) -> None:
        """A real press and release at the element's centre (a user gesture, like a tap)."""
        await self.wait_for(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)}); "
            "return !!e && !e.disabled && e.getClientRects().length > 0 && !e.closest('[hidden]'); })()",
            what=f"{selector} clickable",
        )
        box = await self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
            " return [r.x + r.width / 2, r.y + r.height / 2]; })()"
        )
        x, y = box
        for kind in ("mousePressed", "mouseReleased"):
            await self.page("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    async def type_into(self, selector: str, text: str) -> None:
        await self.evaluate(f"document.querySelector({json.dumps(selector)}).focus()")
        await self.page("Input.insertText", text=text)

    async def screenshot(self, path: Path) -> None:
        shot = await self.page("Page.captureScreenshot", format="png", captureBeyondViewport=False)
        data = base64.b64decode(shot["data"])

        def write() -> None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)

        await asyncio.to_thread(write)

    async def close(self) -> None:
        """Close the browser and remove its profile; safe to call twice."""
        if self._ws is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.send("Browser.close"), 5)
            with contextlib.suppress(Exception):
                await self._ws.close()
            self._ws = None
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
            self._reader = None
        if self._proc is not None:
            try:
                await asyncio.wait_for(self._proc.wait(), 10)
            except TimeoutError:
                self._proc.kill()
                await self._proc.wait()
            self._proc = None
        shutil.rmtree(self._dir, ignore_errors=True)

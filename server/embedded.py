"""Runs the service in-process on a background thread with its own event loop (desktop demo)."""

from __future__ import annotations

import asyncio
import logging
import threading
import time

from server.runner import bind_socket, make_server, url_of
from server.settings import ServiceSettings

log = logging.getLogger(__name__)


class EmbeddedService:
    """A running in-process service; ``url`` is its base URL, ``stop()`` shuts it down (idempotent)."""

    def __init__(self, settings: ServiceSettings) -> None:
        self.settings = settings
        self._sock = bind_socket(settings.host, settings.port)
        self.url = url_of(self._sock)
        self._server = make_server(settings)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="samtale-service", daemon=True)
        self._stopped = False
        self._lock = threading.Lock()

    @property
    def ws_url(self) -> str:
        return "ws" + self.url.removeprefix("http") + "/v1/ws"

    def _run(self) -> None:
        try:
            asyncio.run(self._server.serve(sockets=[self._sock]))
        except BaseException as exc:  # includes uvicorn's SystemExit on a failed startup
            self._error = exc
            log.error("embedded service failed: %s", type(exc).__name__)
            log.debug("embedded service traceback", exc_info=True)
        finally:
            self._sock.close()

    def _start(self, timeout: float) -> None:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"embedded service did not start: {self._error!r}")
            time.sleep(0.01)

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the server to finish and wait for its thread; safe to call more than once."""
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout)
        if self._thread.is_alive():
            self._server.force_exit = True
            self._thread.join(timeout)

    def __enter__(self) -> EmbeddedService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_embedded_service(
    settings: ServiceSettings | None = None, *, timeout: float = 10.0
) -> EmbeddedService:
    """Start a service on loopback and return once it accepts connections.

    Without ``settings``: dev mode (test identity on), an in-memory SQLite database, port 0.
    """
    service = EmbeddedService(settings if settings is not None else ServiceSettings(dev_mode=True))
    service._start(timeout)
    return service

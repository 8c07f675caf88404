"""Runs the app under uvicorn on a socket we bind ourselves (so port 0 tells us the real port)."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator

import uvicorn

from server.app import create_app
from server.settings import ServiceSettings

READY_PREFIX = "SAMTALE_SERVICE_READY"


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (port 0: the OS picks one).

    Created with ``IPPROTO_TCP`` named: asyncio sets ``TCP_NODELAY`` on accepted connections only
    when the listening socket says it is TCP (protocol 0 does not), and without it each REST answer
    on a kept-alive connection waited ~40 ms for the client's delayed ACK (bench/rest_keepalive_bench).
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(False)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


class _Server(uvicorn.Server):
    """uvicorn's server without its own signal handling; our caller decides when to stop."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def make_server(settings: ServiceSettings) -> uvicorn.Server:
    """A uvicorn server for a fresh app built from ``settings`` (not started)."""
    config = uvicorn.Config(
        create_app(settings),
        ws="websockets-sansio",
        ws_max_size=settings.ws_max_size,
        ws_per_message_deflate=False,
        lifespan="on",
        log_config=None,
        access_log=False,  # paths carry join codes; the app logs what matters itself
        timeout_graceful_shutdown=3,
        server_header=False,
        proxy_headers=bool(settings.trusted_proxies),
        forwarded_allow_ips=list(settings.trusted_proxies),
    )
    return _Server(config)

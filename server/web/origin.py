"""Which browser pages may open the WebSocket: the deployment's own addresses only.

A browser always sends ``Origin`` on a WebSocket handshake; the desktop app sends none. A page from
any other site (cross-site WebSocket hijacking) is refused before the connection is accepted. The
deployment's own addresses are its configured public URLs (``--public-url``, as patients reach it)
and, on loopback only, the address the request itself came to (the demo and the tests, where the port
is chosen at start).
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _origin_of(url: str) -> tuple[str, str, int] | None:
    """``(scheme, host, port)`` of an http(s) URL, lower-case; None when it is not one."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    return scheme, parts.hostname.lower(), port if port is not None else _DEFAULT_PORTS[scheme]


def _is_loopback(host: str) -> bool:
    return host in LOOPBACK_HOSTS or host.startswith("127.")


def origin_allowed(origin: str | None, host_header: str | None, public_urls: Iterable[str]) -> bool:
    """True for a client without ``Origin`` (not a browser) or a page of this deployment."""
    if origin is None:
        return True
    seen = _origin_of(origin)
    if seen is None:  # "null" (a file or sandboxed page) or garbage
        return False
    if any(seen == _origin_of(url) for url in public_urls):
        return True
    scheme, host, _port = seen
    if not _is_loopback(host) or not host_header:
        return False
    return _origin_of(f"{scheme}://{host_header}") == seen

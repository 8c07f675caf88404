"""Choose which local addresses ICE offers as host candidates (loopback-only for tests and the local demo).

aioice gathers host candidates from the module-level function ``aioice.ice.get_host_addresses``, which
lists every interface address except 127.0.0.1 and ::1, and offers no per-connection hook (aiortc's
``RTCConfiguration`` has no such option either). The only seam is to replace that function, so this
setting is **process-wide**: it applies to every RTCPeerConnection that gathers candidates while it is
in force, and connections that already gathered keep their candidates. Tests and the demo use
``["127.0.0.1"]`` so that no media ever leaves the machine or uses its other interfaces.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

import aioice.ice

HostAddressFunction = Callable[..., list[str]]  # aioice.ice.get_host_addresses(use_ipv4, use_ipv6)

_original: HostAddressFunction | None = None
_restricted_to: tuple[str, ...] | None = None


def restrict_ice_host_addresses(addresses: Sequence[str]) -> None:
    """From now on, ICE host candidates use only ``addresses`` (IPv4 and/or IPv6 literals), process-wide.

    Calling it again replaces the list; ``unrestrict_ice_host_addresses`` restores aioice's own function.
    """
    global _original, _restricted_to
    chosen = tuple(str(ipaddress.ip_address(address)) for address in addresses)
    if not chosen:
        raise ValueError("give at least one address")

    def restricted(use_ipv4: bool, use_ipv6: bool) -> list[str]:
        result = []
        for address in chosen:
            version = ipaddress.ip_address(address).version
            if (version == 4 and use_ipv4) or (version == 6 and use_ipv6):
                result.append(address)
        return result

    if _original is None:
        _original = aioice.ice.get_host_addresses
    aioice.ice.get_host_addresses = restricted
    _restricted_to = chosen


def unrestrict_ice_host_addresses() -> None:
    """Give aioice back its own host address discovery (idempotent)."""
    global _original, _restricted_to
    if _original is not None:
        aioice.ice.get_host_addresses = _original
    _original = None
    _restricted_to = None


def restricted_ice_host_addresses() -> tuple[str, ...] | None:
    """The addresses ICE is currently restricted to, or None if aioice chooses."""
    return _restricted_to


@contextmanager
def ice_host_addresses(addresses: Sequence[str]) -> Iterator[None]:
    """Restrict host candidates to ``addresses`` inside a ``with`` block, then restore the previous state."""
    previous = _restricted_to
    restrict_ice_host_addresses(addresses)
    try:
        yield
    finally:
        if previous is None:
            unrestrict_ice_host_addresses()
        else:
            restrict_ice_host_addresses(previous)

"""Noticing that the computer's network changed under a call (Wi-Fi to 4G, a new address, a wake-up).

Every ``interval`` seconds the set of local addresses ICE would offer (``aioice``'s own list, so a
loopback-only restriction applies) is compared with the last one; when an address went away, or the
first one came after none, ``on_change`` is called once. An address that only joins the others (a
second network, an IPv6 privacy address) breaks no link and rebuilds nothing. The facade then
reconnects the signaling at once and rebuilds every media link, rather than wait for the old ones to
go quiet: sockets bound to an address that is gone carry nothing. The lookup runs in a worker
thread, so it never blocks the event loop.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import aioice.ice

log = logging.getLogger(__name__)

INTERVAL_S = 1.0


def local_addresses() -> frozenset[str]:
    """The addresses ICE gathers host candidates from now."""
    return frozenset(aioice.ice.get_host_addresses(use_ipv4=True, use_ipv6=True))


class NetworkWatch:
    """Calls ``on_change`` when the local addresses change; ``run()`` until cancelled."""

    def __init__(
        self,
        on_change: Callable[[], None],
        *,
        interval: float = INTERVAL_S,
        addresses: Callable[[], frozenset[str]] = local_addresses,
    ) -> None:
        self._on_change = on_change
        self._interval = interval
        self._addresses = addresses

    async def run(self) -> None:
        known = await asyncio.to_thread(self._addresses)
        while True:
            await asyncio.sleep(self._interval)
            now = await asyncio.to_thread(self._addresses)
            changed = bool(known - now) or (not known and bool(now))
            if changed:
                log.info("the network changed (%d local addresses, were %d)", len(now), len(known))
            known = now
            if changed:
                self._on_change()

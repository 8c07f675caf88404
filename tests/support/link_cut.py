"""Cut the network under live peer connections: every datagram their ICE sockets receive is lost.

The sockets stay open, as on a Wi-Fi that dropped or a UDP path a firewall started to block; only the
peer connections given are affected, so one rebuilt afterwards gets through (unless cut too). For
tests of the call's watchdog and repair on loopback; ``tests/support/netns.py`` cuts a real link.
"""

from __future__ import annotations

from typing import Any

from app.session.peer import PeerLink


class Cut:
    """``on = True``: the links given hear nothing; ``False``: they hear again."""

    def __init__(self, *links: PeerLink) -> None:
        self.on = False
        for link in links:
            transports = {t.receiver.transport.transport for t in link.pc.getTransceivers()}
            for transport in transports:
                for protocol in transport._connection._protocols:
                    self._wrap(protocol)

    def _wrap(self, protocol: Any) -> None:
        real = protocol.datagram_received

        def received(data: bytes, addr: tuple[Any, ...]) -> None:
            if not self.on:
                real(data, addr)

        protocol.datagram_received = received

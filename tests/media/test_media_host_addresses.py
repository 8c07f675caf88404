"""ICE host candidates can be confined to chosen addresses, process-wide, and restored."""

from __future__ import annotations

import aioice.ice
import pytest

from app.media.host_addresses import (
    ice_host_addresses,
    restrict_ice_host_addresses,
    restricted_ice_host_addresses,
    unrestrict_ice_host_addresses,
)


def test_restrict_filters_by_family_and_restores() -> None:
    # The autouse fixture already restricted to 127.0.0.1.
    assert restricted_ice_host_addresses() == ("127.0.0.1",)
    assert aioice.ice.get_host_addresses(use_ipv4=True, use_ipv6=True) == ["127.0.0.1"]
    with ice_host_addresses(["127.0.0.1", "::1"]):
        assert aioice.ice.get_host_addresses(use_ipv4=True, use_ipv6=True) == ["127.0.0.1", "::1"]
        assert aioice.ice.get_host_addresses(use_ipv4=False, use_ipv6=True) == ["::1"]
    assert aioice.ice.get_host_addresses(use_ipv4=True, use_ipv6=True) == ["127.0.0.1"]
    with pytest.raises(ValueError, match="does not appear to be an IPv4 or IPv6 address"):
        restrict_ice_host_addresses(["not-an-address"])
    with pytest.raises(ValueError, match="at least one"):
        restrict_ice_host_addresses([])
    assert restricted_ice_host_addresses() == ("127.0.0.1",)


def test_unrestrict_gives_aioice_its_own_function_back() -> None:
    restricted = aioice.ice.get_host_addresses
    unrestrict_ice_host_addresses()
    unrestrict_ice_host_addresses()
    assert aioice.ice.get_host_addresses is not restricted
    assert aioice.ice.get_host_addresses.__module__ == "aioice.ice"
    assert restricted_ice_host_addresses() is None
    restrict_ice_host_addresses(["127.0.0.1"])  # back to what the fixture will undo

"""``NetworkWatch`` calls back once when a local address goes (or the first comes after none), not
while they stay, and not for an address that only joins the others."""

from __future__ import annotations

import asyncio

from app.session.network_watch import NetworkWatch, local_addresses


async def test_an_address_that_goes_or_a_network_after_none_is_told_once_each() -> None:
    seen = [frozenset({"192.168.1.20"})]
    changes: list[int] = []
    watch = NetworkWatch(lambda: changes.append(1), interval=0.02, addresses=lambda: seen[-1])
    task = asyncio.get_running_loop().create_task(watch.run())
    try:
        await asyncio.sleep(0.15)
        assert changes == []  # the same addresses: nothing to tell
        seen.append(frozenset({"10.64.3.7"}))  # Wi-Fi to 4G
        await asyncio.sleep(0.15)
        assert changes == [1]
        seen.append(frozenset({"10.64.3.7", "fd00::7"}))  # one more: the links still work
        await asyncio.sleep(0.15)
        assert changes == [1]
        seen.append(frozenset())  # offline
        await asyncio.sleep(0.15)
        seen.append(frozenset({"192.168.1.20"}))  # back, on another network
        await asyncio.sleep(0.15)
        assert changes == [1, 1, 1]
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


def test_the_addresses_are_the_ones_ice_gathers_from() -> None:
    assert "127.0.0.1" not in local_addresses()

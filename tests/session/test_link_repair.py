"""``LinkRepair`` on its own, with fake links: when a kick may cut a repair attempt short.

Issue 12's bench (UDP blocked, a loaded machine): the interpreter's offer took 1.2 s to make; the
patient's ``restart`` request, sent before that offer reached it, arrived just after and cut the attempt
short, because the "just offered" guard counted from the start of the attempt instead of from when the
offer went out. A second offer followed, the answer to the first was taken as the answer to the second,
and the link stayed down for three attempts.
"""

from __future__ import annotations

import asyncio

from app.session.config import MediaRecovery
from app.session.link_repair import LinkRepair


class FakeLink:
    connection_state = "new"

    async def inbound_packets(self) -> int:
        return 0

    async def request_key_frame(self) -> int:
        return 0


async def test_a_restart_request_that_crossed_a_slow_offer_does_not_cut_it_short() -> None:
    timings = MediaRecovery(attempt_s=5.0, connect_s=60.0, backoff_s=(0.2, 0.5), poll_s=0.05)
    links = {"b": FakeLink()}
    offers: list[float] = []
    loop = asyncio.get_running_loop()

    async def rebuild(participant_id: str) -> bool:
        await asyncio.sleep(1.2)  # making the offer on a starved machine
        offers.append(loop.time())
        return True

    async def ask(participant_id: str) -> bool:
        return True

    repair = LinkRepair(
        timings, lambda: links, offerer=lambda pid: True, rebuild=rebuild, ask=ask, report=lambda p, s: None
    )
    try:
        repair.lost("b", "no media")
        while not offers:
            await asyncio.sleep(0.01)
        repair.kick("b")  # their restart request, sent before our offer reached them
        await asyncio.sleep(1.6)
        assert len(offers) == 1, "the offer on its way was cut short by a request it already answers"
        assert repair.attempts("b") == 1
    finally:
        await repair.close()


async def test_a_kick_still_cuts_a_wait_once_the_offer_is_old() -> None:
    timings = MediaRecovery(attempt_s=30.0, connect_s=60.0, backoff_s=(0.2, 0.5), poll_s=0.05)
    links = {"b": FakeLink()}
    offers: list[float] = []

    async def rebuild(participant_id: str) -> bool:
        offers.append(asyncio.get_running_loop().time())
        return True

    async def ask(participant_id: str) -> bool:
        return True

    repair = LinkRepair(
        timings, lambda: links, offerer=lambda pid: True, rebuild=rebuild, ask=ask, report=lambda p, s: None
    )
    try:
        repair.lost("b", "no media")
        await asyncio.sleep(2.5)  # the offer went unanswered for longer than an answer takes
        repair.kick("b")  # e.g. the signaling came back: try now, not after 30 s
        await asyncio.sleep(0.5)
        assert len(offers) == 2
    finally:
        await repair.close()

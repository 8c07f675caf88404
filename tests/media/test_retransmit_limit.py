"""``limit_retransmissions``: a video sender resends what a NACK asks for once per round trip, in a budget.

Issue 12's group bench at 500 kbit/s: aiortc's receiver puts *every* packet still missing into each NACK
it sends (one per new gap, up to 128 packets) and aiortc's sender resends every packet of every NACK.
On a link already dropping packets that is a storm: the patient's links sent 2-5 Mbit/s, almost all of it
resends, at the lowest video level (60 kbit/s), with 50-80 % loss, until links were rebuilt.
"""

from __future__ import annotations

from aiortc import RTCRtpSender
from aiortc.rtp import RtpPacket

from app.media.retransmit_limit import MIN_BUDGET_BPS, RetransmitLimit, limit_retransmissions

HISTORY = 128


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class FakeSender:
    """aiortc's RTCRtpSender as the limit sees it: its history, its round trip and ``_retransmit``."""

    def __init__(self, rtt: float | None = 0.3, bitrate: int | None = None) -> None:
        self._RTCRtpSender__rtp_history: dict[int, RtpPacket] = {}
        self._RTCRtpSender__rtt = rtt
        self._RTCRtpSender__encoder = None
        self.resent: list[int] = []
        for seq in range(1000, 1000 + HISTORY):
            packet = RtpPacket(payload_type=96, sequence_number=seq, payload=bytes(1000))
            self._RTCRtpSender__rtp_history[seq % HISTORY] = packet

    async def _retransmit(self, sequence_number: int) -> None:
        self.resent.append(sequence_number)


async def test_a_packet_asked_for_again_within_a_round_trip_is_not_resent_again() -> None:
    sender, clock = FakeSender(rtt=0.3), Clock()
    limit = RetransmitLimit(sender, clock=clock)
    for _ in range(5):  # five NACKs in a row, each listing the same missing packet
        await sender._retransmit(1010)
        clock.now += 0.05
    assert sender.resent == [1010]
    assert limit.skipped == 4
    clock.now += 0.3  # a round trip later it may really have been lost again
    await sender._retransmit(1010)
    assert sender.resent == [1010, 1010]


async def test_resends_stay_within_the_budget_when_everything_is_asked_for() -> None:
    sender, clock = FakeSender(rtt=0.1), Clock()
    RetransmitLimit(sender, clock=clock)
    seconds = 4
    for _step in range(seconds * 10):  # every 100 ms a NACK listing all 128 packets
        for seq in range(1000, 1000 + HISTORY):
            await sender._retransmit(seq)
        clock.now += 0.1
    resent_bits = len(sender.resent) * 1000 * 8
    # Without the limit: 128 packets x 10 NACKs a second = about 10 Mbit/s of resends.
    assert resent_bits <= MIN_BUDGET_BPS * (seconds + 1)
    assert len(sender.resent) > 0


async def test_a_packet_no_longer_in_the_history_costs_nothing() -> None:
    sender, clock = FakeSender(), Clock()
    RetransmitLimit(sender, clock=clock)
    await sender._retransmit(5)  # long gone from the history
    assert sender.resent == [5]  # aiortc's own resend finds nothing and sends nothing
    await sender._retransmit(5)
    assert sender.resent == [5, 5]  # and it does not use up the budget or the once-per-round-trip


def test_aiortc_senders_have_what_the_limit_reads() -> None:
    # The limit replaces one method and reads two private attributes of aiortc 1.16's RTCRtpSender.
    assert callable(RTCRtpSender._retransmit)
    source = RTCRtpSender.__init__.__code__.co_names
    assert "_RTCRtpSender__rtp_history" in source and "_RTCRtpSender__rtt" in source


def test_limiting_is_done_once_per_sender() -> None:
    sender = FakeSender()
    first = limit_retransmissions(sender)  # type: ignore[arg-type]
    assert limit_retransmissions(sender) is first  # type: ignore[arg-type]

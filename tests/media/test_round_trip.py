"""``keep_round_trips``: a sender measures the round trip from a report on any of its recent sender reports.

aiortc 1.16's sender keeps only its last sender report (SR) and takes a round trip from a receiver
report (RR) only when the RR refers to that one. SRs go out about once a second, so once the round
trip (with the queue in it) is longer than that, each RR refers to an SR already replaced and the round
trip stops being measured: in issue 12's group bench it stayed at its first value (0.51, 0.53, 0.61 s)
for minutes while the queue grew and drained, and the rate rule, which reads it, saw no queue.
"""

from __future__ import annotations

import time

import pytest
from aiortc import RTCPeerConnection
from aiortc.rtp import RtcpReceiverInfo, RtcpRrPacket

from app.media.round_trip import keep_round_trips


def report_on(sender: object, lsr: int, dlsr_s: float) -> RtcpRrPacket:
    info = RtcpReceiverInfo(
        ssrc=sender._ssrc,  # type: ignore[attr-defined]
        fraction_lost=0,
        packets_lost=0,
        highest_sequence=0,
        jitter=0,
        lsr=lsr,
        dlsr=int(dlsr_s * 65536),
    )
    return RtcpRrPacket(ssrc=1234, reports=[info])


def sent_report(sender: object, lsr: int, at: float) -> None:
    """What aiortc's RTCP loop does when it sends an SR."""
    sender._RTCRtpSender__lsr = lsr  # type: ignore[attr-defined]
    sender._RTCRtpSender__lsr_time = at  # type: ignore[attr-defined]


async def test_a_report_on_an_older_sender_report_still_gives_the_round_trip() -> None:
    pc = RTCPeerConnection()
    try:
        sender = pc.addTransceiver("video").sender
        keep_round_trips(sender)
        now = time.time()
        sent_report(sender, 0x1111, now - 1.6)  # answered by the RR below, 1.5 s later (0.1 s held)
        sent_report(sender, 0x2222, now - 0.6)  # the next SR went out before that RR came back
        await sender._handle_rtcp_packet(report_on(sender, 0x1111, 0.1))
        assert sender._RTCRtpSender__rtt == pytest.approx(1.5, abs=0.05)
        assert sender._RTCRtpSender__lsr == 0x2222  # aiortc's own state is as it was
        assert sender._RTCRtpSender__lsr_time == pytest.approx(now - 0.6)
    finally:
        await pc.close()


async def test_a_report_on_the_last_sender_report_is_measured_as_before() -> None:
    pc = RTCPeerConnection()
    try:
        sender = pc.addTransceiver("audio").sender
        keep_round_trips(sender)
        keep_round_trips(sender)  # once is enough; twice changes nothing
        sent_report(sender, 0x3333, time.time() - 0.4)
        await sender._handle_rtcp_packet(report_on(sender, 0x3333, 0.1))
        assert sender._RTCRtpSender__rtt == pytest.approx(0.3, abs=0.05)
        await sender._handle_rtcp_packet(report_on(sender, 0x9999, 0.1))  # an SR it never sent
        assert sender._RTCRtpSender__rtt == pytest.approx(0.3, abs=0.05)
    finally:
        await pc.close()

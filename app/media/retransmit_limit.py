"""Resending what the receiver lost without flooding the link: once per round trip, within a budget.

aiortc 1.16's receiver (rtcrtpreceiver.py, ``NackGenerator``) sends a NACK whenever a new gap appears,
listing *every* packet still missing (up to 128), and its sender resends every packet of every NACK.
On a link that already drops packets for want of room this is a storm: in issue 12's group bench at
500 kbit/s the patient's links sent 2-5 Mbit/s, almost all resends, at the lowest video level, with
50-80 % loss.

``RetransmitLimit`` takes the place of one video sender's ``_retransmit`` (the method aiortc's
``_handle_rtcp_packet`` calls per NACKed sequence number). A packet is resent again only a round trip
(aiortc's own RTCP estimate, at least ``MIN_GAP_S``) after its last resend — asked for sooner, the last
resend may still be on its way — and resends spend at most ``SHARE`` of the encoder's target bitrate
(at least ``MIN_BUDGET_BPS``), from a bucket ``BURST_S`` deep so the loss of one key frame can still be
repaired at once. What is not resent is the receiver's to give up on (``PromptJitterBuffer`` asks for a
key frame after a second). Audio has no NACK and is never touched.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from aiortc import RTCRtpSender
from aiortc.rtp import RTP_HISTORY_SIZE

from app.media.rate_control import encoder_bitrate

MIN_GAP_S = 0.1  # never the same packet twice within this, whatever the round trip
DEFAULT_RTT_S = 0.3  # before RTCP has measured one
SHARE = 0.5  # of the encoder's target bitrate, at most, for resends
MIN_BUDGET_BPS = 50_000
BURST_S = 0.5  # the budget's bucket holds this many seconds of it
_KEEP_S = 5.0  # resend times older than this are forgotten
_HISTORY = "_RTCRtpSender__rtp_history"
_RTT = "_RTCRtpSender__rtt"


class RetransmitLimit:
    """Installed on one sender (``limit_retransmissions``); counts what it held back in ``skipped``."""

    def __init__(self, sender: Any, clock: Callable[[], float] = time.monotonic) -> None:
        self._sender = sender
        self._resend = sender._retransmit  # aiortc's own, bound to the sender
        self._clock = clock
        self._last: dict[int, float] = {}
        self._tokens = self._budget_bps() * BURST_S / 8
        self._at = clock()
        self.skipped = 0
        sender._retransmit = self._retransmit  # the instance attribute comes before the class's method

    def _budget_bps(self) -> float:
        target = encoder_bitrate(self._sender)
        return max(float(MIN_BUDGET_BPS), SHARE * target) if target else float(MIN_BUDGET_BPS)

    async def _retransmit(self, sequence_number: int) -> None:
        packet = getattr(self._sender, _HISTORY, {}).get(sequence_number % RTP_HISTORY_SIZE)
        if packet is None or packet.sequence_number != sequence_number:
            await self._resend(sequence_number)  # not kept any more: aiortc sends nothing either
            return
        now = self._clock()
        rtt = getattr(self._sender, _RTT, None) or DEFAULT_RTT_S
        last = self._last.get(sequence_number)
        if last is not None and now - last < max(MIN_GAP_S, rtt):
            self.skipped += 1
            return
        budget = self._budget_bps() / 8
        self._tokens = min(budget * BURST_S, self._tokens + (now - self._at) * budget)
        self._at = now
        size = len(packet.payload) + 12
        if self._tokens < size:
            self.skipped += 1
            return
        self._tokens -= size
        self._last[sequence_number] = now
        if len(self._last) > 4 * RTP_HISTORY_SIZE:
            self._last = {seq: at for seq, at in self._last.items() if now - at < _KEEP_S}
        await self._resend(sequence_number)


def limit_retransmissions(sender: RTCRtpSender) -> RetransmitLimit:
    """Put a ``RetransmitLimit`` on a video ``sender`` (once; the same one after that)."""
    current = getattr(sender, "_retransmit", None)
    limit = getattr(current, "__self__", None)
    if isinstance(limit, RetransmitLimit):
        return limit
    return RetransmitLimit(sender)

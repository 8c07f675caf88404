"""Round trips measured from a receiver report on any recent sender report, not only the last one.

aiortc 1.16's ``RTCRtpSender`` keeps only the last sender report (SR) it sent (``__lsr``,
``__lsr_time``) and takes a round trip from a receiver report (RR) only when the RR refers to that one.
SRs go out about once a second, so once the round trip, queue included, is longer than that, each RR
refers to an SR already replaced and the round trip is no longer measured: in issue 12's group bench
it stayed at its first value for minutes while the queue grew and drained, and the rate rule
(``app/core/link_quality.py``), which reads it, saw no queue.

``keep_round_trips`` gives one sender a class of its own (as ``cap_encoder`` does for the encoder)
that remembers the times of its last ``KEEP`` SRs and, for an RR on one of the older ones, hands
aiortc's own ``_handle_rtcp_packet`` that SR for the moment, so aiortc measures (and smooths) the
round trip as it always does. aiortc's state is put back as it was.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from aiortc import RTCRtpSender
from aiortc.rtp import RtcpRrPacket, RtcpSrPacket

KEEP = 16  # sender reports remembered (about 16 s)
_LSR = "_RTCRtpSender__lsr"
_LSR_TIME = "_RTCRtpSender__lsr_time"
_MADE: dict[type, type] = {}


class _RoundTrips:
    """Mixed in before ``RTCRtpSender``: the two SR attributes become properties that keep a history."""

    def _history(self) -> OrderedDict[int, float]:
        history: OrderedDict[int, float] | None = self.__dict__.get("_sr_history")
        if history is None:
            history = self.__dict__["_sr_history"] = OrderedDict()
        return history

    @property
    def _RTCRtpSender__lsr(self) -> int | None:  # aiortc's mangled name
        return self.__dict__.get("_sr_lsr")

    @_RTCRtpSender__lsr.setter
    def _RTCRtpSender__lsr(self, value: int | None) -> None:
        self.__dict__["_sr_lsr"] = value

    @property
    def _RTCRtpSender__lsr_time(self) -> float | None:
        return self.__dict__.get("_sr_lsr_time")

    @_RTCRtpSender__lsr_time.setter
    def _RTCRtpSender__lsr_time(self, value: float | None) -> None:
        self.__dict__["_sr_lsr_time"] = value
        lsr = self.__dict__.get("_sr_lsr")
        if lsr is not None and value is not None:
            history = self._history()
            history[lsr] = value
            history.move_to_end(lsr)
            while len(history) > KEEP:
                history.popitem(last=False)

    async def _handle_rtcp_packet(self, packet: Any) -> None:
        handle = super()._handle_rtcp_packet  # type: ignore[misc]
        older = None
        if isinstance(packet, (RtcpRrPacket, RtcpSrPacket)):
            ssrc = getattr(self, "_ssrc", None)
            current = self.__dict__.get("_sr_lsr")
            for report in packet.reports:
                if report.ssrc == ssrc and report.lsr and report.lsr != current:
                    at = self._history().get(report.lsr)
                    older = (report.lsr, at) if at is not None else None
        if older is None:
            await handle(packet)
            return
        kept = (self.__dict__.get("_sr_lsr"), self.__dict__.get("_sr_lsr_time"))
        self.__dict__["_sr_lsr"], self.__dict__["_sr_lsr_time"] = older
        try:
            await handle(packet)
        finally:
            self.__dict__["_sr_lsr"], self.__dict__["_sr_lsr_time"] = kept


def keep_round_trips(sender: RTCRtpSender) -> None:
    """Let ``sender`` measure round trips from reports on any of its last ``KEEP`` SRs (idempotent)."""
    if isinstance(sender, _RoundTrips):
        return
    base = type(sender)
    made = _MADE.get(base)
    if made is None:
        made = _MADE[base] = type(f"RoundTrips{base.__name__}", (_RoundTrips, base), {})
    state = sender.__dict__
    lsr, lsr_time = state.pop(_LSR, None), state.pop(_LSR_TIME, None)
    sender.__class__ = made
    state["_sr_lsr"], state["_sr_lsr_time"] = lsr, lsr_time

"""A video jitter buffer that hands a frame to the decoder as soon as its last packet is in.

aiortc's ``JitterBuffer`` (aiortc 1.16, jitterbuffer.py) knows a frame is complete only when a packet
of the *next* frame arrives (a new RTP timestamp after an unbroken run of sequence numbers), so every
video frame waits about one frame interval (33 ms at 30 fps) before decoding starts. The sender marks
the last packet of each frame with the RTP marker bit (RFC 7741 for VP8, RFC 6184 for H.264; aiortc
and browsers both set it). ``PromptJitterBuffer`` releases the oldest frame as soon as every sequence
number from its first packet to its marked last packet is present. Everything else is aiortc's:
the same slots, the same handling of late, duplicate and far-reordered packets, the same overflow
(``smart_remove``) and picture-loss (PLI) signals; a frame whose marker never comes is still released
the old way, when the next frame's packets follow it without a gap. A gap (a lost packet) holds the
frame until the retransmission (NACK → RTX) fills it, exactly as before: the decoder never gets a
frame with a hole. A hole still open when a frame ``GIVE_UP_S`` later arrives is given up (its
retransmission was lost too; aiortc NACKs a packet again only when a new gap appears): the frames
held behind it are dropped and a key frame is asked for (RTCP PLI), as aiortc does on overflow.

``install_prompt_jitter_buffers`` puts one into each video receiver of a connection (and a
``PromptAudioJitterBuffer`` into each audio receiver); see
docs/decisions/0015-prompt-video-jitter-buffer.md for why a replacement of the receiver's private
attribute is the least invasive way to do it.
"""

from __future__ import annotations

import logging

from aiortc import RTCPeerConnection
from aiortc.jitterbuffer import JitterBuffer, JitterFrame
from aiortc.rtcrtpreceiver import RTCRtpReceiver
from aiortc.rtp import RtpPacket

from app.media.prompt_audio_jitter import PromptAudioJitterBuffer

log = logging.getLogger(__name__)

VIDEO_CAPACITY = 512  # what aiortc's RTCRtpReceiver uses for video
VIDEO_CLOCK = 90_000  # RTP ticks per second for video
# A hole still open when a frame this much later (in capture time) arrives is given up: its
# retransmission (one NACK round trip) is not coming. aiortc would wait for 512 packets behind it,
# which at the lowest video level is half a minute of frozen picture (issue 12).
GIVE_UP_S = 1.0
# aiortc keeps the buffer in a name-mangled private attribute of RTCRtpReceiver.
_RECEIVER_ATTRIBUTE = "_RTCRtpReceiver__jitter_buffer"


class PromptJitterBuffer(JitterBuffer):
    """aiortc's video jitter buffer, but a frame leaves on its marked last packet, not the next frame."""

    def __init__(self, capacity: int = VIDEO_CAPACITY) -> None:
        super().__init__(capacity=capacity, prefetch=0, is_video=True)

    def add(self, packet: RtpPacket) -> tuple[bool, JitterFrame | None]:
        pli, frame = super().add(packet)
        if frame is None and self._given_up(packet.timestamp):
            # As aiortc does when its buffer overflows: drop what leans on the lost packet, ask for a
            # key frame; the frame now arriving (and any after it) goes on.
            self._drop_before(packet.timestamp)
            return True, self._remove_frame(packet.sequence_number)
        return pli, frame

    def _given_up(self, newest: int) -> bool:
        origin = self._origin
        if origin is None:
            return False
        slots, size = self._packets, self._capacity
        oldest = next((p for o in range(size) if (p := slots[(origin + o) % size]) is not None), None)
        if oldest is None:
            return False
        waited = (newest - oldest.timestamp) & 0xFFFFFFFF
        return GIVE_UP_S * VIDEO_CLOCK <= waited < 0x80000000

    def _drop_before(self, timestamp: int) -> None:
        """Remove every packet from the origin up to the first one of the frame at ``timestamp``."""
        for _ in range(self._capacity):
            packet = self._packets[self._origin % self._capacity]  # type: ignore[operator]
            if packet is not None and packet.timestamp == timestamp:
                return
            self.remove(1)

    def _remove_frame(self, sequence_number: int) -> JitterFrame | None:
        """The oldest frame if it is complete: contiguous from the origin up to a marked packet."""
        origin = self._origin
        if origin is None:
            return None
        packets: list[RtpPacket] = []
        timestamp: int | None = None
        for count in range(self._capacity):
            packet = self._packets[(origin + count) % self._capacity]
            if packet is None:
                return None  # a gap: wait for the missing packet (or the overflow)
            if timestamp is None:
                timestamp = packet.timestamp
            elif packet.timestamp != timestamp:
                # The next frame began without a marker on this one: complete all the same (aiortc's rule).
                return self._release(packets, timestamp, count)
            packets.append(packet)
            if packet.marker:
                return self._release(packets, timestamp, count + 1)
        return None

    def _release(self, packets: list[RtpPacket], timestamp: int, count: int) -> JitterFrame:
        frame = JitterFrame(data=b"".join(p._data for p in packets), timestamp=timestamp)  # type: ignore[attr-defined]
        self.remove(count)
        return frame


def install_prompt_jitter_buffer(receiver: RTCRtpReceiver, *, audio: bool = False) -> bool:
    """Give a video ``receiver`` a ``PromptJitterBuffer`` (``audio``: an audio receiver a
    ``PromptAudioJitterBuffer``) if it still has aiortc's untouched one.

    Returns whether it was installed; a receiver that has already taken a packet, or an aiortc whose
    receiver no longer has the attribute, keeps its own buffer (logged once, never an error).
    """
    current = getattr(receiver, _RECEIVER_ATTRIBUTE, None)
    kind: type[JitterBuffer] = PromptAudioJitterBuffer if audio else PromptJitterBuffer
    if isinstance(current, kind):
        return True
    if type(current) is not JitterBuffer or current._origin is not None:
        log.warning("receiver keeps aiortc's jitter buffer (%s)", type(current).__name__)
        return False
    setattr(receiver, _RECEIVER_ATTRIBUTE, kind(current.capacity))
    return True


def install_prompt_jitter_buffers(pc: RTCPeerConnection) -> None:
    """Every video receiver of ``pc`` gets a ``PromptJitterBuffer``, every audio receiver a
    ``PromptAudioJitterBuffer`` (app/media/prompt_audio_jitter.py)."""
    for transceiver in pc.getTransceivers():
        if transceiver.kind == "video":
            install_prompt_jitter_buffer(transceiver.receiver)
        elif transceiver.kind == "audio":
            install_prompt_jitter_buffer(transceiver.receiver, audio=True)

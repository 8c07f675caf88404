"""An audio jitter buffer that plays every packet that arrives and lets a lost one cost only itself.

aiortc's audio receiver uses ``JitterBuffer(capacity=16, prefetch=4)`` (aiortc 1.16,
rtcrtpreceiver.py). Audio has no retransmission (no NACK), so a missing packet never comes, yet that
buffer stops at the hole until 16 packets have piled up behind it and then discards the frames ahead
of the hole one per arriving packet: one lost packet silences 0.3–0.4 s and throws good frames away,
and 5 % random loss leaves about a quarter of the audio missing (tests/media/test_prompt_audio_jitter.py;
issue 12 measured 23–27 % missing at 5 % loss).

``PromptAudioJitterBuffer`` releases the oldest packet as soon as it is there (Opus: one packet, one
20 ms frame). A hole is waited for until a packet ``SKIP_AFTER`` places past it has arrived (a packet
that was only reordered comes within that), then skipped; a packet arriving after its place was
skipped is dropped, as aiortc drops late ones. Smoothing the arrival times is the speaker's jitter
buffer's work (``app/media/audio/jitter.py``), which conceals what is missing. Everything else (the
slots, the overflow, far-misordered packets) is aiortc's ``JitterBuffer``.
"""

from __future__ import annotations

from aiortc.jitterbuffer import JitterBuffer, JitterFrame
from aiortc.rtp import RtpPacket

AUDIO_CAPACITY = 16  # what aiortc's RTCRtpReceiver uses for audio
SKIP_AFTER = 3  # a hole with a packet this many places past it is lost, not reordered (60 ms)


class PromptAudioJitterBuffer(JitterBuffer):
    """aiortc's audio jitter buffer without the wait: a packet leaves when it and all before it are in
    (or were given up)."""

    def __init__(self, capacity: int = AUDIO_CAPACITY) -> None:
        super().__init__(capacity=capacity, prefetch=0, is_video=False)

    def _remove_frame(self, sequence_number: int) -> JitterFrame | None:
        origin = self._origin
        if origin is None:
            return None
        slots, size = self._packets, self._capacity
        present = [o for o in range(size) if slots[(origin + o) % size] is not None]
        if not present:
            return None
        # The origin is a hole: lost once a packet SKIP_AFTER places past it is in, else maybe reordered.
        if present[0] > 0:
            if present[-1] < SKIP_AFTER:
                return None
            self.remove(present[0])
        packet: RtpPacket | None = self._packets[(origin + present[0]) % self._capacity]
        assert packet is not None
        self.remove(1)
        return JitterFrame(data=packet._data, timestamp=packet.timestamp)  # type: ignore[attr-defined]

"""Voice at a voice's bitrate: the Opus encoder behind each audio sender, set to ``VOICE_BPS``.

aiortc 1.16's ``OpusEncoder`` (codecs/opus.py) encodes at a fixed 96 kbit/s stereo; with RTP, UDP, IP
and SRTP headers at 50 packets a second that is about 120 kbit/s on the wire per link. Issue 12's group
bench at 500 kbit/s: the patient's two links carried about 280 kbit/s of sound before any picture, the
lowest video level still overfilled the link, the queue stood at its full second and audio was lost
with it. Speech needs far less: 32 kbit/s is what browsers send for Opus speech (WebRTC's default), and
Opus in ``voip`` mode at that rate is full-band speech; on the wire about 52 kbit/s.

``install_voice_encoders`` gives each audio sender of a connection an encoder made at ``VOICE_BPS`` in
place of aiortc's own: the sender creates its encoder from the negotiated codec with the first frame it
sends, so the sender's ``_next_encoded_frame`` (the method aiortc's ``_run_rtp`` calls for each frame,
with the codec) is wrapped on the instance to put ours in first when that codec is Opus. libopus fixes
the bitrate when the encoder opens, so it cannot be changed on aiortc's encoder afterwards. Other codecs
(PCMU, PCMA, G.722: fixed rates) keep aiortc's. Video senders are not touched.

Not used: Opus in-band FEC (``fec``, ``packet_loss`` in FFmpeg's libopus encoder options). aiortc's
``OpusDecoder`` is FFmpeg's libopus decoder, which never asks libopus to decode the redundancy
(``decode_fec``), so an aiortc receiver would pay its bits and get nothing for them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiortc import RTCPeerConnection, RTCRtpCodecParameters, RTCRtpSender
from aiortc.codecs.opus import OpusEncoder

VOICE_BPS = 32_000
_ENCODER = "_RTCRtpSender__encoder"  # aiortc 1.16: the sender's encoder, made with the first frame
_MARK = "_samtale_voice"


def voice_encoder() -> OpusEncoder:
    """aiortc's Opus encoder at ``VOICE_BPS`` (set before libopus opens, which happens on first encode)."""
    encoder = OpusEncoder()
    encoder.codec.bit_rate = VOICE_BPS
    return encoder


def install_voice_encoder(sender: RTCRtpSender) -> bool:
    """Make ``sender`` encode Opus at ``VOICE_BPS``; False if it already has an encoder (it is kept)."""
    if getattr(sender, _MARK, False):
        return True
    if getattr(sender, _ENCODER, None) is not None:
        return False
    original: Callable[[RTCRtpCodecParameters], Awaitable[Any]] = sender._next_encoded_frame

    async def next_encoded_frame(codec: RTCRtpCodecParameters) -> Any:
        if getattr(sender, _ENCODER, None) is None and codec.mimeType.lower() == "audio/opus":
            setattr(sender, _ENCODER, voice_encoder())
        return await original(codec)

    sender._next_encoded_frame = next_encoded_frame  # type: ignore[method-assign]
    setattr(sender, _MARK, True)
    return True


def install_voice_encoders(pc: RTCPeerConnection) -> None:
    """Every audio sender of ``pc`` sends voice at ``VOICE_BPS`` (``install_voice_encoder``)."""
    for transceiver in pc.getTransceivers():
        if transceiver.kind == "audio":
            install_voice_encoder(transceiver.sender)

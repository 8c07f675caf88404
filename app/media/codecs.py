"""Codec choice for a call: force VP8 or H.264 on a video transceiver (and the H.264 preset switch)."""

from __future__ import annotations

from aiortc import RTCRtpSender, RTCRtpTransceiver
from aiortc.rtcrtpparameters import RTCRtpCodecCapability

from app.media.h264_preset import (
    FastH264Encoder,
    fast_h264_preset_in_use,
    restore_default_h264_preset,
    use_fast_h264_preset,
)

__all__ = [
    "VIDEO_CODECS",
    "FastH264Encoder",
    "fast_h264_preset_in_use",
    "prefer_video_codec",
    "restore_default_h264_preset",
    "use_fast_h264_preset",
    "video_codec_capabilities",
]

VIDEO_CODECS = ("VP8", "H264")


def video_codec_capabilities(name: str) -> list[RTCRtpCodecCapability]:
    """aiortc's video capabilities for codec ``name`` (every profile of it), followed by rtx."""
    wanted = name.upper()
    codecs = RTCRtpSender.getCapabilities("video").codecs
    chosen = [codec for codec in codecs if codec.name.upper() == wanted]
    if not chosen:
        available = sorted({codec.name for codec in codecs if codec.name.lower() != "rtx"})
        raise ValueError(f"video codec {name!r} is not supported; aiortc has {available}")
    rtx = [codec for codec in codecs if codec.name.lower() == "rtx"]
    return chosen + rtx


def prefer_video_codec(transceiver: RTCRtpTransceiver, name: str) -> None:
    """Restrict ``transceiver`` to video codec ``name`` ("VP8" or "H264"), keeping rtx.

    Call it before ``createOffer`` (offerer) or ``createAnswer`` (answerer). If the other side does not
    support the codec, negotiation of this transceiver fails rather than falling back silently.
    """
    if transceiver.kind != "video":
        raise ValueError(f"prefer_video_codec needs a video transceiver, got {transceiver.kind}")
    transceiver.setCodecPreferences(video_codec_capabilities(name))

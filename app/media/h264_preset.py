"""Opt-in: make aiortc's H.264 encoder run libx264 with preset ``ultrafast`` (about half the CPU at 720p).

aiortc 1.16 (``aiortc/codecs/h264.py``, ``H264Encoder._encode_frame``) opens libx264 with
``options={"level": "31", "tune": "zerolatency"}``, profile Baseline, bitrate from its congestion
control (0.5–3 Mbps) and no preset, so x264's default preset ``medium`` runs. Nothing in aiortc's API
reaches these options.

``use_fast_h264_preset()`` changes exactly one thing: the codec context of every H.264 encoder that
aiortc creates afterwards gets ``preset=ultrafast`` added to those options just before libx264 is
opened; level, tune (zerolatency), profile, bitrate, packetisation and everything else stay aiortc's.
It does so by pointing the name ``aiortc.codecs.H264Encoder`` (which ``aiortc.codecs.get_encoder``, used
by ``RTCRtpSender``, looks up at call time) at the subclass ``FastH264Encoder``. This is process-wide;
encoders already running keep their settings. ``restore_default_h264_preset()`` undoes it.
"""

from __future__ import annotations

import aiortc.codecs
from aiortc.codecs.h264 import H264Encoder
from av.video.codeccontext import VideoCodecContext

PRESET = "ultrafast"
_ORIGINAL = H264Encoder


class FastH264Encoder(H264Encoder):
    """aiortc's H264Encoder whose libx264 context gets ``preset=ultrafast`` before it is opened.

    aiortc creates and configures ``self.codec`` inside ``_encode_frame`` and opens it on the first
    ``self.codec.encode``; every access to ``self.codec`` goes through this property, which adds the
    preset to the options of a context that is not open yet (after aiortc's own ``options = {...}``).
    """

    _fast_codec: VideoCodecContext | None = None

    @property
    def codec(self) -> VideoCodecContext | None:
        context = self._fast_codec
        if context is not None and not context.is_open and context.options.get("preset") != PRESET:
            context.options = {**context.options, "preset": PRESET}
        return context

    @codec.setter
    def codec(self, context: VideoCodecContext | None) -> None:
        self._fast_codec = context


def use_fast_h264_preset() -> None:
    """From now on, H.264 encoders aiortc creates in this process use x264 preset ultrafast (see module)."""
    setattr(aiortc.codecs, "H264Encoder", FastH264Encoder)  # noqa: B010 (not an exported name)


def restore_default_h264_preset() -> None:
    """Undo ``use_fast_h264_preset`` for encoders created from now on."""
    setattr(aiortc.codecs, "H264Encoder", _ORIGINAL)  # noqa: B010


def fast_h264_preset_in_use() -> bool:
    return getattr(aiortc.codecs, "H264Encoder", None) is FastH264Encoder

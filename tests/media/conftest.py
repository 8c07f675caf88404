"""Shared fixtures for the media tests: loopback-only ICE and a real encode → decode round trip."""

from __future__ import annotations

import fractions
from collections.abc import Callable, Iterable, Iterator

import av
import numpy as np
import pytest
from aiortc.codecs import depayload, get_decoder, get_encoder
from aiortc.jitterbuffer import JitterFrame
from aiortc.rtcrtpparameters import RTCRtpCodecParameters

from app.media.host_addresses import ice_host_addresses
from app.media.synthetic_video import make_pattern

VIDEO_TB = fractions.Fraction(1, 90000)
RoundTrip = Callable[..., list[av.VideoFrame]]


@pytest.fixture(autouse=True)
def loopback_ice() -> Iterator[None]:
    """Every media test keeps ICE on 127.0.0.1: no packet uses the machine's other interfaces."""
    with ice_host_addresses(["127.0.0.1"]):
        yield


def video_codec(name: str) -> RTCRtpCodecParameters:
    return RTCRtpCodecParameters(mimeType=f"video/{name}", clockRate=90000, payloadType=96)


def force_bitrate(encoder: object, bitrate: int) -> None:
    """Bypass aiortc's 500 kbps floor to imitate what its H.264 encoder really sends (150–210 kbps)."""
    for attribute in ("_H264Encoder__target_bitrate", "_Vp8Encoder__target_bitrate"):
        if hasattr(encoder, attribute):
            setattr(encoder, attribute, bitrate)


@pytest.fixture
def roundtrip() -> RoundTrip:
    """Encode frames with aiortc's real encoder, packetise, depayload and decode them with its decoder."""

    def run(name: str, frames: Iterable[av.VideoFrame], bitrate: int | None = None) -> list[av.VideoFrame]:
        codec = video_codec(name)
        encoder, decoder = get_encoder(codec), get_decoder(codec)
        if bitrate is not None:
            force_bitrate(encoder, bitrate)
        decoded: list[av.VideoFrame] = []
        for index, frame in enumerate(frames):
            payloads, timestamp = encoder.encode(frame, force_keyframe=index == 0)
            data = b"".join(depayload(codec, payload) for payload in payloads)
            if data:
                decoded += [
                    f for f in decoder.decode(JitterFrame(data, timestamp)) if isinstance(f, av.VideoFrame)
                ]
        return decoded

    return run


def _pattern_frames(
    width: int, height: int, count: int, stamp: Callable[[np.ndarray, int], None]
) -> list[av.VideoFrame]:
    """``count`` frames of the moving test pattern, each passed through ``stamp(rgb, index)`` first."""
    base = make_pattern(width, height)
    frames = []
    for index in range(count):
        rgb = np.roll(base, ((index * 2) % height, (index * 4) % width), axis=(0, 1))
        stamp(rgb, index)
        frame = av.VideoFrame.from_ndarray(rgb, format="rgb24")
        frame.pts, frame.time_base = index * 3000, VIDEO_TB
        frames.append(frame)
    return frames


@pytest.fixture
def pattern_frames() -> Callable[..., list[av.VideoFrame]]:
    return _pattern_frames

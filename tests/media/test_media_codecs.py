"""Forcing a video codec in SDP, and the opt-in ultrafast preset for aiortc's H.264 encoder."""

from __future__ import annotations

import fractions
import re
from collections.abc import Iterator

import aiortc.codecs
import av
import pytest
from aiortc import RTCConfiguration, RTCPeerConnection
from aiortc.rtcrtpparameters import RTCRtpCodecParameters

from app.media.codecs import (
    FastH264Encoder,
    fast_h264_preset_in_use,
    prefer_video_codec,
    restore_default_h264_preset,
    use_fast_h264_preset,
    video_codec_capabilities,
)
from app.media.synthetic_video import PatternVideoTrack


@pytest.fixture
def fast_preset() -> Iterator[None]:
    use_fast_h264_preset()
    yield
    restore_default_h264_preset()


def rtpmap(sdp: str) -> set[str]:
    video = sdp[sdp.index("m=video") :]
    return {m.split("/")[0] for m in re.findall(r"a=rtpmap:\d+ (\S+)", video)}


def x264_settings(name: str) -> dict[str, str]:
    """Encode one frame with aiortc's encoder and read x264's settings from the SEI it writes."""
    encoder = aiortc.codecs.get_encoder(RTCRtpCodecParameters(mimeType=name, clockRate=90000, payloadType=96))
    frame = av.VideoFrame(640, 480, "yuv420p")
    frame.pts, frame.time_base = 0, fractions.Fraction(1, 90000)
    payloads, _ = encoder.encode(frame, force_keyframe=True)
    match = re.search(rb"options: ([ -~]*)", b"".join(payloads))
    assert match is not None
    return dict(item.split("=", 1) for item in match.group(1).decode().split() if "=" in item)


def test_capabilities_keep_rtx_and_refuse_unknown_codecs() -> None:
    names = [c.name for c in video_codec_capabilities("h264")]
    assert names == ["H264", "H264", "rtx"]  # both profile-level-ids aiortc offers, then rtx
    assert [c.name for c in video_codec_capabilities("VP8")] == ["VP8", "rtx"]
    with pytest.raises(ValueError, match="VP9"):
        video_codec_capabilities("VP9")


@pytest.mark.parametrize("codec", ["H264", "VP8"])
async def test_prefer_video_codec_yields_that_codec_in_offer_and_answer(codec: str) -> None:
    offerer = RTCPeerConnection(RTCConfiguration(iceServers=[]))
    answerer = RTCPeerConnection(RTCConfiguration(iceServers=[]))
    track = PatternVideoTrack((320, 240))
    try:
        offerer.addTrack(track)
        (transceiver,) = offerer.getTransceivers()
        prefer_video_codec(transceiver, codec)
        await offerer.setLocalDescription(await offerer.createOffer())
        assert rtpmap(offerer.localDescription.sdp) == {codec, "rtx"}
        await answerer.setRemoteDescription(offerer.localDescription)
        await answerer.setLocalDescription(await answerer.createAnswer())
        assert rtpmap(answerer.localDescription.sdp) == {codec, "rtx"}
        with pytest.raises(ValueError, match="video transceiver"):
            prefer_video_codec(answerer.addTransceiver("audio"), codec)
    finally:
        track.stop()
        await offerer.close()
        await answerer.close()


def test_fast_preset_changes_only_the_preset(fast_preset: None) -> None:
    assert fast_h264_preset_in_use()
    encoder = aiortc.codecs.get_encoder(
        RTCRtpCodecParameters(mimeType="video/H264", clockRate=90000, payloadType=96)
    )
    assert isinstance(encoder, FastH264Encoder)
    fast = x264_settings("video/H264")
    restore_default_h264_preset()
    assert not fast_h264_preset_in_use()
    default = x264_settings("video/H264")
    # ultrafast: cheapest motion search and analysis...
    assert (fast["subme"], fast["me"], fast["ref"], fast["trellis"]) == ("0", "dia", "1", "0")
    assert (default["subme"], default["me"], default["ref"]) == ("7", "hex", "3")
    # ...while aiortc's tune=zerolatency, Baseline profile and bitrate stay as they were.
    for key in ("bframes", "sliced_threads", "mbtree", "rc_lookahead", "cabac", "bitrate", "rc"):
        assert fast.get(key) == default.get(key), key
    assert fast["bframes"] == "0"
    assert fast["cabac"] == "0"
    assert fast["bitrate"] == "1000"

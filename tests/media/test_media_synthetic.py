"""Synthetic sources: stamped moving pattern with correct pacing, and a clean tone that survives Opus."""

from __future__ import annotations

import asyncio
import fractions
import time
import types

import av
import numpy as np
import pytest
from aiortc.codecs import get_decoder, get_encoder
from aiortc.jitterbuffer import JitterFrame
from aiortc.mediastreams import MediaStreamError
from aiortc.rtcrtpparameters import RTCRtpCodecParameters

from app.media import pacing
from app.media.analysis import dominant_frequency, rms_dbfs
from app.media.frame_slot import FrameSlot
from app.media.stamp import read_stamp, read_stamp_frame
from app.media.synthetic_audio import ToneAudioTrack
from app.media.synthetic_video import PatternVideoTrack

OPUS = RTCRtpCodecParameters(mimeType="audio/opus", clockRate=48000, channels=2, payloadType=96)


async def test_pattern_track_stamps_paces_and_feeds_the_preview() -> None:
    preview = FrameSlot()
    track = PatternVideoTrack((320, 240), fps=30, preview=preview)
    start = time.monotonic()
    frames = [await track.recv() for _ in range(10)]
    elapsed = time.monotonic() - start
    assert 0.25 < elapsed < 0.6  # 9 intervals of 33 ms
    assert [f.pts for f in frames] == [3000 * i for i in range(10)]
    assert all(f.time_base == fractions.Fraction(1, 90000) for f in frames)
    assert [(f.width, f.height) for f in frames] == [(320, 240)] * 10
    stamps = [read_stamp_frame(f) for f in frames]
    assert [s.counter for s in stamps if s] == list(range(10))
    assert all(s is not None and 0 <= s.latency_ms() < 1000 for s in stamps)
    # The self view got the very same pictures, without rendering twice.
    assert preview.count == 10
    latest = preview.peek()
    assert latest is not None
    assert read_stamp(latest.rgb) == stamps[-1]
    assert np.array_equal(latest.rgb, frames[-1].to_ndarray(format="rgb24"))
    # It moves.
    assert not np.array_equal(
        frames[0].to_ndarray(format="rgb24")[100:], frames[1].to_ndarray(format="rgb24")[100:]
    )
    track.stop()
    with pytest.raises(MediaStreamError):
        await track.recv()


async def test_pattern_track_hands_out_the_newest_frame_after_a_stall() -> None:
    track = PatternVideoTrack((320, 240), fps=30)
    await track.recv()
    await asyncio.sleep(0.3)  # a consumer that fell behind by ~9 frames
    start = time.monotonic()
    late = await track.recv()
    after = await track.recv()
    assert time.monotonic() - start > 0.01  # no burst of stale frames: the next one is paced again
    assert late.pts >= 8 * 3000
    assert after.pts == late.pts + 3000
    track.stop()


async def test_tone_track_hands_a_reader_a_little_late_every_frame_like_a_microphone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A microphone's buffer (80 ms) keeps what a late reader has not taken; the tone did not: a reader
    40 ms late (a busy event loop) lost the frames in between, heard as gaps in issue 12's bench.
    On the pacer's own clock, so a loaded machine cannot make the reader later than scripted."""
    clock = types.SimpleNamespace(now=1000.0)
    monkeypatch.setattr(pacing, "time", types.SimpleNamespace(monotonic=lambda: clock.now))
    track = ToneAudioTrack()
    first = await track.recv()
    clock.now += 0.02 * 3 + 0.005  # three 20 ms frames late, and a bit
    frames = [await track.recv() for _ in range(3)]
    assert [f.pts for f in frames] == [first.pts + i * 960 for i in range(1, 4)]
    clock.now += 0.5  # far behind: the present, not a burst of half a second
    late = await track.recv()
    assert late.pts >= frames[-1].pts + 20 * 960
    track.stop()


async def test_tone_track_is_paced_phase_continuous_and_has_its_frequency() -> None:
    track = ToneAudioTrack(1000.0)
    start = time.monotonic()
    frames = [await track.recv() for _ in range(15)]
    assert 0.25 < time.monotonic() - start < 0.5
    assert [f.pts for f in frames] == [960 * i for i in range(15)]
    assert all(f.sample_rate == 48000 and f.samples == 960 and f.format.name == "s16" for f in frames)
    assert all(f.layout.name == "mono" and f.time_base == fractions.Fraction(1, 48000) for f in frames)
    signal = np.concatenate([f.to_ndarray().reshape(-1) for f in frames]).astype(np.float64)
    # Phase continuity: no jump between frames bigger than the steepest slope of the sine.
    max_step = 2 * np.pi * 1000 / 48000 * np.abs(signal).max()
    assert np.abs(np.diff(signal)).max() <= max_step * 1.01 + 1
    assert dominant_frequency(signal, 48000) == pytest.approx(1000.0, abs=1.0)
    assert rms_dbfs(signal.astype(np.int16)) == pytest.approx(-12 - 3.01, abs=0.1)
    track.stop()


async def test_tone_survives_a_real_opus_encode_and_decode() -> None:
    track = ToneAudioTrack(440.0)
    track._pacer = type(track._pacer)(1e6, 48000)  # no real-time waiting in this codec test
    encoder, decoder = get_encoder(OPUS), get_decoder(OPUS)
    decoded: list[np.ndarray] = []
    for _ in range(60):
        payloads, timestamp = encoder.encode(await track.recv())
        for payload in payloads:
            for frame in decoder.decode(JitterFrame(payload, timestamp)):
                assert isinstance(frame, av.AudioFrame)
                decoded.append(frame.to_ndarray().reshape(-1, 2).mean(axis=1))
    samples = np.concatenate(decoded)[48000 // 10 :]  # skip the codec's start-up
    assert samples.size > 40000
    assert dominant_frequency(samples, 48000) == pytest.approx(440.0, abs=2.0)
    # -15 dBFS sent; aiortc's Opus encoder upmixes mono to stereo with libswresample's -3 dB pan law.
    assert rms_dbfs(samples.astype(np.int16)) == pytest.approx(-18.0, abs=1.0)
    track.stop()


@pytest.mark.parametrize("size", [(320, 240), (640, 480), (1280, 720)])
async def test_pattern_track_sends_yuv_with_the_pixels_of_the_rgb_picture(size: tuple[int, int]) -> None:
    """The YUV frames handed out are the RGB picture (``render`` + stamp) as the encoder converted it."""
    from app.media.stamp import encode_stamp
    from app.media.synthetic_video import to_yuv420p_planes

    track = PatternVideoTrack(size, fps=30)
    try:
        frames = [await track.recv() for _ in range(3)]
    finally:
        track.stop()
    for frame in frames:
        assert frame.format.name == "yuv420p"
        stamp = read_stamp_frame(frame)
        assert stamp is not None
        rgb = track.render(stamp.counter)
        encode_stamp(rgb, stamp.counter, stamp.ts_ms)
        expected = to_yuv420p_planes(rgb)
        got = to_planes(frame)
        assert np.array_equal(got[0], expected[0])  # luma: exactly, so the bench's PSNR reference holds
        # Chroma: swscale filters chroma vertically, so the rows along the band's edge and the roll's
        # seam differ slightly between converting each picture and rolling the converted pattern.
        for plane, want in zip(got[1:], expected[1:], strict=True):
            diff = np.abs(plane.astype(int) - want.astype(int))
            assert diff.max() <= 16
            assert np.mean(diff <= 1) > 0.97
        # Colours: the picture back in RGB is the RGB picture, up to 4:2:0 sampling.
        back = frame.to_ndarray(format="rgb24").astype(np.float64)
        mse = np.mean((back - rgb.astype(np.float64)) ** 2)
        assert 10 * np.log10(255**2 / mse) > 30


def to_planes(frame: av.VideoFrame) -> list[np.ndarray]:
    from app.media.stamp import plane_view

    w, h = frame.width, frame.height
    return [plane_view(frame, i, *((w, h) if i == 0 else (w // 2, h // 2))).copy() for i in range(3)]


@pytest.mark.parametrize("shift", [(0, 0), (2, 4), (239, 319), (480, 640), (1000, -6)])
def test_roll_into_is_np_roll(shift: tuple[int, int]) -> None:
    from app.media.synthetic_video import roll_into

    src = np.arange(240 * 320, dtype=np.uint32).reshape(240, 320).astype(np.uint8)
    dst = np.zeros((240, 400), dtype=np.uint8)[:, :320]  # a padded plane, as FFmpeg's rows are
    roll_into(dst, src, *shift)
    assert np.array_equal(dst, np.roll(src, shift, axis=(0, 1)))

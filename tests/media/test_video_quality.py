"""The call bench's quality score: the sent frame is rebuilt from the stamp and compared on luma."""

from __future__ import annotations

import av
import numpy as np

from app.media.stamp import encode_stamp
from app.media.synthetic_video import PatternVideoTrack
from bench.video_quality import QualityMeter, compare, luma, psnr, sent_luma, ssim

SIZE = (320, 240)


def vp8_round_trip(quantizer: int, frames: int) -> list[av.VideoFrame]:
    """Stamped synthetic frames through libvpx at a fixed ``quantizer`` and back, as decoded."""
    source = PatternVideoTrack(SIZE)
    encoder = av.CodecContext.create("libvpx", "w")
    encoder.width, encoder.height, encoder.pix_fmt = *SIZE, "yuv420p"
    encoder.bit_rate = 20_000_000
    encoder.qmin = encoder.qmax = quantizer
    encoder.options = {"deadline": "realtime", "cpu-used": "8", "lag-in-frames": "0"}
    decoder = av.CodecContext.create("libvpx", "r")
    decoded = []
    try:
        for counter in range(frames):
            rgb = source.render(counter)
            encode_stamp(rgb, counter, 1_000_000 + counter * 33)
            frame = av.VideoFrame.from_ndarray(rgb, format="rgb24").reformat(format="yuv420p")
            frame.pts = counter
            for packet in encoder.encode(frame):
                decoded.extend(decoder.decode(packet))
    finally:
        source.stop()
    return decoded


def test_identical_planes_score_perfectly_and_noise_lowers_both() -> None:
    rng = np.random.default_rng(1)
    plane = rng.integers(0, 256, size=(120, 160), dtype=np.uint8)
    assert psnr(plane, plane) == float("inf")
    assert ssim(plane, plane) == 1.0

    def noisy(amount: int) -> np.ndarray:
        noise = rng.integers(-amount, amount + 1, size=plane.shape)
        return np.clip(plane.astype(int) + noise, 0, 255).astype(np.uint8)

    some, more = compare(plane, noisy(20)), compare(plane, noisy(60))
    assert 20 < some.psnr_db < 30
    assert more.psnr_db < some.psnr_db
    assert more.ssim < some.ssim < 1.0


def test_the_sent_frame_is_rebuilt_exactly_from_its_stamp() -> None:
    source = PatternVideoTrack(SIZE)
    try:
        rgb = source.render(7)
        encode_stamp(rgb, 7, 123456)
        sent = luma(av.VideoFrame.from_ndarray(rgb, format="rgb24"))
        assert np.array_equal(sent_luma(source, 7, 123456), sent)
        assert not np.array_equal(sent_luma(source, 8, 123456), sent)
    finally:
        source.stop()


def test_finer_quantising_scores_better_through_a_real_encoder() -> None:
    scores = {}
    for quantizer in (60, 8):
        meter = QualityMeter(SIZE, every=5)
        for frame in vp8_round_trip(quantizer, 30):
            meter.sample(frame)
        score = meter.score()
        assert score is not None
        scores[quantizer] = score
    low, high = scores[60], scores[8]
    assert high.psnr_db > low.psnr_db + 3
    assert high.ssim > low.ssim
    assert 30 < high.psnr_db < 60 and 0.9 < high.ssim <= 1.0

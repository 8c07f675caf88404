"""Stamps survive aiortc's real VP8 and H.264 encoders, and damage reads as None, never a wrong number."""

from __future__ import annotations

from collections.abc import Callable

import av
import numpy as np
import pytest

from app.media.h264_preset import restore_default_h264_preset, use_fast_h264_preset
from app.media.stamp import (
    STAMP_BITS,
    TS_MODULUS,
    Stamp,
    encode_stamp,
    read_stamp,
    read_stamp_frame,
    stamp_geometry,
    stamp_video_frame,
    wall_clock_ms,
)
from app.media.synthetic_video import make_pattern

TS0 = wall_clock_ms()
SIZES = [(640, 480), (1280, 720)]


def stamp_with(counter0: int) -> Callable[[np.ndarray, int], None]:
    return lambda rgb, index: encode_stamp(rgb, counter0 + index, (TS0 + 33 * index) % TS_MODULUS)


def check_decoded(decoded: list[av.VideoFrame], sent: int, counter0: int) -> int:
    """Every decoded frame reads back what was sent with it, an earlier frame's stamp (the encoder left
    the band as it was), or None - never anything else. Returns how many read back exactly."""
    assert len(decoded) >= sent - 2
    exact = 0
    for frame in decoded:
        index = round(frame.pts / 3000)  # the RTP timestamp says which frame this was
        stamp = read_stamp_frame(frame)
        if stamp is None:
            continue
        shown = stamp.counter - counter0
        assert index - 3 <= shown <= index, (index, stamp)
        assert stamp == Stamp(counter0 + shown, (TS0 + 33 * shown) % TS_MODULUS)
        exact += shown == index
    return exact


def test_round_trip_in_memory_rgb_and_luma() -> None:
    rgb = make_pattern(640, 480)
    encode_stamp(rgb, 0xDEADBEEF, TS0)
    assert read_stamp(rgb) == Stamp(0xDEADBEEF, TS0)
    luma = np.full((720, 1280), 90, dtype=np.uint8)
    encode_stamp(luma, 7, TS_MODULUS - 1)
    assert read_stamp(luma) == Stamp(7, TS_MODULUS - 1)


def test_stamp_video_frame_writes_yuv_planes_in_place() -> None:
    frame = av.VideoFrame.from_ndarray(make_pattern(1280, 720), format="rgb24").reformat(format="yuv420p")
    stamp_video_frame(frame, 42, TS0)
    assert read_stamp_frame(frame) == Stamp(42, TS0)
    assert read_stamp(frame.to_ndarray(format="rgb24")) == Stamp(42, TS0)


def test_geometry_is_macroblock_aligned_and_fits() -> None:
    for width, height in [(640, 480), (1280, 720), (1920, 1080), (320, 240)]:
        geometry = stamp_geometry(width, height)
        assert geometry.cell % 16 == 0
        assert geometry.rows * geometry.cols >= STAMP_BITS
        assert geometry.band_height <= (height // 4 if width >= 640 else height // 2)
    with pytest.raises(ValueError, match="too narrow"):
        stamp_geometry(96, 64)


def test_damage_reads_none_not_a_wrong_number() -> None:
    rgb = make_pattern(640, 480)
    encode_stamp(rgb, 1234, TS0)
    geometry = stamp_geometry(640, 480)
    cell = geometry.cell
    # Up to two half-updated cells (slightly on the wrong side of grey) are corrected...
    damaged = rgb.copy()
    for index in (20, 50):
        row, col = divmod(index, geometry.cols)
        block = damaged[row * cell : (row + 1) * cell, col * cell : (col + 1) * cell]
        block[...] = 140 if block[cell // 2, cell // 2, 0] < 128 else 115
    assert read_stamp(damaged) == Stamp(1234, TS0)
    # ...but confidently wrong cells are refused, however many.
    rng = np.random.default_rng(1)
    for _ in range(200):
        damaged = rgb.copy()
        for index in rng.choice(STAMP_BITS, size=int(rng.integers(3, 12)), replace=False):
            row, col = divmod(int(index), geometry.cols)
            block = damaged[row * cell : (row + 1) * cell, col * cell : (col + 1) * cell]
            block[...] = 255 - block
        assert read_stamp(damaged) in (None, Stamp(1234, TS0))
    assert read_stamp(np.zeros((480, 640, 3), np.uint8)) is None
    assert read_stamp(make_pattern(640, 480)) is None
    for _ in range(50):
        assert read_stamp(rng.integers(0, 256, size=(480, 640, 3), dtype=np.uint8)) is None


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("codec", ["VP8", "H264"])
def test_survives_real_encoders_at_default_bitrate(
    codec: str, size: tuple[int, int], roundtrip, pattern_frames
) -> None:
    counter0 = 2**32 - 20  # the counter wraps inside the run
    frames = pattern_frames(
        *size, 60, lambda rgb, i: encode_stamp(rgb, (counter0 + i) % 2**32, (TS0 + 33 * i) % TS_MODULUS)
    )
    decoded = roundtrip(codec, frames)
    readable = 0
    for index, frame in enumerate(decoded):
        stamp = read_stamp_frame(frame)
        assert stamp == Stamp((counter0 + index) % 2**32, (TS0 + 33 * index) % TS_MODULUS)
        readable += 1
    assert readable >= 58


@pytest.mark.parametrize("fast_preset", [False, True], ids=["default-preset", "ultrafast"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_survives_h264_at_the_low_bitrate_aiortc_really_sends(
    size: tuple[int, int], fast_preset: bool, roundtrip, pattern_frames
) -> None:
    if fast_preset:
        use_fast_h264_preset()
    try:
        decoded = roundtrip("H264", pattern_frames(*size, 90, stamp_with(1000)), bitrate=150_000)
    finally:
        restore_default_h264_preset()
    assert check_decoded(decoded, 90, 1000) >= 85  # measured: 90/90 and 88-90/90


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_survives_vp8_at_low_bitrate(size: tuple[int, int], roundtrip, pattern_frames) -> None:
    decoded = roundtrip("VP8", pattern_frames(*size, 90, stamp_with(5)), bitrate=150_000)
    assert check_decoded(decoded, 90, 5) >= 85


@pytest.mark.parametrize("shape", [(480, 640, 3), (480, 640), (720, 1280)])
def test_encode_stamp_writes_whole_cells_and_nothing_else(shape: tuple[int, ...]) -> None:
    """The band is written cell by cell (each cell one level) into a padded array, the rest untouched."""
    rng = np.random.default_rng(3)
    wide = rng.integers(0, 256, size=(shape[0], shape[1] + 32, *shape[2:]), dtype=np.uint8)
    array = wide[:, : shape[1]]  # rows padded past the picture, like an FFmpeg plane
    before = wide.copy()
    encode_stamp(array, 12345, 987654321)
    geometry = stamp_geometry(shape[1], shape[0])
    band_h, band_w = geometry.band_height, geometry.cols * geometry.cell
    outside = np.ones(wide.shape[:2], dtype=bool)
    outside[:band_h, :band_w] = False
    assert np.array_equal(wide[outside], before[outside])
    levels = (0, 255) if len(shape) == 3 else (16, 235)
    band = array[:band_h, :band_w]
    cells = band.reshape(geometry.rows, geometry.cell, geometry.cols, geometry.cell, *shape[2:])
    assert set(np.unique(band).tolist()) == set(levels)
    first = cells[:, :1, :, :1]
    assert np.array_equal(cells, np.broadcast_to(first, cells.shape))  # flat cells
    assert read_stamp(array) == Stamp(12345, 987654321)

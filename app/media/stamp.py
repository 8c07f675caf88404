"""Writes a frame counter and a send time into a video frame's pixels and reads them back after lossy coding.

The stamp is a band of large black/white cells along the top of the picture, aligned to the codecs'
16×16 macroblock grid so that each cell is one flat block that survives heavy quantisation. The band
carries 112 bits: an 8-bit marker, the 32-bit frame counter, the 40-bit send time (wall-clock
milliseconds modulo 2**40) and a CRC-32 over counter and time. The reader corrects up to two doubtful
cells by trying flips against the CRC; a misread (corrupted, black or absent band) fails the marker
or the CRC and reads as ``None``, never as a wrong number.

Cells are 16 px for frames narrower than 1280 px, 32 px from 1280 px, 48 px from 1920 px; the reader
derives the same geometry from the decoded frame's width, so sender and receiver need no agreement
beyond this module.
"""

from __future__ import annotations

import itertools
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

import av
import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import as_strided

TS_MODULUS = 1 << 40
_MARKER = 0xA5
_MARKER_BITS = 8
_PAYLOAD_BITS = 32 + 40
_CRC_BITS = 32
STAMP_BITS = _MARKER_BITS + _PAYLOAD_BITS + _CRC_BITS  # 112

# Levels written into the picture: full range for RGB, video range for a luma (Y) plane.
_RGB_LEVELS = (0, 255)
_LUMA_LEVELS = (16, 235)
_THRESHOLD = 128.0
# Flipping up to 2 of the 6 least certain cells: 22 candidates, so a random picture passes marker and
# CRC with probability about 22 / 2**40.
_DOUBTFUL_CELLS = 6


@dataclass(frozen=True, slots=True)
class Stamp:
    """What a frame carried: its counter and its send time in wall-clock ms modulo 2**40."""

    counter: int
    ts_ms: int

    def latency_ms(self, now_ms: int | None = None) -> int:
        """Milliseconds from the send time to ``now_ms`` (default: now), valid on the same machine."""
        now = wall_clock_ms() if now_ms is None else now_ms
        return (now - self.ts_ms) % TS_MODULUS


@dataclass(frozen=True, slots=True)
class StampGeometry:
    """Where the cells are: ``rows`` × ``cols`` cells of ``cell`` px from the top-left corner."""

    cell: int
    cols: int
    rows: int

    @property
    def band_height(self) -> int:
        return self.rows * self.cell


def wall_clock_ms() -> int:
    """The send-time clock used in stamps: wall-clock milliseconds modulo 2**40."""
    return (time.time_ns() // 1_000_000) % TS_MODULUS


def stamp_geometry(width: int, height: int) -> StampGeometry:
    """The cell layout for a frame of this size; raises ValueError if the frame is too small."""
    cell = 16 * max(1, min(width // 640, 3))
    cols = width // cell
    if cols < 8:
        raise ValueError(f"frame {width}×{height} is too narrow for a stamp")
    rows = -(-STAMP_BITS // cols)
    if rows * cell > height:
        raise ValueError(f"frame {width}×{height} is too small for a stamp")
    return StampGeometry(cell=cell, cols=cols, rows=rows)


def _bits(counter: int, ts_ms: int) -> npt.NDArray[np.uint8]:
    payload = (counter & 0xFFFFFFFF).to_bytes(4, "big") + (ts_ms % TS_MODULUS).to_bytes(5, "big")
    crc = zlib.crc32(payload).to_bytes(4, "big")
    data = np.frombuffer(bytes([_MARKER]) + payload + crc, dtype=np.uint8)
    return np.unpackbits(data)


def _cell_grid(geometry: StampGeometry, counter: int, ts_ms: int) -> npt.NDArray[np.uint8]:
    """Rows × cols of 0/1; spare cells after the 112 bits alternate so the band never looks flat."""
    n = geometry.rows * geometry.cols
    cells = np.zeros(n, dtype=np.uint8)
    cells[1::2] = 1
    cells[:STAMP_BITS] = _bits(counter, ts_ms)
    return cells.reshape(geometry.rows, geometry.cols)


def encode_stamp(array: npt.NDArray[np.uint8], counter: int, ts_ms: int) -> None:
    """Write the stamp in place into an RGB ``(h, w, 3)`` array or a luma/Y ``(h, w)`` plane."""
    if array.ndim == 3:
        height, width = array.shape[:2]
        black, white = _RGB_LEVELS
    elif array.ndim == 2:
        height, width = array.shape
        black, white = _LUMA_LEVELS
    else:
        raise ValueError(f"expected an RGB or luma array, got shape {array.shape}")
    geometry = stamp_geometry(width, height)
    grid = _cell_grid(geometry, counter, ts_ms)
    levels = np.where(grid == 1, white, black).astype(np.uint8)
    band = array[: geometry.band_height, : geometry.cols * geometry.cell]
    # The band seen as rows × cell × cols × cell (× colour): one broadcast write, no picture-sized
    # intermediate.
    cell = geometry.cell
    row_stride, col_stride = band.strides[:2]
    cells = as_strided(
        band,
        shape=(geometry.rows, cell, geometry.cols, cell, *band.shape[2:]),
        strides=(row_stride * cell, row_stride, col_stride * cell, col_stride, *band.strides[2:]),
    )
    cells[...] = levels[:, None, :, None, None] if array.ndim == 3 else levels[:, None, :, None]


def stamp_video_frame(frame: av.VideoFrame, counter: int, ts_ms: int) -> None:
    """Write the stamp in place into a yuv420p ``av.VideoFrame`` (luma band, neutral chroma)."""
    if frame.format.name not in ("yuv420p", "yuvj420p"):
        raise ValueError(f"expected a yuv420p frame, got {frame.format.name}")
    luma = plane_view(frame, 0, frame.width, frame.height)
    encode_stamp(luma, counter, ts_ms)
    geometry = stamp_geometry(frame.width, frame.height)
    half_h, half_w = geometry.band_height // 2, geometry.cols * geometry.cell // 2
    for index in (1, 2):
        chroma = plane_view(frame, index, (frame.width + 1) // 2, (frame.height + 1) // 2)
        chroma[:half_h, :half_w] = 128


def read_stamp(array: npt.NDArray[np.uint8]) -> Stamp | None:
    """Read a stamp from an RGB ``(h, w, 3)`` array or a luma ``(h, w)`` plane; None if absent or damaged."""
    if array.ndim == 3:
        height, width = array.shape[:2]
    elif array.ndim == 2:
        height, width = array.shape
    else:
        return None
    try:
        geometry = stamp_geometry(width, height)
    except ValueError:
        return None
    c, inset = geometry.cell, geometry.cell // 4
    band = array[: geometry.band_height, : geometry.cols * c].astype(np.float32)
    if band.ndim == 3:
        band = band.mean(axis=2)
    # Mean of each cell's inner half, away from the edges where ringing and chroma bleed live.
    cells = band.reshape(geometry.rows, c, geometry.cols, c)[:, inset : c - inset, :, inset : c - inset]
    means = cells.mean(axis=(1, 3)).reshape(-1)[:STAMP_BITS]
    bits = (means >= _THRESHOLD).astype(np.uint8)
    # Low-bitrate P-frames sometimes leave one or two cells half-updated. Try the read as is, then
    # with each one and each two of the least certain cells flipped; the CRC decides.
    doubtful = np.argsort(np.abs(means - _THRESHOLD))[:_DOUBTFUL_CELLS].tolist()
    for flips in _flip_sets(doubtful):
        candidate = bits.copy()
        candidate[list(flips)] ^= 1
        stamp = _decode_bits(candidate)
        if stamp is not None:
            return stamp
    return None


def _flip_sets(cells: list[int]) -> Iterator[tuple[int, ...]]:
    yield ()
    yield from itertools.combinations(cells, 1)
    yield from itertools.combinations(cells, 2)


def _decode_bits(bits: npt.NDArray[np.uint8]) -> Stamp | None:
    data = np.packbits(bits).tobytes()
    if data[0] != _MARKER:
        return None
    payload, crc = data[1:10], data[10:14]
    if zlib.crc32(payload).to_bytes(4, "big") != crc:
        return None
    return Stamp(counter=int.from_bytes(payload[:4], "big"), ts_ms=int.from_bytes(payload[4:], "big"))


def read_stamp_frame(frame: av.VideoFrame) -> Stamp | None:
    """Read a stamp from a decoded ``av.VideoFrame``, straight from its luma plane when it has one."""
    if frame.format.name in ("yuv420p", "yuvj420p", "yuv422p", "yuv444p", "nv12"):
        return read_stamp(plane_view(frame, 0, frame.width, frame.height))
    return read_stamp(np.asarray(frame.to_ndarray(format="gray"), dtype=np.uint8))


def plane_view(frame: av.VideoFrame, index: int, width: int, height: int) -> npt.NDArray[np.uint8]:
    """A writable ``(height, width)`` numpy view of one 8-bit plane (no copy)."""
    plane = frame.planes[index]
    flat = np.frombuffer(plane, dtype=np.uint8)
    return flat.reshape(height, plane.line_size)[:, :width]

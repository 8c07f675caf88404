"""Short recordings and test tones for the microphone and speaker checks, with their analysis."""

from __future__ import annotations

import asyncio
import math
import time
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from app.media.audio import devices
from app.media.audio.devices import AudioDevice
from app.media.audio.levels import SILENCE_DBFS, peak_dbfs
from app.media.audio.processing import BLOCK, SAMPLE_RATE

Samples = npt.NDArray[np.float32]
_START_GRACE_S = 3.0  # a device that delivers nothing this long after its audio was due: give up
_MONO: dict[str, Any] = {"channels": 1, "dtype": "int16", "blocksize": BLOCK}


async def record(
    device: AudioDevice | None, seconds: float, *, skip_s: float = 0.1, marks: list[float] | None = None
) -> Samples:
    """Record ``seconds`` of mono float32 from ``device`` (after dropping the first ``skip_s``).

    ``marks`` gets the monotonic time of the first callback (for delay measurements).
    """
    loop = asyncio.get_running_loop()
    wanted = int((seconds + skip_s) * SAMPLE_RATE)
    chunks: list[npt.NDArray[np.int16]] = []
    got = 0
    done: asyncio.Future[None] = loop.create_future()

    def callback(indata: Any, frames: int, _time: Any, _status: Any) -> None:
        nonlocal got
        if marks is not None and got == 0:
            marks.append(time.monotonic())
        if got >= wanted:
            return
        chunks.append(np.frombuffer(indata, dtype=np.int16).copy())
        got += frames
        if got >= wanted:
            loop.call_soon_threadsafe(_finish, done)

    with devices.stream_opened():
        stream = await asyncio.to_thread(devices.open_stream, device, "input", callback=callback, **_MONO)
        try:
            stream.start()
            async with asyncio.timeout(seconds + skip_s + _START_GRACE_S):
                await done
        finally:
            await asyncio.to_thread(_close, stream)
    data = np.concatenate(chunks)[int(skip_s * SAMPLE_RATE) : wanted]
    return (data.astype(np.float32) / 32768).astype(np.float32)


async def play(device: AudioDevice | None, signal: Samples, *, marks: list[float] | None = None) -> None:
    """Play mono float32 ``signal`` on ``device`` until handed over (``marks``: as in ``record``)."""
    loop = asyncio.get_running_loop()
    pcm = np.round(np.clip(signal, -1, 1) * 32767).astype(np.int16)
    position = 0
    done: asyncio.Future[None] = loop.create_future()

    def callback(outdata: Any, frames: int, _time: Any, _status: Any) -> None:
        nonlocal position
        if marks is not None and position == 0:
            marks.append(time.monotonic())
        part = pcm[position : position + frames]
        position += frames
        if len(part) < frames:
            part = np.concatenate((part, np.zeros(frames - len(part), dtype=np.int16)))
            loop.call_soon_threadsafe(_finish, done)
        outdata[:] = part.tobytes()

    with devices.stream_opened():
        stream = await asyncio.to_thread(devices.open_stream, device, "output", callback=callback, **_MONO)
        try:
            stream.start()
            async with asyncio.timeout(len(signal) / SAMPLE_RATE + _START_GRACE_S):
                await done
        finally:
            await asyncio.to_thread(_close, stream)


def _finish(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


def _close(stream: Any) -> None:
    stream.stop()
    stream.close()


@dataclass(frozen=True, slots=True)
class CaptureStats:
    """What a short recording says: speech-ish level, noise floor, peak and clipping (dBFS, fraction)."""

    level_dbfs: float  # loud 10 ms blocks (95th percentile of block RMS)
    noise_floor_dbfs: float  # quiet blocks (10th percentile)
    peak_dbfs: float
    clipped_fraction: float


def analyse(samples: Samples) -> CaptureStats:
    count = len(samples) // BLOCK
    if count == 0:
        return CaptureStats(SILENCE_DBFS, SILENCE_DBFS, SILENCE_DBFS, 0.0)
    blocks = samples[: count * BLOCK].astype(np.float64).reshape(count, BLOCK)
    power = np.mean(blocks**2, axis=1)
    levels = 10 * np.log10(np.maximum(power, 10 ** (SILENCE_DBFS / 10)))
    clipped = float(np.mean(np.abs(samples) >= 0.99))
    return CaptureStats(
        level_dbfs=float(np.percentile(levels, 95)),
        noise_floor_dbfs=float(np.percentile(levels, 10)),
        peak_dbfs=peak_dbfs(samples),
        clipped_fraction=clipped,
    )


def make_tone(frequency: float, seconds: float, level_dbfs: float) -> Samples:
    """A sine burst with 20 ms fades (no clicks)."""
    n = int(seconds * SAMPLE_RATE)
    t = np.arange(n) / SAMPLE_RATE
    tone = 10 ** (level_dbfs / 20) * np.sin(2 * np.pi * frequency * t)
    fade = min(n // 2, SAMPLE_RATE // 50)
    ramp = np.linspace(0.0, 1.0, fade)
    tone[:fade] *= ramp
    tone[n - fade :] *= ramp[::-1]
    return tone.astype(np.float32)


def tone_level(samples: Samples, frequency: float) -> tuple[float, float]:
    """(level of ``frequency`` in dBFS, its margin in dB over the neighbouring spectrum)."""
    if len(samples) < BLOCK:
        return SILENCE_DBFS, 0.0
    window = np.hanning(len(samples))
    spectrum = np.abs(np.fft.rfft(samples * window)) / (np.sum(window) / 2)
    bin_hz = SAMPLE_RATE / len(samples)
    centre = round(frequency / bin_hz)
    width = max(1, round(10 / bin_hz))
    peak = float(np.max(spectrum[centre - width : centre + width + 1]))
    side = np.concatenate((spectrum[centre - 40 * width : centre - 4 * width],
                           spectrum[centre + 4 * width : centre + 40 * width]))  # fmt: skip
    floor = float(np.median(side)) if side.size else 0.0
    level = 20 * math.log10(peak / math.sqrt(2)) if peak > 0 else SILENCE_DBFS
    margin = 20 * math.log10(peak / floor) if floor > 0 else (120.0 if peak > 0 else 0.0)
    return max(SILENCE_DBFS, level), margin


def delay_ms(played: Samples, recorded: Samples) -> float:
    """Where ``played`` starts in ``recorded`` (cross-correlation), in ms."""
    size = len(played) + len(recorded)
    xcorr = np.fft.irfft(np.fft.rfft(recorded, size) * np.conj(np.fft.rfft(played, size)), size)
    return float(np.argmax(xcorr[: len(recorded)])) * 1000 / SAMPLE_RATE

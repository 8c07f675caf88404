"""Mixer benchmark: what mixing the remote voices costs per 10 ms of speaker output, for 1, 2 and 3 voices.

Per 10 ms block: ``pull`` is the audio thread's share (each voice's jitter buffer, the sum, the limiter);
``push`` is the event loop's share (resampling the decoded Opus frames, stereo 48 kHz, to mono and
queueing them; timed per 20 ms frame and halved). For comparison, livekit's ``rtc.AudioMixer`` mixing the
same voices (async streams of 10 ms frames, hard clipping, no jitter buffer): its cost per 10 ms mixed
frame. No devices needed. ``python -m bench.mixer_bench``.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import AsyncIterator

import av
import numpy as np
import numpy.typing as npt
from livekit import rtc

from app.media.audio.mixer import VoiceMixer

RATE = 48_000
BLOCK = RATE // 100  # 10 ms
FRAME = RATE // 50  # 20 ms: what aiortc's Opus decoder hands out


def _decoded(hz: float, index: int) -> av.AudioFrame:
    """A 20 ms frame as the Opus decoder gives it: stereo s16 at 48 kHz."""
    n = np.arange(index * FRAME, (index + 1) * FRAME)
    mono = np.round(8000 * np.sin(2 * np.pi * hz * n / RATE)).astype(np.int16)
    frame = av.AudioFrame.from_ndarray(np.repeat(mono, 2).reshape(1, -1), format="s16", layout="stereo")
    frame.sample_rate = RATE
    return frame


def ours(voices: int, seconds: float) -> tuple[float, float, float]:
    """(median pull µs, p95 pull µs, median push µs) per 10 ms block."""
    mixer = VoiceMixer(RATE * 50 // 1000, RATE * 120 // 1000)
    resamplers = [av.AudioResampler(format="s16", layout="mono", rate=RATE) for _ in range(voices)]
    hz = [300.0, 440.0, 700.0][:voices]
    pulls: list[float] = []
    pushes: list[float] = []
    for index in range(int(seconds * 50)):
        frames = [_decoded(h, index) for h in hz]
        start = time.perf_counter()
        for voice, (frame, resampler) in enumerate(zip(frames, resamplers, strict=True)):
            for out in resampler.resample(frame):
                mixer.push(str(voice), out.to_ndarray().reshape(-1))
        pushes.append((time.perf_counter() - start) * 1e6 / 2)
        for _ in range(2):
            start = time.perf_counter()
            mixer.pull(BLOCK)
            pulls.append((time.perf_counter() - start) * 1e6)
    return statistics.median(pulls), float(np.percentile(pulls, 95)), statistics.median(pushes)


async def _stream(samples: npt.NDArray[np.int16]) -> AsyncIterator[rtc.AudioFrame]:
    for start in range(0, len(samples) - BLOCK + 1, BLOCK):
        yield rtc.AudioFrame(samples[start : start + BLOCK].tobytes(), RATE, 1, BLOCK)


async def livekit(voices: int, seconds: float) -> float:
    """Median µs of CPU per 10 ms frame out of ``rtc.AudioMixer`` (CPU time over frames, process-wide)."""
    n = int(seconds * RATE)
    mixer = rtc.AudioMixer(RATE, 1, blocksize=BLOCK, stream_timeout_ms=20)
    for hz in [300.0, 440.0, 700.0][:voices]:
        tone = np.round(8000 * np.sin(2 * np.pi * hz * np.arange(n) / RATE)).astype(np.int16)
        mixer.add_stream(_stream(tone))
    mixer.end_input()
    frames = 0
    cpu = time.process_time()
    async for _frame in mixer:
        frames += 1
    cpu = time.process_time() - cpu
    await mixer.aclose()
    return cpu * 1e6 / max(frames, 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20.0, help="of audio per case")
    args = parser.parse_args()
    print(f"mixer cost per 10 ms of speaker output ({args.seconds:.0f} s of audio per case)\n")
    print("| remote voices | pull (audio thread) median | pull p95 | push (event loop) median | "
          "livekit rtc.AudioMixer, CPU per frame |")  # fmt: skip
    print("|---|---|---|---|---|")
    for voices in (1, 2, 3):
        median, p95, push = ours(voices, args.seconds)
        theirs = asyncio.run(livekit(voices, args.seconds))
        print(f"| {voices} | {median:.1f} µs | {p95:.1f} µs | {push:.1f} µs | {theirs:.1f} µs |")


if __name__ == "__main__":
    main()

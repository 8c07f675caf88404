"""Audio benchmark: APM cost per 10 ms frame, play → record delay through a null sink, check durations.

Runs its own private PulseAudio daemon (tests/support/pulse.py). ``python -m bench.audio_bench``.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import av
import numpy as np

from app.media.audio import MicrophoneTrack, Playback, estimate_stream_delay_ms, find_device, rms_dbfs
from app.media.audio.processing import BLOCK, AudioProcessor
from app.preflight import audio_probe
from app.preflight.microphone import MicrophoneCheck
from app.preflight.speaker import SpeakerCheck
from tests.support.pulse import RATE, PulseDaemon, speechlike


def apm_cost(seconds: float) -> tuple[float, float, float]:
    """(median ms, p95 ms, ERLE dB) per 10 ms frame on a synthetic echo path."""
    far = speechlike(seconds, seed=1)
    delay = RATE * 30 // 1000
    echo = np.zeros(len(far))
    echo[delay:] = far[:-delay] * 0.32
    echo = np.convolve(echo, [0.5, 0.3, 0.15, 0.05])[: len(far)]
    mic = np.round(echo * 32767).astype(np.int16)
    far16 = np.round(far * 32767).astype(np.int16)
    processor = AudioProcessor(stream_delay_ms=30)
    costs, out = [], np.empty_like(mic)
    for i in range(len(mic) // BLOCK):
        part = slice(i * BLOCK, (i + 1) * BLOCK)
        start = time.perf_counter()
        processor.feed_far_end(far16[part])
        out[part] = processor.process(mic[part])
        costs.append((time.perf_counter() - start) * 1000)
    tail = slice(len(mic) // 2, None)

    def db(x: np.ndarray) -> float:
        return float(10 * np.log10(np.mean(x[tail].astype(np.float64) ** 2) + 1e-9))

    return statistics.median(costs), float(np.percentile(costs, 95)), db(mic) - db(out)


async def null_sink_delays(runs: int) -> list[float]:
    """Play a chirp into vsink while recording vsink.monitor; delay from cross-correlation."""
    speaker, monitor = find_device("vsink", "output"), find_device("vsink.monitor", "input")
    t = np.arange(RATE // 10) / RATE
    chirp = (0.5 * np.sin(2 * np.pi * (300 + 20_000 * t) * t)).astype(np.float32)
    signal = np.concatenate((chirp, np.zeros(RATE // 10, dtype=np.float32)))
    delays: list[float] = []
    for _ in range(runs):
        rec_marks: list[float] = []
        play_marks: list[float] = []
        recording = asyncio.ensure_future(audio_probe.record(monitor, 0.8, skip_s=0.0, marks=rec_marks))
        await asyncio.sleep(0.3)
        await audio_probe.play(speaker, signal, marks=play_marks)
        recorded = await recording
        # Position of the chirp in the recording, shifted to the time its first sample was handed over.
        landed_ms = audio_probe.delay_ms(chirp, recorded)
        delays.append(landed_ms - (play_marks[0] - rec_marks[0]) * 1000)
    return delays


async def live_echo_reduction(seconds: float) -> float:
    """Play speech on vsink through ``Playback`` while two tracks record its monitor, raw and processed."""
    processor = AudioProcessor()
    playback = Playback(find_device("vsink", "output"), far_end=processor.feed_far_end)
    monitor = find_device("vsink.monitor", "input")
    raw, processed = MicrophoneTrack(monitor), MicrophoneTrack(monitor, processor=processor)
    processor.stream_delay_ms = estimate_stream_delay_ms(processed, playback)
    levels: dict[str, list[float]] = {"raw": [], "out": []}

    async def read(track: MicrophoneTrack, key: str) -> None:
        while True:
            levels[key].append(rms_dbfs((await track.recv()).to_ndarray()))

    readers = [asyncio.ensure_future(read(raw, "raw")), asyncio.ensure_future(read(processed, "out"))]
    pcm = np.round(speechlike(seconds, seed=4, peak=0.4) * 32767).astype(np.int16)
    for start in range(0, len(pcm) - 960 + 1, 960):
        frame = av.AudioFrame.from_ndarray(pcm[None, start : start + 960], format="s16", layout="mono")
        frame.sample_rate = RATE
        playback.push(frame)
        await asyncio.sleep(0.02)
    for reader in readers:
        reader.cancel()
    await asyncio.gather(*readers, return_exceptions=True)
    raw.stop()
    processed.stop()
    await playback.close()

    def power_db(values: list[float]) -> float:
        return float(10 * np.log10(np.mean(10 ** (np.array(values[len(values) // 2 :]) / 10))))

    return power_db(levels["raw"]) - power_db(levels["out"])


async def check_durations(runs: int) -> tuple[list[float], list[float]]:
    mic_device = find_device("vmic.monitor", "input")
    others = find_device("vsink.monitor", "input")
    assert mic_device is not None
    assert others is not None
    speaker, listen = find_device("vsink", "output"), find_device("vsink.monitor", "input")
    mic_times, speaker_times = [], []
    for _ in range(runs):
        mic_check = MicrophoneCheck(mic_device, inputs=lambda: [mic_device, others])
        mic_times.append((await mic_check.run()).duration_s)
        speaker_times.append((await SpeakerCheck(speaker, listen).run()).duration_s)
    return mic_times, speaker_times


async def main(runs: int) -> None:
    median, p95, erle = apm_cost(6.0)
    delays = await null_sink_delays(runs)
    live = [await live_echo_reduction(4.0) for _ in range(min(runs, 3))]
    mic_times, speaker_times = await check_durations(runs)
    rows = [
        ("APM per 10 ms frame (AEC+NS+HPF+AGC)", f"median {median:.3f} ms, p95 {p95:.3f} ms"),
        ("ERLE, synthetic echo path (after 3 s)", f"{erle:.1f} dB"),
        ("live echo reduction, Playback → vsink.monitor", f"median {statistics.median(live):.1f} dB"),
        ("play → record through null sink", f"median {statistics.median(delays):.1f} ms ({runs} runs)"),
        ("microphone check (silent mic, 1 other)", f"median {statistics.median(mic_times):.2f} s"),
        ("speaker check", f"median {statistics.median(speaker_times):.2f} s"),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"| {'measure'.ljust(width)} | value |")
    print(f"|{'-' * (width + 2)}|-------|")
    for name, value in rows:
        print(f"| {name.ljust(width)} | {value} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    daemon = PulseDaemon(Path(tempfile.mkdtemp(prefix="samtale-bench-pulse-")))
    daemon.start()
    try:
        asyncio.run(main(args.runs))
    finally:
        daemon.stop()
        shutil.rmtree(daemon.root, ignore_errors=True)

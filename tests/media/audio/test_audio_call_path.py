"""The audio call path on real devices: Opus round trip into playback, live echo cancellation, hot-plug."""

from __future__ import annotations

import asyncio

import av
import numpy as np
import pytest
from aiortc.codecs import get_decoder, get_encoder
from aiortc.jitterbuffer import JitterFrame
from aiortc.rtcrtpparameters import RTCRtpCodecParameters

from app.media.audio import (
    AudioProcessor,
    DeviceWatcher,
    MicrophoneTrack,
    Playback,
    estimate_stream_delay_ms,
    find_device,
    rms_dbfs,
)
from app.media.audio.devices import AudioDevice
from tests.support.pulse import RATE, PulseDaemon, speechlike, tone

pytestmark = pytest.mark.usefixtures("pulse_daemon")
OPUS = RTCRtpCodecParameters(mimeType="audio/opus", clockRate=48000, channels=2, payloadType=111)


def _frames(signal: np.ndarray, samples: int = 960) -> list[av.AudioFrame]:
    pcm = np.round(signal * 32767).astype(np.int16)
    frames = []
    for start in range(0, len(pcm) - samples + 1, samples):
        frame = av.AudioFrame.from_ndarray(pcm[None, start : start + samples], format="s16", layout="mono")
        frame.sample_rate = RATE
        frames.append(frame)
    return frames


async def test_microphone_frames_go_through_opus_into_playback(pulse_daemon: PulseDaemon) -> None:
    encoder, decoder = get_encoder(OPUS), get_decoder(OPUS)
    mic = MicrophoneTrack(find_device("vmic.monitor", "input"))
    playback = Playback(find_device("vsink", "output"))
    listen = MicrophoneTrack(find_device("vsink.monitor", "input"))
    try:
        pulse_daemon.play("vmic", tone(1.5, 600, -6))
        for _ in range(100):  # 1 s of 10 ms frames, encoded in 20 ms packets
            payloads, timestamp = encoder.encode(await asyncio.wait_for(mic.recv(), 2))
            for payload in payloads:
                for decoded in decoder.decode(JitterFrame(payload, timestamp)):
                    playback.push(decoded)
        heard = [rms_dbfs((await listen.recv()).to_ndarray()) for _ in range(10)]
    finally:
        mic.stop()
        listen.stop()
        await playback.close()
    assert max(heard) > -20
    assert playback.buffered_ms <= 120


async def test_live_echo_cancellation_on_the_speaker_monitor() -> None:
    """What the speaker plays comes straight back on its monitor: the processed track must remove it."""
    processor = AudioProcessor()
    playback = Playback(find_device("vsink", "output"), far_end=processor.feed_far_end)
    monitor = find_device("vsink.monitor", "input")
    raw, processed = MicrophoneTrack(monitor), MicrophoneTrack(monitor, processor=processor)
    processor.stream_delay_ms = estimate_stream_delay_ms(processed, playback)
    raw_levels: list[float] = []
    out_levels: list[float] = []

    async def read(track: MicrophoneTrack, levels: list[float]) -> None:
        while True:
            levels.append(rms_dbfs((await track.recv()).to_ndarray()))

    readers = [
        asyncio.ensure_future(read(raw, raw_levels)),
        asyncio.ensure_future(read(processed, out_levels)),
    ]
    try:
        for frame in _frames(speechlike(4.0, seed=4, peak=0.4)):
            playback.push(frame)
            await asyncio.sleep(0.02)
    finally:
        for reader in readers:
            reader.cancel()
        await asyncio.gather(*readers, return_exceptions=True)
        raw.stop()
        processed.stop()
        await playback.close()
    tail = 150  # the last 1.5 s, after convergence

    def power_db(levels: list[float]) -> float:
        return float(10 * np.log10(np.mean(10 ** (np.array(levels[-tail:]) / 10))))

    reduction = power_db(raw_levels) - power_db(out_levels)
    assert power_db(raw_levels) > -30  # the echo really is there
    assert reduction >= 20, f"live echo reduction {reduction:.1f} dB"


async def test_watcher_sees_a_device_plugged_in(pulse_daemon: PulseDaemon) -> None:
    changes: list[list[AudioDevice]] = []
    watcher = DeviceWatcher(lambda inputs, outputs: changes.append(outputs), interval_s=0.2)
    watcher.start()
    module = ""
    try:
        await asyncio.sleep(0.5)
        module = pulse_daemon.pactl(
            "load-module",
            "module-null-sink",
            "sink_name=usbheadset",
            "sink_properties=device.description=USB_Headset",
        ).stdout.strip()
        for _ in range(30):
            if changes:
                break
            await asyncio.sleep(0.1)
        assert changes and any(d.name == "USB_Headset" and d.looks_like_headset for d in changes[-1])
        changes.clear()
        pulse_daemon.pactl("set-default-sink", "usbheadset")  # the OS default moves: follow it
        for _ in range(30):
            if changes:
                break
            await asyncio.sleep(0.1)
        assert changes and changes[-1][0].name == "USB_Headset" and changes[-1][0].is_default
    finally:
        await watcher.close()
        pulse_daemon.pactl("set-default-sink", "vsink")
        if module:
            pulse_daemon.pactl("unload-module", module)


async def test_two_voices_are_mixed_on_the_speaker_and_the_mix_is_the_echo_reference() -> None:
    """Two participants' frames, pushed as the call does, come out summed; the echo canceller gets the sum."""
    played: list[np.ndarray] = []
    playback = Playback(find_device("vsink", "output"), far_end=played.append)
    listen = MicrophoneTrack(find_device("vsink.monitor", "input"))
    recorded: list[np.ndarray] = []

    async def record() -> None:
        while True:
            recorded.append((await listen.recv()).to_ndarray().reshape(-1))

    recorder = asyncio.ensure_future(record())
    try:
        for one, other in zip(_frames(tone(1.5, 440, -12)), _frames(tone(1.5, 700, -12)), strict=True):
            playback.push(one, "ann")
            playback.push(other, "bo")
            await asyncio.sleep(0.02)
        recorder.cancel()
        await asyncio.gather(recorder, return_exceptions=True)
        assert sorted(playback.mixer.voices) == ["ann", "bo"]
        playback.remove("bo")
        assert playback.mixer.voices == ["ann"]
    finally:
        listen.stop()
        await playback.close()
    far, heard = np.concatenate(played), np.concatenate(recorded)
    for signal in (far, heard):  # both voices, each at its level, in what was played and what was heard
        loudest = max(range(0, len(signal) - 9600, 4800), key=lambda s: rms_dbfs(signal[s : s + 9600]))
        part = signal[loudest : loudest + 9600]
        spectrum = np.abs(np.fft.rfft(part * np.hanning(9600)))
        freqs = np.fft.rfftfreq(9600, 1 / RATE)
        peaks = {hz: spectrum[np.argmin(np.abs(freqs - hz))] for hz in (440, 700)}
        assert peaks[440] > 0 and abs(20 * np.log10(peaks[440] / peaks[700])) < 2, peaks
        assert rms_dbfs(part) > -20

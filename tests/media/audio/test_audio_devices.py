"""Real audio through the private PulseAudio daemon: devices, mic track, playback, switching, mute hint."""

from __future__ import annotations

import asyncio
import itertools

import numpy as np
import pytest

from app.media.audio import (
    MicrophoneTrack,
    Playback,
    find_device,
    list_input_devices,
    list_output_devices,
    refresh,
    rms_dbfs,
    set_muted,
    switch_microphone,
)
from app.media.audio.devices import AudioDevice
from app.media.audio.jitter import JitterBuffer
from app.media.switchable import SwitchableTrack
from tests.support.pulse import PulseDaemon, speechlike, tone

pytestmark = pytest.mark.usefixtures("pulse_daemon")
MIC = "Monitor of VirtualMic"  # what the test plays into ``vmic`` comes out here
SPEAKER_MONITOR = "Monitor of VirtualSpeaker"


def test_devices_are_listed_by_name_default_first() -> None:
    inputs = list_input_devices(include_monitors=True)
    assert {MIC, SPEAKER_MONITOR} <= {d.name for d in inputs}
    assert inputs[0].is_default and inputs[0].ident == "vmic.monitor"
    assert list_input_devices() == []  # monitors are not offered as microphones
    outputs = list_output_devices()
    assert outputs[0].name == "VirtualSpeaker" and outputs[0].is_default
    assert find_device("vsink", "output") == outputs[0]
    assert find_device("no such thing", "input") is None


def test_headset_recognised_by_name() -> None:
    for name in ("Jabra Evolve 65", "USB Headset", "Hodetelefoner", "AirPods Pro", "Hörlurar"):
        assert AudioDevice(name, "output", "pulse", "x").looks_like_headset, name
    assert not AudioDevice("Built-in Audio Analog Stereo", "output", "pulse", "x").looks_like_headset


async def test_microphone_frames_are_10ms_s16_mono_with_sample_pts(pulse_daemon: PulseDaemon) -> None:
    mic = MicrophoneTrack(find_device(MIC, "input"))
    try:
        pulse_daemon.play("vmic", tone(1.0, level_dbfs=-6))
        frames = [await asyncio.wait_for(mic.recv(), 3) for _ in range(60)]
    finally:
        mic.stop()
    assert {(f.format.name, f.layout.name, f.samples, f.sample_rate) for f in frames} == {
        ("s16", "mono", 480, 48_000)
    }
    pts = [f.pts for f in frames]
    assert all(b - a >= 480 and (b - a) % 480 == 0 for a, b in itertools.pairwise(pts))
    loud = [rms_dbfs(f.to_ndarray()) for f in frames[-10:]]
    assert max(loud) > -15


async def test_buffer_is_bounded_and_drops_oldest() -> None:
    mic = MicrophoneTrack(find_device(MIC, "input"), buffer_blocks=4)
    try:
        await asyncio.sleep(0.3)  # nobody reads: about 30 blocks arrive
        assert mic.dropped_blocks > 10
        first = await mic.recv()
        assert first.pts is not None and first.pts >= 20 * 480  # the newest blocks, not the first
    finally:
        mic.stop()
    assert mic.readyState == "ended"


async def test_refresh_waits_until_no_stream_is_open() -> None:
    mic = MicrophoneTrack(find_device(MIC, "input"))
    try:
        assert refresh() is False
    finally:
        mic.stop()
    assert refresh() is True


async def test_playback_reaches_the_speaker_and_stays_bounded(pulse_daemon: PulseDaemon) -> None:
    played: list[np.ndarray] = []
    listen = MicrophoneTrack(find_device(SPEAKER_MONITOR, "input"))
    playback = Playback(find_device("vsink", "output"), target_ms=50, max_ms=120, far_end=played.append)
    try:
        import av

        signal = (tone(1.0, 700, -6) * 32767).astype(np.int16)
        for start in range(0, len(signal), 960):  # 20 ms frames, as aiortc's Opus decoder gives them
            frame = av.AudioFrame.from_ndarray(signal[None, start : start + 960], format="s16", layout="mono")
            frame.sample_rate = 48_000
            playback.push(frame)
            assert playback.buffered_ms <= 120
            await asyncio.sleep(0.02)
        heard = [rms_dbfs((await listen.recv()).to_ndarray()) for _ in range(20)]
    finally:
        await playback.close()
        listen.stop()
    assert max(heard) > -20
    assert played and max(rms_dbfs(b) for b in played) > -15  # the far end reaches the echo canceller


def test_jitter_buffer_primes_drops_and_counts_underruns() -> None:
    buffer = JitterBuffer(target=2400, maximum=5760)
    assert not buffer.pull(480).any()  # priming: silence until 50 ms are buffered
    buffer.push(np.ones(10_000, dtype=np.int16))
    assert len(buffer) == 2400 and buffer.dropped_samples == 7600
    for _ in range(5):
        assert buffer.pull(480).all()
    assert buffer.underruns == 0
    assert not buffer.pull(480).any() and buffer.underruns == 1


async def test_switch_microphone_mid_call_keeps_the_timeline(pulse_daemon: PulseDaemon) -> None:
    sending = SwitchableTrack(MicrophoneTrack(find_device(SPEAKER_MONITOR, "input")))
    try:
        before = [await asyncio.wait_for(sending.recv(), 2) for _ in range(5)]
        new = switch_microphone(sending, MIC)
        pulse_daemon.play("vmic", tone(0.5, level_dbfs=-6))
        after = [await asyncio.wait_for(sending.recv(), 2) for _ in range(40)]
    finally:
        sending.stop()
    assert sending.source is new and new.readyState == "ended"
    pts = [f.pts for f in before + after]
    assert pts == sorted(pts) and len(set(pts)) == len(pts)
    assert max(rms_dbfs(f.to_ndarray()) for f in after) > -15


async def test_talking_while_muted_fires_once(pulse_daemon: PulseDaemon) -> None:
    fired = asyncio.Event()
    mic = MicrophoneTrack(find_device(MIC, "input"), on_muted_talk=fired.set)
    try:
        await asyncio.sleep(0.3)
        assert not fired.is_set()
        pulse_daemon.play("vmic", speechlike(1.5, peak=0.3))  # talking, not muted: no hint
        await asyncio.sleep(0.8)
        assert not fired.is_set()
        pulse_daemon.stop_players()
        set_muted(sending := SwitchableTrack(mic), mic, True)
        assert not sending.enabled
        pulse_daemon.play("vmic", speechlike(1.5, seed=3, peak=0.5))
        await asyncio.wait_for(fired.wait(), 2)
    finally:
        mic.stop()
        pulse_daemon.stop_players()

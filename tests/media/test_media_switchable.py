"""Mute and camera-off send filler with continuing timestamps; sources can be swapped mid-stream."""

from __future__ import annotations

import asyncio
import fractions

import av
import numpy as np
import pytest
from aiortc.mediastreams import MediaStreamError

from app.media.analysis import rms_dbfs
from app.media.stamp import read_stamp_frame
from app.media.switchable import SwitchableTrack
from app.media.synthetic_audio import ToneAudioTrack
from app.media.synthetic_video import PatternVideoTrack


def is_black(frame: av.VideoFrame) -> bool:
    return float(frame.to_ndarray(format="rgb24").mean()) < 2.0


async def test_video_off_sends_black_frames_with_continuing_pts() -> None:
    source = PatternVideoTrack((320, 240), fps=30)
    track = SwitchableTrack(source)
    assert track.kind == "video"
    frames = [await track.recv() for _ in range(3)]
    track.enabled = False
    frames += [await track.recv() for _ in range(4)]
    track.enabled = True
    frames += [await track.recv() for _ in range(3)]
    pts = [f.pts for f in frames]
    steps = np.diff(pts)
    # ~3000 at 90 kHz, never a jump back or a gap; the step where the source resumes may be shorter.
    assert all(2500 < step < 4500 for step in steps[:6]), pts
    assert all(1500 <= step < 4500 for step in steps), pts
    assert all(f.time_base == fractions.Fraction(1, 90000) for f in frames)
    assert [read_stamp_frame(f) is not None for f in frames] == [True] * 3 + [False] * 4 + [True] * 3
    assert all(is_black(f) and (f.width, f.height) == (320, 240) for f in frames[3:7])
    # The source was not read while disabled: its counter continues where it stopped.
    counters = [s.counter for f in frames if (s := read_stamp_frame(f))]
    assert counters == [0, 1, 2, 3, 4, 5]
    track.stop()
    assert source.readyState == "ended"
    with pytest.raises(MediaStreamError):
        await track.recv()


async def test_mute_sends_silence_with_sample_exact_pts() -> None:
    track = SwitchableTrack(ToneAudioTrack(440.0))
    frames = [await track.recv() for _ in range(3)]
    track.enabled = False
    frames += [await track.recv() for _ in range(5)]
    track.enabled = True
    frames += [await track.recv() for _ in range(3)]
    assert [f.pts for f in frames] == [960 * i for i in range(11)]
    assert all(f.sample_rate == 48000 and f.format.name == "s16" and f.layout.name == "mono" for f in frames)
    levels = [rms_dbfs(f.to_ndarray()) for f in frames]
    assert all(level > -20 for level in levels[:3] + levels[8:])
    assert all(level == -np.inf for level in levels[3:8])
    track.stop()


async def test_filler_is_paced_in_real_time() -> None:
    track = SwitchableTrack(ToneAudioTrack(), enabled=False)
    loop = asyncio.get_running_loop()
    start = loop.time()
    for _ in range(10):
        await track.recv()
    assert 0.15 < loop.time() - start < 0.35
    track.stop()


async def test_replace_source_keeps_the_timeline_and_stops_the_old_source() -> None:
    first = PatternVideoTrack((320, 240))
    track = SwitchableTrack(first)
    frames = [await track.recv() for _ in range(3)]
    second = PatternVideoTrack((640, 480))
    assert track.replace_source(second) is first
    assert first.readyState == "ended"
    frames += [await track.recv() for _ in range(3)]
    assert [(f.width, f.height) for f in frames] == [(320, 240)] * 3 + [(640, 480)] * 3
    steps = np.diff([f.pts for f in frames])
    assert all(1500 <= step < 4500 for step in steps)
    with pytest.raises(ValueError, match="audio"):
        track.replace_source(ToneAudioTrack())
    track.stop()
    assert second.readyState == "ended"


async def test_a_source_that_ends_is_replaced_by_filler_until_a_new_one_comes() -> None:
    source = PatternVideoTrack((320, 240))
    track = SwitchableTrack(source)
    await track.recv()
    source.stop()  # device unplugged
    filler = [await track.recv() for _ in range(2)]
    assert track.source_ended
    assert track.readyState == "live"
    assert all(is_black(f) for f in filler)
    track.replace_source(PatternVideoTrack((320, 240)))
    assert not track.source_ended
    assert read_stamp_frame(await track.recv()) is not None
    track.stop()

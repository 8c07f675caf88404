"""TrackDrain reads a track to its end, converts to RGB only on demand, and closes cleanly."""

from __future__ import annotations

import asyncio
import logging

import av
import numpy as np
import pytest
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack

from app.media.analysis import dominant_frequency
from app.media.frame_slot import FrameSlot
from app.media.sink import TrackDrain, audio_to_mono_float
from app.media.stamp import read_stamp
from app.media.synthetic_audio import ToneAudioTrack
from app.media.synthetic_video import PatternVideoTrack


def drain_tasks() -> list[asyncio.Task[object]]:
    return [t for t in asyncio.all_tasks() if t.get_name().startswith("drain-") and not t.done()]


async def test_video_drain_fills_the_slot_counts_and_calls_back() -> None:
    slot = FrameSlot()
    seen: list[av.VideoFrame] = []
    track = PatternVideoTrack((320, 240), fps=60)
    drain = TrackDrain(track, slot=slot, on_frame=seen.append)
    async with asyncio.timeout(5):
        await drain.wait_frames(5)
    assert drain.frames >= 5
    assert len(seen) == drain.frames
    assert drain.last_frame_at is not None
    latest = slot.peek()
    assert latest is not None
    assert latest.rgb.shape == (240, 320, 3)
    assert latest.rgb.dtype == np.uint8
    assert read_stamp(latest.rgb) is not None
    # Nobody watching: frames are still read and counted, but not converted.
    drain.rgb_wanted = False
    count = slot.count
    frames = drain.frames
    async with asyncio.timeout(5):
        await drain.wait_frames(frames + 3)
    assert slot.count == count
    await drain.close()
    await drain.close()  # idempotent
    assert drain.ended
    assert not drain_tasks()
    track.stop()


async def test_drain_ends_with_its_track_and_close_is_still_fine() -> None:
    track = PatternVideoTrack((320, 240), fps=60)
    drain = TrackDrain(track)
    async with asyncio.timeout(5):
        await drain.wait_frames(2)
    track.stop()
    async with asyncio.timeout(5):
        await drain.wait_ended()
    with pytest.raises(MediaStreamError):
        await drain.wait_frames(drain.frames + 1)
    await drain.close()
    await drain.close()
    assert not drain_tasks()


async def test_close_while_waiting_for_a_frame_cancels_and_leaves_no_task() -> None:
    class Silent(MediaStreamTrack):
        kind = "video"

        async def recv(self) -> av.VideoFrame:
            await asyncio.sleep(3600)
            raise AssertionError

    drain = TrackDrain(Silent())
    await asyncio.sleep(0.01)
    await asyncio.gather(drain.close(), drain.close())
    assert drain.ended
    assert drain.frames == 0
    assert not drain_tasks()


async def test_a_failing_callback_is_logged_and_reading_goes_on(caplog: pytest.LogCaptureFixture) -> None:
    def broken(frame: object) -> None:
        raise RuntimeError("consumer bug")

    track = PatternVideoTrack((320, 240), fps=60)
    drain = TrackDrain(track, on_frame=broken)
    with caplog.at_level(logging.ERROR, logger="app.media.sink"):
        async with asyncio.timeout(5):
            await drain.wait_frames(3)
    assert "on_frame callback failed" in caplog.text
    await drain.close()
    track.stop()


async def test_audio_drain_keeps_the_last_second() -> None:
    track = ToneAudioTrack(660.0)
    track._pacer = type(track._pacer)(1000.0, 48000)  # 20 ms frames, 20x faster than real time
    drain = TrackDrain(track, audio_seconds=0.5)
    assert drain.recent_audio().size == 0
    async with asyncio.timeout(5):
        await drain.wait_frames(10)
    partial = drain.recent_audio()
    assert partial.size == 960 * drain.frames or partial.size == 24000
    async with asyncio.timeout(5):
        await drain.wait_frames(40)
    recent = drain.recent_audio()
    assert drain.audio_rate == 48000
    assert recent.size == 24000
    assert recent.dtype == np.float32
    assert dominant_frequency(recent, 48000) == pytest.approx(660.0, abs=1.0)
    # Oldest first and phase-continuous across the ring's wrap point.
    assert np.abs(np.diff(recent)).max() < 2 * np.pi * 660 / 48000 * 0.26 + 1e-3
    await drain.close()
    track.stop()


async def test_audio_drain_converts_nothing_until_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Received audio is kept as it came; only ``recent_audio()`` makes it mono (no call reads it)."""
    import app.media.sink as sink

    converted: list[int] = []

    def counting(frame: av.AudioFrame) -> np.ndarray:
        converted.append(frame.samples)
        return audio_to_mono_float(frame)

    monkeypatch.setattr(sink, "audio_to_mono_float", counting)
    track = ToneAudioTrack(440.0)
    track._pacer = type(track._pacer)(1000.0, 48000)
    drain = TrackDrain(track, audio_seconds=0.1)
    async with asyncio.timeout(5):
        await drain.wait_frames(30)
    assert converted == []
    recent = drain.recent_audio()
    assert recent.size == 4800
    assert sum(converted) - recent.size < 960  # only the frames that make up the last 0.1 s
    await drain.close()
    track.stop()


def test_audio_to_mono_float_handles_packed_and_planar() -> None:
    stereo = np.array([[1000, 3000, -1000, -3000]], dtype=np.int16)
    frame = av.AudioFrame.from_ndarray(stereo, format="s16", layout="stereo")
    assert np.allclose(audio_to_mono_float(frame), [2000 / 32768, -2000 / 32768])
    planar = np.array([[0.5, -0.5], [0.25, 0.25]], dtype=np.float32)
    frame = av.AudioFrame.from_ndarray(planar, format="fltp", layout="stereo")
    assert np.allclose(audio_to_mono_float(frame), [0.375, -0.125])


async def test_a_backlog_of_decoded_frames_is_observed_in_order_but_only_the_newest_is_shown() -> None:
    from aiortc.rtcrtpreceiver import RemoteStreamTrack

    from app.media.stamp import encode_stamp, read_stamp_frame

    track = RemoteStreamTrack(kind="video")
    pattern = PatternVideoTrack((320, 240), fps=30)
    for counter in range(1, 9):  # eight frames decoded while the drain was not running
        picture = pattern.render(counter)
        encode_stamp(picture, counter, 0)
        rgb = av.VideoFrame.from_ndarray(picture, format="rgb24")
        frame = rgb.reformat(format="yuv420p")  # as the decoder hands them out
        track._queue.put_nowait(frame)
    track._queue.put_nowait(None)  # then the track ends
    slot = FrameSlot()
    seen: list[int] = []

    def observe(frame: av.VideoFrame) -> None:
        stamp = read_stamp_frame(frame)
        assert stamp is not None
        seen.append(stamp.counter)

    drain = TrackDrain(track, slot=slot, on_frame=observe)
    async with asyncio.timeout(5):
        await drain.wait_ended()
    assert seen == list(range(1, 9))
    assert drain.frames == 8
    assert slot.count == 1  # one RGB conversion, of the newest frame
    latest = slot.peek()
    assert latest is not None
    stamp = read_stamp(latest.rgb)
    assert stamp is not None and stamp.counter == 8
    await drain.close()
    pattern.stop()

"""The synthetic MediaSources bundle: switchable tracks, a self view, and an idempotent close."""

from __future__ import annotations

from app.media.sources import MediaSources
from app.media.stamp import read_stamp


async def test_synthetic_sources_feed_the_preview_and_close_once() -> None:
    sources = MediaSources.synthetic(size=(320, 240), fps=30, tone_hz=500)
    assert (sources.audio.kind, sources.video.kind) == ("audio", "video")
    frame = await sources.video.recv()
    audio = await sources.audio.recv()
    assert (frame.width, frame.height) == (320, 240)
    assert audio.sample_rate == 48000
    shown = sources.preview.take_new()
    assert shown is not None
    assert read_stamp(shown.rgb) is not None
    sources.video.enabled = False
    await sources.video.recv()
    assert sources.preview.take_new() is None  # camera off: the camera source is not read
    sources.close()
    sources.close()
    assert sources.closed
    assert sources.audio.readyState == sources.video.readyState == "ended"
    assert sources.audio.source.readyState == sources.video.source.readyState == "ended"

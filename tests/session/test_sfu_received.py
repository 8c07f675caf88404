"""What a media-server call plays: only the room's mix link is heard. A picture's link answers any
sound offered ``inactive`` and hands no audio track on (tests/session/test_sfu_quality.py checks the
answer); were one handed to ``SfuReceived`` all the same, it is not played, and nothing is kept aside
for it."""

from __future__ import annotations

import asyncio

from aiortc.mediastreams import AudioStreamTrack, VideoStreamTrack

from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources
from app.session.sfu_received import ROOM_VOICE, SfuReceived


async def test_only_the_mix_link_is_heard() -> None:
    played: list[str] = []
    sources = MediaSources.synthetic(size=(64, 48), preview=FrameSlot())
    sources.play_remote_audio = lambda voice, frame: played.append(voice)
    received = SfuReceived(sources, FrameSlot())
    try:
        received.track("p_feed", AudioStreamTrack())  # sound on a picture's link
        received.track("p_feed", VideoStreamTrack())
        await asyncio.sleep(0.3)
        assert played == []
        received.track("audio", AudioStreamTrack())  # the room's mix
        await asyncio.sleep(0.3)
        assert played and set(played) == {ROOM_VOICE}
        assert "p_feed" in received.slots  # the picture is still shown
        assert set(received.drains) == {"audio", "p_feed"}
    finally:
        await received.close()
        await sources.aclose()

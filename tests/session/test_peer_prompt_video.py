"""A PeerLink's video receivers decode each frame on its last packet (PromptJitterBuffer), and its audio
receivers play every packet that arrives (PromptAudioJitterBuffer), over loopback."""

from __future__ import annotations

import asyncio

from aiortc.jitterbuffer import JitterBuffer
from aiortc.mediastreams import MediaStreamTrack

from app.media.prompt_audio_jitter import PromptAudioJitterBuffer
from app.media.prompt_jitter import PromptJitterBuffer
from app.media.sink import TrackDrain
from app.media.sources import MediaSources
from app.media.stamp import read_stamp_frame
from app.session.peer import PeerLink, rtc_configuration


def receiver_buffers(link: PeerLink) -> dict[str, JitterBuffer]:
    return {t.kind: t.receiver._RTCRtpReceiver__jitter_buffer for t in link.pc.getTransceivers()}


async def test_both_sides_receive_video_and_audio_through_the_prompt_buffers() -> None:
    sources = {side: MediaSources.synthetic(size=(320, 240), fps=30) for side in ("a", "b")}
    drains: dict[str, TrackDrain] = {}
    stamps: dict[str, list[int]] = {"a": [], "b": []}

    def on_track(side: str) -> object:
        def take(remote_id: str, track: MediaStreamTrack) -> None:
            if track.kind == "video":
                drains[side] = TrackDrain(
                    track, on_frame=lambda f: stamps[side].append(getattr(read_stamp_frame(f), "counter", -1))
                )

        return take

    links = {
        side: PeerLink(
            "other",
            rtc_configuration([]),
            sources[side].audio,
            sources[side].video,
            on_track=on_track(side),  # type: ignore[arg-type]
            on_state=lambda *_: None,
            video_codec="VP8",
        )
        for side in ("a", "b")
    }
    try:
        offer = await links["a"].make_offer()
        assert offer.sdp is not None
        answer = await links["b"].accept_offer(offer.sdp)
        assert answer.sdp is not None
        await links["a"].accept_answer(answer.sdp)
        async with asyncio.timeout(20):
            while set(drains) != {"a", "b"}:
                await asyncio.sleep(0.02)
            for drain in drains.values():
                await drain.wait_frames(15)
        for side in ("a", "b"):
            buffers = receiver_buffers(links[side])
            assert type(buffers["video"]) is PromptJitterBuffer
            assert type(buffers["audio"]) is PromptAudioJitterBuffer
            counters = [c for c in stamps[side] if c >= 0]
            assert len(counters) >= 10  # whole frames: the stamps read
            assert counters == sorted(counters)
    finally:
        for drain in drains.values():
            await drain.close()
        for side in ("a", "b"):
            await links[side].close()
            sources[side].close()

"""CallReceived: each remote voice to the speaker under the room's gate, each picture to its tile and
the focused one to the large picture, and a paused picture taken down (synthetic tracks, no network)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources
from app.media.synthetic_audio import ToneAudioTrack
from app.media.synthetic_video import PatternVideoTrack
from app.session.call_received import FRAMES_MEAN_RESUMED, CallReceived


async def until(check: Callable[[], bool], timeout: float = 10.0) -> None:
    async with asyncio.timeout(timeout):
        while not check():
            await asyncio.sleep(0.02)


class Rig:
    def __init__(self, muted: frozenset[str] = frozenset()) -> None:
        self.sources = MediaSources.synthetic((320, 240))
        self.played: dict[str, int] = {}
        self.forgotten: list[str] = []
        self.sources.play_remote_audio = lambda pid, frame: self.played.__setitem__(
            pid, self.played.get(pid, 0) + 1
        )
        self.sources.forget_remote_audio = self.forgotten.append
        self.arrived: dict[tuple[str, str], int] = {}
        self.pictures: list[tuple[str, bool]] = []
        self.observed: set[str] = set()
        self.remote_video = FrameSlot()
        self.received = CallReceived(
            self.sources,
            self.remote_video,
            arrived=lambda pid, kind: self.arrived.__setitem__(
                (pid, kind), self.arrived.get((pid, kind), 0) + 1
            ),
            on_picture=lambda pid, paused: self.pictures.append((pid, paused)),
            audio_gate=lambda pid: pid not in muted,
            frame_observer=lambda pid, frame: self.observed.add(pid),
        )

    def video(self, pid: str) -> None:
        self.received.linked(pid)
        self.received.track(pid, PatternVideoTrack((320, 240), 30))

    def audio(self, pid: str) -> None:
        self.received.track(pid, ToneAudioTrack(440.0))

    async def close(self) -> None:
        await self.received.close()
        self.sources.close()


async def test_every_voice_is_played_as_its_own_unless_the_room_mutes_it() -> None:
    rig = Rig(muted=frozenset({"p-2"}))
    rig.audio("p-1")
    rig.audio("p-2")
    await until(lambda: rig.arrived.get(("p-2", "audio"), 0) >= 5 and rig.played.get("p-1", 0) >= 5)
    assert "p-2" not in rig.played  # arrived (counted) but never played
    await rig.close()


async def test_each_picture_fills_its_tile_and_the_first_linked_fills_the_large_picture() -> None:
    rig = Rig()
    rig.video("p-1")
    rig.video("p-2")
    await until(
        lambda: all(rig.received.slots[p].count > 2 for p in ("p-1", "p-2")) and rig.remote_video.count > 2
    )
    assert rig.received.focus == "p-1" and rig.observed == {"p-1", "p-2"}
    assert rig.arrived[("p-2", "video")] > 0
    await rig.close()


async def test_a_paused_picture_is_taken_down_and_comes_back_when_frames_keep_coming() -> None:
    rig = Rig()
    rig.video("p-1")
    await until(lambda: rig.remote_video.peek() is not None)
    rig.received.picture_told("p-1", paused=True)
    rig.received.picture_told("p-1", paused=True)  # said twice: told once
    assert rig.remote_video.peek() is None and rig.received.slots["p-1"].peek() is None
    assert rig.received.paused == {"p-1"} and not rig.received.drains[("p-1", "video")].rgb_wanted
    # The "resumed" news was lost: more than FRAMES_MEAN_RESUMED frames mean the picture is back.
    await until(lambda: rig.received.paused == set())
    assert rig.pictures == [("p-1", True), ("p-1", False)]
    assert rig.received.drains[("p-1", "video")].frames > FRAMES_MEAN_RESUMED
    await rig.close()


async def test_when_the_focus_leaves_the_large_picture_moves_on_and_their_voice_is_forgotten() -> None:
    rig = Rig()
    rig.video("p-1")
    rig.video("p-2")
    await until(lambda: rig.remote_video.count > 0)
    await rig.received.close_drains("p-1")
    rig.received.forget("p-1", ["p-2"])
    assert rig.received.focus == "p-2" and "p-1" not in rig.received.slots
    assert rig.forgotten == ["p-1"] and rig.remote_video.peek() is None
    await until(lambda: rig.remote_video.peek() is not None)  # p-2's frames now
    await rig.close()


async def test_a_renegotiated_track_replaces_the_drain_and_close_ends_both() -> None:
    rig = Rig()
    rig.video("p-1")
    first = rig.received.drains[("p-1", "video")]
    rig.video("p-1")
    second = rig.received.drains[("p-1", "video")]
    assert second is not first
    await rig.received.close()
    assert rig.received.drains == {}
    assert first.ended and second.ended
    rig.sources.close()

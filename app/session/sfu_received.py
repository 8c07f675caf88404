"""What a media-server call receives, drained: the room's one mixed voice and one picture per feed.

``SfuReceived`` owns the ``TrackDrain`` of every received track, one ``FrameSlot`` per picture shown
(the gallery's tiles) and forwards the focused one's frames into ``remote_video`` (the large picture).
The mixed voice goes to the speaker as the voice ``ROOM_VOICE``; only the mix's link carries sound
(a picture's link answers any sound offered ``inactive``, ``sfu_links.SfuLink.answer_offer``).
Every frame received is told to ``arrived`` (link key, kind) for the quality indicator.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aiortc import MediaStreamTrack

from app.media.frame_slot import FrameSlot, SlotFrame
from app.media.sink import TrackDrain
from app.media.sources import MediaSources

ROOM_VOICE = "room"  # the one mixed voice of the room, as the speaker's mixer knows it
MIX_LINK = "audio"  # the link (and drain) of the room's mix: the only sound played
FrameObserver = Callable[[str, Any], None]  # (participant_id, av.VideoFrame)
Arrived = Callable[[str, str], None]  # (link key, "audio" or "video")


class SfuReceived:
    def __init__(
        self,
        sources: MediaSources,
        remote_video: FrameSlot,
        observer: FrameObserver | None = None,
        *,
        arrived: Arrived = lambda key, kind: None,
    ) -> None:
        self._sources = sources
        self._remote_video = remote_video
        self._observer = observer
        self._arrived = arrived
        self.slots: dict[str, FrameSlot] = {}  # one per picture shown
        self.drains: dict[str, TrackDrain] = {}  # "audio" (the mix) or a feed's participant id
        self.focus: str | None = None

    def track(self, key: str, track: MediaStreamTrack) -> None:
        """A link's track arrived: the mix to the speaker, a picture into its slot."""
        arrived = self._arrived
        if track.kind == "audio":
            if key != MIX_LINK:  # not reached: a picture's link hands on no sound (sfu_links.py)
                return
            play = self._sources.play_remote_audio

            def heard(frame: Any) -> None:
                arrived(MIX_LINK, "audio")
                if play is not None:
                    play(ROOM_VOICE, frame)

            self.drains[MIX_LINK] = TrackDrain(track, on_frame=heard)
            return
        slot = self.slots.get(key)
        if slot is None:
            slot = self.slots[key] = FrameSlot()
            slot.listen(lambda frame: self._to_focus(key, frame))
        observer = self._observer

        def seen(frame: Any) -> None:
            arrived(key, "video")
            if observer is not None:
                observer(key, frame)

        self.drains[key] = TrackDrain(track, slot=slot, on_frame=seen)

    def show_large(self, focus: str | None) -> None:
        """``focus`` is the large picture now: its newest frame at once, the next ones as they come."""
        self.focus = focus
        self._remote_video.clear()
        slot = self.slots.get(focus) if focus is not None else None
        latest = slot.peek() if slot is not None else None
        if latest is not None:
            self._remote_video.forward(latest)

    def _to_focus(self, key: str, frame: SlotFrame) -> None:
        if key == self.focus:
            self._remote_video.forward(frame)  # as decoded: converted only where it is drawn

    async def drop(self, key: str, *, keep_slot: bool) -> None:
        """The link ``key`` closes: its drain goes, and its slot unless it is made again."""
        drain = self.drains.pop(key, None)
        if drain is not None:
            await drain.close()
        if not keep_slot:
            self.slots.pop(key, None)

    async def close(self) -> None:
        for drain in list(self.drains.values()):
            await drain.close()
        self.drains.clear()
        forget = self._sources.forget_remote_audio
        if forget is not None:
            forget(ROOM_VOICE)


__all__ = ["ROOM_VOICE", "SfuReceived"]

"""What a mesh call receives, drained: each participant's voice and picture, and the large picture.

``CallReceived`` owns the ``TrackDrain`` of every remote track, one ``FrameSlot`` per participant
(the gallery's tiles) and forwards the focused participant's frames into ``remote_video`` (the large
picture). Every remote voice goes to the speaker, into a jitter buffer of its own that the speaker's
mixer sums with the others, unless the room state says the participant is muted (``audio_gate``).
A participant who says their picture is paused has their last frame taken down, never left frozen;
a picture that keeps coming means the news that it is back was lost (``on_picture`` hears both).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from aiortc import MediaStreamTrack

from app.media.frame_slot import FrameSlot, SlotFrame
from app.media.sink import TrackDrain
from app.media.sources import MediaSources

FrameObserver = Callable[[str, Any], None]  # (participant_id, av.VideoFrame)

FRAMES_MEAN_RESUMED = 10  # frames from a paused participant that mean its picture is back


class CallReceived:
    """The drains, tiles and focus of one mesh call."""

    def __init__(
        self,
        sources: MediaSources,
        remote_video: FrameSlot,
        *,
        arrived: Callable[[str, str], None],
        on_picture: Callable[[str, bool], None],
        audio_gate: Callable[[str], bool] = lambda participant_id: True,
        frame_observer: FrameObserver | None = None,
    ) -> None:
        self._sources = sources
        self._remote_video = remote_video
        self._arrived = arrived  # (participant id, kind): the monitor counts what comes in
        self._on_picture = on_picture  # (participant id, paused): their picture paused or back
        self._audio_gate = audio_gate  # False: the room state says not to play this participant
        self._frame_observer = frame_observer
        # One newest-frame slot per remote participant (gallery tiles); the focus also fills remote_video.
        self.slots: dict[str, FrameSlot] = {}
        self.drains: dict[tuple[str, str], TrackDrain] = {}
        self._replaced: list[TrackDrain] = []  # drains of tracks a renegotiation superseded
        # Participants who told us their picture is paused: their last frame is taken down, not frozen.
        self.paused: set[str] = set()
        self._frames_while_paused: dict[str, int] = {}
        self.focus: str | None = None

    def linked(self, participant_id: str) -> None:
        """A link to them was made: the first one linked is the large picture."""
        if self.focus is None:
            self.focus = participant_id

    def track(self, participant_id: str, track: MediaStreamTrack) -> None:
        old = self.drains.pop((participant_id, track.kind), None)
        if old is not None:
            self._replaced.append(old)
        if track.kind == "audio":
            # A modified client that keeps sending while muted is still not heard.
            gate, play = self._audio_gate, self._sources.play_remote_audio
            arrived = self._arrived

            def heard(frame: Any) -> None:
                arrived(participant_id, "audio")
                if play is not None and gate(participant_id):
                    play(participant_id, frame)

            self.drains[(participant_id, "audio")] = TrackDrain(track, on_frame=heard)
            return
        observer = self._frame_observer
        slot = self.slots.get(participant_id)
        if slot is None:
            slot = self.slots[participant_id] = FrameSlot()
            slot.listen(lambda frame: self._to_focus(participant_id, frame))
        arrived = self._arrived

        def seen(frame: Any) -> None:
            arrived(participant_id, "video")
            if participant_id in self.paused:
                # A frame or two still on the way after the pause is not shown; a picture that keeps
                # coming means the news that it is back was lost (the signaling was away).
                count = self._frames_while_paused.get(participant_id, 0) + 1
                self._frames_while_paused[participant_id] = count
                if count > FRAMES_MEAN_RESUMED:
                    self.picture_told(participant_id, paused=False)
            if observer is not None:
                observer(participant_id, frame)

        drain = TrackDrain(track, slot=slot, on_frame=seen)
        drain.rgb_wanted = participant_id not in self.paused
        self.drains[(participant_id, "video")] = drain

    def picture_told(self, participant_id: str, *, paused: bool) -> None:
        """The other side paused its picture (or sent it again): never leave its last frame frozen."""
        if paused == (participant_id in self.paused):
            return
        drain = self.drains.get((participant_id, "video"))
        if drain is not None:
            drain.rgb_wanted = not paused
        if paused:
            self.paused.add(participant_id)
            self._frames_while_paused[participant_id] = 0
            self.take_down(participant_id)
        else:
            self.paused.discard(participant_id)
        self._on_picture(participant_id, paused)

    def take_down(self, participant_id: str) -> None:
        """Their picture stopped: their tile and, if they are the focus, the large picture go blank."""
        slot = self.slots.get(participant_id)
        if slot is not None:
            slot.clear()
        if participant_id == self.focus:
            self._remote_video.clear()

    def _to_focus(self, participant_id: str, frame: SlotFrame) -> None:
        if participant_id == self.focus:
            self._remote_video.forward(frame)  # as decoded: converted only where it is drawn

    def unpause(self, participant_id: str) -> None:
        """They left: nothing of theirs is paused any more."""
        self.paused.discard(participant_id)
        self._frames_while_paused.pop(participant_id, None)

    async def close_drains(self, participant_id: str) -> None:
        for kind in ("audio", "video"):
            drain = self.drains.pop((participant_id, kind), None)
            if drain is not None:
                await drain.close()

    def forget(self, participant_id: str, linked: Iterable[str]) -> None:
        """They left: their tile and their voice's buffer go (both are kept over a renegotiation), and
        the large picture moves to the first of the ``linked`` if it was theirs."""
        self.slots.pop(participant_id, None)
        forget = self._sources.forget_remote_audio
        if forget is not None:
            forget(participant_id)
        if self.focus == participant_id:
            self.focus = next(iter(linked), None)
            self._remote_video.clear()

    async def close(self) -> None:
        for drain in [*self.drains.values(), *self._replaced]:
            await drain.close()
        self.drains.clear()
        self._replaced.clear()

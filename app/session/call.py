"""The media side of one consultation: a PeerLink per remote participant, driven by signaling.

All signaling input (admission, joins, leaves, SDP) goes through one inbox processed by one owned
task, so negotiation steps never interleave. The newcomer offers to everyone listed in its
``admitted`` message; others answer. A link whose connection fails is renegotiated from scratch
by the side that offered it (aiortc has no ICE restart), without re-admission.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiortc import MediaStreamTrack
from aiortc.contrib.media import MediaRelay

from app.core.protocol import Admitted, IceServer, Participant, SignalPayload
from app.media.frame_slot import FrameSlot, SlotFrame
from app.media.rate_control import ShapedVideoTrack
from app.media.sink import TrackDrain
from app.media.sources import MediaSources
from app.session.call_monitor import CallMonitor
from app.session.peer import PeerLink, rtc_configuration
from app.session.tasks import TaskOwner

log = logging.getLogger(__name__)

SendSignal = Callable[[str, SignalPayload], Awaitable[None]]
FrameObserver = Callable[[str, Any], None]  # (participant_id, av.VideoFrame)

MAX_RENEGOTIATIONS = 3
STEP_GRACE_S = 5.0  # how long close() waits for a negotiation step in progress


@dataclass(frozen=True, slots=True)
class LinkState:
    """A link's connection state changed (aiortc's connectionState values)."""

    participant_id: str
    state: str


class CallSession:
    """Owns every peer connection of the call and the drains of their remote tracks."""

    def __init__(
        self,
        sources: MediaSources,
        relay: MediaRelay,
        send_signal: SendSignal,
        on_link_state: Callable[[LinkState], None],
        remote_video: FrameSlot,
        *,
        video_codec: str | None = None,
        frame_observer: FrameObserver | None = None,
        audio_gate: Callable[[str], bool] = lambda participant_id: True,
        monitor: CallMonitor | None = None,
    ) -> None:
        # Statistics, the sender's rate rule and the quality indicator of every link (call_monitor.py).
        self.monitor = monitor if monitor is not None else CallMonitor()
        self._sources = sources
        self._audio_gate = audio_gate  # False: the room state says not to play this participant
        # One newest-frame slot per remote participant (gallery tiles); the focus also fills remote_video.
        self.remote_slots: dict[str, FrameSlot] = {}
        self._send = send_signal
        self._on_link_state = on_link_state
        self._remote_video = remote_video
        self._codec = video_codec
        self._frame_observer = frame_observer
        self._relay = relay
        self._ice: list[IceServer] = []
        self._links: dict[str, PeerLink] = {}
        self._drains: dict[tuple[str, str], TrackDrain] = {}
        self._replaced: list[TrackDrain] = []  # drains of tracks a renegotiation superseded
        self._renegotiations: dict[str, int] = {}
        self._focus: str | None = None
        self._inbox: asyncio.Queue[Callable[[], Awaitable[None]] | None] = asyncio.Queue()
        self._tasks = TaskOwner("call")
        self._worker = self._tasks.spawn(self._work(), "inbox")
        self._closed = False
        self._closing: asyncio.Task[None] | None = None

    @property
    def links(self) -> dict[str, PeerLink]:
        return dict(self._links)

    def drain(self, participant_id: str, kind: str) -> TrackDrain | None:
        """The drain of one remote track (``kind`` is "audio" or "video")."""
        return self._drains.get((participant_id, kind))

    # --- signaling input (called from the signaling reader; queued, never awaited there) -------

    def admitted(self, message: Admitted) -> None:
        self._ice = list(message.ice_servers)
        for participant in message.participants:
            self._post(self._offer_step(participant.participant_id))

    def participant_joined(self, participant: Participant) -> None:
        """They will offer to us; nothing to do until the offer arrives."""
        del participant

    def participant_left(self, participant_id: str) -> None:
        self._post(lambda: self._drop(participant_id))

    def signal(self, sender: str, payload: SignalPayload) -> None:
        self._post(lambda: self._on_signal(sender, payload))

    # --- work -----------------------------------------------------------------------------------

    def _offer_step(self, participant_id: str) -> Callable[[], Awaitable[None]]:
        return lambda: self._offer(participant_id)

    def _post(self, step: Callable[[], Awaitable[None]]) -> None:
        if not self._closed:
            self._inbox.put_nowait(step)

    async def _work(self) -> None:
        while (step := await self._inbox.get()) is not None:
            try:
                await step()
            except Exception as exc:  # one bad step must not stop the call
                log.warning("call step failed: %s", type(exc).__name__)
                log.debug("call step traceback", exc_info=exc)

    def _new_link(self, participant_id: str) -> PeerLink:
        video = ShapedVideoTrack(self._relay.subscribe(self._sources.video, buffered=False))
        link = PeerLink(
            participant_id,
            rtc_configuration(self._ice),
            self._relay.subscribe(self._sources.audio, buffered=False),
            video,
            on_track=self._on_track,
            on_state=self._state_changed,
            video_codec=self._codec,
        )
        self._links[participant_id] = link
        self.monitor.attach(participant_id, link.pc, video)
        if self._focus is None:
            self._focus = participant_id
        return link

    async def _offer(self, participant_id: str) -> None:
        await self._drop(participant_id, keep_focus=True)
        link = self._new_link(participant_id)
        offer = await link.make_offer()
        await self._send(participant_id, offer)

    async def _on_signal(self, sender: str, payload: SignalPayload) -> None:
        if payload.kind == "offer" and payload.sdp:
            await self._drop(sender, keep_focus=True)
            link = self._new_link(sender)
            answer = await link.accept_offer(payload.sdp)
            await self._send(sender, answer)
        elif payload.kind == "answer" and payload.sdp:
            offered = self._links.get(sender)
            if offered is not None and offered.offerer:
                await offered.accept_answer(payload.sdp)
        elif payload.kind == "candidate":
            existing = self._links.get(sender)
            if existing is not None:
                await existing.add_candidate(payload)

    def _on_track(self, participant_id: str, track: MediaStreamTrack) -> None:
        old = self._drains.pop((participant_id, track.kind), None)
        if old is not None:
            self._replaced.append(old)
        if track.kind == "audio":
            # Every remote voice goes to the speaker, into a jitter buffer of its own that the speaker's
            # mixer sums with the others, unless the service's room state says this participant is
            # muted: a modified client that keeps sending is still not heard.
            gate, play = self._audio_gate, self._sources.play_remote_audio
            arrived = self.monitor.arrived

            def heard(frame: Any) -> None:
                arrived(participant_id, "audio")
                if play is not None and gate(participant_id):
                    play(participant_id, frame)

            self._drains[(participant_id, "audio")] = TrackDrain(track, on_frame=heard)
            return
        observer = self._frame_observer
        slot = self.remote_slots.get(participant_id)
        if slot is None:
            slot = self.remote_slots[participant_id] = FrameSlot()
            slot.listen(lambda frame: self._to_focus(participant_id, frame))
        arrived = self.monitor.arrived

        def seen(frame: Any) -> None:
            arrived(participant_id, "video")
            if observer is not None:
                observer(participant_id, frame)

        self._drains[(participant_id, "video")] = TrackDrain(track, slot=slot, on_frame=seen)

    def _to_focus(self, participant_id: str, frame: SlotFrame) -> None:
        if participant_id == self._focus:
            self._remote_video.forward(frame)  # as decoded: converted only where it is drawn

    @property
    def focus(self) -> str | None:
        """The participant shown in ``remote_video`` (the speaker tile)."""
        return self._focus

    def set_focus(self, participant_id: str) -> None:
        """Pin a participant to the main tile."""
        if participant_id in self._links:
            self._focus = participant_id

    def _state_changed(self, participant_id: str, state: str) -> None:
        link = self._links.get(participant_id)
        if link is None:
            return
        self._on_link_state(LinkState(participant_id, state))
        if state == "failed" and link.offerer:
            count = self._renegotiations.get(participant_id, 0) + 1
            self._renegotiations[participant_id] = count
            if count <= MAX_RENEGOTIATIONS:
                log.info("link failed; renegotiating (attempt %d)", count)
                self._post(lambda: self._offer(participant_id))

    async def _drop(self, participant_id: str, *, keep_focus: bool = False) -> None:
        link = self._links.pop(participant_id, None)
        self.monitor.detach(participant_id)
        for kind in ("audio", "video"):
            drain = self._drains.pop((participant_id, kind), None)
            if drain is not None:
                await drain.close()
        if link is not None:
            await link.close()
        if not keep_focus:
            self.remote_slots.pop(participant_id, None)
            forget = self._sources.forget_remote_audio
            if forget is not None:
                forget(participant_id)  # they left: their voice's buffer goes (kept over a renegotiation)
        if not keep_focus and self._focus == participant_id:
            self._focus = next(iter(self._links), None)
            self._remote_video.clear()

    async def close(self) -> None:
        """Close every link and drain; idempotent, and a cancelled caller does not interrupt it."""
        if self._closing is None:
            self._closed = True
            self._closing = asyncio.get_running_loop().create_task(self._close(), name="call:close")
        await asyncio.shield(self._closing)

    async def _close(self) -> None:
        # Let a negotiation step in progress finish rather than cancel it: aioice binds its sockets
        # while gathering, and a cancel in the middle of that leaks a socket nobody can close.
        while not self._inbox.empty():
            self._inbox.get_nowait()
        self._inbox.put_nowait(None)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(self._worker), STEP_GRACE_S)
        await self._tasks.close()
        await self.monitor.close()
        for participant_id in list(self._links):
            await self._drop(participant_id)
        for drain in [*self._drains.values(), *self._replaced]:
            await drain.close()
        self._drains.clear()
        self._replaced.clear()

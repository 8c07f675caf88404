"""The media side of one consultation: a PeerLink per remote participant, driven by signaling.

All signaling input (admission, joins, leaves, SDP) goes through one inbox processed by one owned
task, so negotiation steps never interleave. The newcomer offers to everyone listed in its
``admitted`` message; others answer. A link that stops carrying media, fails or is closed under
us is rebuilt from scratch (aiortc has no ICE restart), without re-admission: ``LinkRepair``
watches the links and drives the repair, the side that offered the link offers again and the other
side asks it to with a ``restart`` signal. ``on_link_state`` hears every change ("stalled",
"lost", "flowing" besides aiortc's connection states); ``media_down`` says whose media is missing.
What the links receive (drains, the gallery's tiles, the large picture, paused pictures) is
``CallReceived``'s (``call_received.py``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiortc.contrib.media import MediaRelay

from app.core.protocol import Admitted, IceServer, Participant, SignalPayload
from app.media.frame_slot import FrameSlot
from app.media.rate_control import ShapedVideoTrack
from app.media.relayed_audio import subscribe_audio
from app.media.sink import TrackDrain
from app.media.sources import MediaSources
from app.session.call_monitor import CallMonitor
from app.session.call_received import CallReceived, FrameObserver
from app.session.config import MediaRecovery
from app.session.link_repair import LinkRepair
from app.session.peer import PeerLink, rtc_configuration
from app.session.tasks import TaskOwner

log = logging.getLogger(__name__)

SendSignal = Callable[[str, SignalPayload], Awaitable[bool]]  # False: not delivered to the service

STEP_GRACE_S = 5.0  # how long close() waits for a negotiation step in progress


@dataclass(frozen=True, slots=True)
class LinkState:
    """A link's state changed: aiortc's connectionState values, or the watchdog's "stalled" (no media
    in), "lost" (being rebuilt) and "flowing" (media in again on the same link)."""

    participant_id: str
    state: str


class CallSession:
    """Owns every peer connection of the call and what they receive (``received``)."""

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
        recovery: MediaRecovery | None = None,
    ) -> None:
        # Statistics, the sender's rate rule and the quality indicator of every link (call_monitor.py).
        self.monitor = monitor if monitor is not None else CallMonitor()
        self._sources = sources
        self._send = send_signal
        self._on_link_state = on_link_state
        self._codec = video_codec
        self._relay = relay
        self._ice: list[IceServer] = []
        self._links: dict[str, PeerLink] = {}
        # Each remote voice and picture, the gallery's tiles and the large picture (call_received.py).
        self.received = CallReceived(
            sources,
            remote_video,
            arrived=self.monitor.arrived,
            on_picture=lambda pid, paused: self._on_link_state(
                LinkState(pid, "paused" if paused else "resumed")
            ),
            audio_gate=audio_gate,
            frame_observer=frame_observer,
        )
        # Old links closing in the background: closing one whose network is gone can take ~40 s
        # (aioice waits for the TURN server to confirm the deallocation), and nothing waits on that.
        self._retiring: set[asyncio.Task[None]] = set()
        self._offered: dict[str, bool] = {}  # per participant: we offered the link (and rebuild it)
        # Our picture paused or back on a link (the rate rule's audio only): the other side is told.
        self.monitor.on_picture = self._picture_changed
        self._inbox: asyncio.Queue[Callable[[], Awaitable[object]] | None] = asyncio.Queue()
        self._tasks = TaskOwner("call")
        self._worker = self._tasks.spawn(self._work(), "inbox")
        self.repair = LinkRepair(
            recovery or MediaRecovery(),
            lambda: self._links,
            offerer=lambda pid: self._offered.get(pid, False),
            rebuild=self._rebuild,
            ask=lambda pid: self._send(pid, SignalPayload(kind="restart")),
            report=self._media_changed,
        )
        self._tasks.spawn(self.repair.watch(), "watch")
        self._closed = False
        self._closing: asyncio.Task[None] | None = None

    @property
    def links(self) -> dict[str, PeerLink]:
        return dict(self._links)

    def drain(self, participant_id: str, kind: str) -> TrackDrain | None:
        """The drain of one remote track (``kind`` is "audio" or "video")."""
        return self.received.drains.get((participant_id, kind))

    @property
    def remote_slots(self) -> dict[str, FrameSlot]:
        """One newest-frame slot per remote participant (the gallery's tiles)."""
        return self.received.slots

    @property
    def paused(self) -> set[str]:
        """Participants who told us their picture is paused."""
        return self.received.paused

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
        if payload.kind in ("video_paused", "video_resumed"):
            self.received.picture_told(sender, paused=payload.kind == "video_paused")
            return
        if payload.kind == "restart":  # their side of our link is gone: offer again now
            if sender in self._links and self._offered.get(sender, False):
                self.repair.lost(sender, "the other side asked")
                self.repair.kick(sender)
            return
        self._post(lambda: self._on_signal(sender, payload))

    def reconnected(self) -> None:
        """Our signaling is back after an outage: every repair tries at once."""
        self.repair.kick(reset=True)

    def network_changed(self) -> None:
        """This computer's network changed: every link is rebuilt now, from the new address."""
        for pid in list(self._links):
            self.repair.lost(pid, "the network changed")
        self.repair.kick(reset=True)

    def retry(self) -> None:
        """The user said "try again": every link that is down is rebuilt now, backoff from the start."""
        for pid in self.media_down:
            self.repair.lost(pid, "the user asked")
        self.repair.kick(reset=True)

    def continue_audio_only(self) -> None:
        """The recovery choice: the rate rule's audio only on every link (kept over rebuilds, undone by
        ``monitor.choose_audio_only(False)``), and the links that are down are rebuilt now."""
        self.monitor.choose_audio_only(True)
        self.retry()

    @property
    def picture_paused(self) -> bool:
        """Whether our picture is paused (audio only) on any link."""
        return self.monitor.picture_paused

    def _picture_changed(self, participant_id: str, paused: bool) -> None:
        payload = SignalPayload(kind="video_paused" if paused else "video_resumed")
        self._post(lambda: self._send(participant_id, payload))

    @property
    def media_down(self) -> set[str]:
        """Participants whose media is stalled or being rebuilt."""
        return self.repair.down() & set(self._links)

    # --- work -----------------------------------------------------------------------------------

    def _offer_step(self, participant_id: str) -> Callable[[], Awaitable[object]]:
        return lambda: self._offer(participant_id)

    def _post(self, step: Callable[[], Awaitable[object]]) -> None:
        if not self._closed:
            self._inbox.put_nowait(step)

    async def _work(self) -> None:
        while (step := await self._inbox.get()) is not None:
            try:
                await step()
            except Exception as exc:  # one bad step must not stop the call
                log.warning("call step failed: %s", type(exc).__name__)
                log.debug("call step traceback", exc_info=exc)

    def _new_link(self, participant_id: str, *, offerer: bool, rebuilt: bool = False) -> PeerLink:
        # The rate rule's level shapes the picture, down to none at all (audio only).
        video = ShapedVideoTrack(self._relay.subscribe(self._sources.video, buffered=False))
        # A rebuilt link uses TURN over TCP (aiortc takes one TURN address): the network that broke the
        # link may block UDP, and a TURN allocation over blocked UDP holds up gathering for ~40 s.
        # Direct UDP paths are still tried first where they work. Both sides: the answering side may
        # not have noticed anything (its own packets are the ones blocked), so an offer that replaces a
        # link means a rebuild too.
        rebuilt = rebuilt or self.repair.attempts(participant_id) > 0
        link = PeerLink(
            participant_id,
            rtc_configuration(self._ice, turn_over_tcp=rebuilt),
            subscribe_audio(self._relay, self._sources.audio),  # every frame, even read late
            video,
            on_track=self.received.track,
            on_state=self._state_changed,
            video_codec=self._codec,
        )
        self._links[participant_id] = link
        self.monitor.attach(participant_id, link.pc, video)
        self._offered[participant_id] = offerer
        self.repair.new_link(participant_id)
        self.received.linked(participant_id)
        return link

    async def _offer(self, participant_id: str) -> bool:
        await self._drop(participant_id, keep_focus=True)
        link = self._new_link(participant_id, offerer=True)
        began = asyncio.get_running_loop().time()
        offer = await link.make_offer()
        log.debug("made an offer in %.1f s", asyncio.get_running_loop().time() - began)
        return await self._send(participant_id, offer)

    async def _rebuild(self, participant_id: str) -> bool:
        """One repair attempt: a new link offered through the inbox; whether the offer was sent."""
        done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

        async def step() -> None:
            sent = False
            try:
                sent = participant_id in self._links and await self._offer(participant_id)
            finally:
                if not done.done():
                    done.set_result(sent)

        self._post(step)
        if self._closed:
            return False
        return await done

    async def _on_signal(self, sender: str, payload: SignalPayload) -> None:
        if payload.kind == "offer" and payload.sdp:
            rebuilt = sender in self._links  # a new offer for a link we have: the other side rebuilds it
            await self._drop(sender, keep_focus=True)
            link = self._new_link(sender, offerer=False, rebuilt=rebuilt)
            began = asyncio.get_running_loop().time()
            answer = await link.accept_offer(payload.sdp)
            log.debug("answered an offer in %.1f s", asyncio.get_running_loop().time() - began)
            await self._send(sender, answer)
        elif payload.kind == "answer" and payload.sdp:
            offered = self._links.get(sender)
            if offered is not None and offered.offerer:
                await offered.accept_answer(payload.sdp)
        elif payload.kind == "candidate":
            existing = self._links.get(sender)
            if existing is not None:
                await existing.add_candidate(payload)

    @property
    def focus(self) -> str | None:
        """The participant shown in ``remote_video`` (the speaker tile)."""
        return self.received.focus

    def set_focus(self, participant_id: str) -> None:
        """Pin a participant to the main tile."""
        if participant_id in self._links:
            self.received.focus = participant_id

    def _media_changed(self, participant_id: str, state: str) -> None:
        """The watchdog's news. A picture that stopped is taken down, never left frozen."""
        if state in ("stalled", "lost"):
            self.received.take_down(participant_id)
        self._on_link_state(LinkState(participant_id, state))

    def _state_changed(self, participant_id: str, state: str) -> None:
        if participant_id not in self._links:
            return
        self._on_link_state(LinkState(participant_id, state))
        if state in ("failed", "closed"):  # aiortc's consent check closes, not fails, a quiet link
            self.repair.lost(participant_id, state)

    async def _drop(self, participant_id: str, *, keep_focus: bool = False) -> None:
        link = self._links.pop(participant_id, None)
        self.monitor.detach(participant_id, gone=not keep_focus)
        if not keep_focus:
            self._offered.pop(participant_id, None)
            self.repair.forget(participant_id)
            self.received.unpause(participant_id)
        await self.received.close_drains(participant_id)
        if link is not None:
            task = asyncio.get_running_loop().create_task(link.close(), name="call:close_link")
            self._retiring.add(task)
            task.add_done_callback(self._retiring.discard)
        if not keep_focus:
            self.received.forget(participant_id, self._links)

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
        await self.repair.close()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(self._worker), STEP_GRACE_S)
        await self._tasks.close()
        await self.monitor.close()
        for participant_id in list(self._links):
            await self._drop(participant_id)
        await self.received.close()
        if self._retiring:
            _done, late = await asyncio.wait(set(self._retiring), timeout=STEP_GRACE_S)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)


__all__ = ["CallSession", "FrameObserver", "LinkState", "SendSignal"]

"""The media side of a consultation in a room whose media goes through the media server (Janus).

Beside the mesh ``CallSession`` (app/session/call.py), with the same face towards the consultation
and the UI: ``remote_slots`` (one newest-frame slot per picture shown), ``focus`` and ``remote_video``
(the large picture), ``media_down``, ``on_link_state`` news, ``close()``. Underneath it is different:

- one AudioBridge link (our voice in, the room's one mixed voice back, played as the room's voice
  ``ROOM_VOICE``), one VideoRoom publisher link (our picture, sent once however many watch), and one
  receive-only link per picture shown — chosen by the last-N rule (``SfuView``, ``app.core.last_n``)
  from the feeds the service lists (``sfu_feeds``), who talks (``sfu_talking``), the hosts and
  presenter (the room state), the pinned participant and N (the layout and window size, ``set_view``);
- every SDP goes to the service (``sfu_publish`` / ``sfu_subscribe`` + ``sfu_start`` /
  ``sfu_unsubscribe``), which alone talks to Janus; nobody offers to a peer;
- ``moved()`` (``sfu_moved``: the media server was replaced) closes every link and publishes and
  subscribes again, without knocking; a link that fails is made again the same way, after a pause
  (one step at a time per link: ``LinkSteps``, ``link_steps.py``).

``monitor`` (``CallMonitor``) fits our picture to our uplink and grades every link for the quality
indicator (``on_quality``): our audio and video publications together as our own link to the media
server (``OWN_LINK_ID``, ``Measured.OWN_LINK``), and each picture received by its subscription's
receive figures (``Measured.FROM_SERVER``: the way from the media server to us only — the sender's own
uplink and the round trip of a receive-only link cannot be known here).

The host's mute and video-off act on the sent tracks as in the mesh (and the service enforces them in
Janus too). A video publication the service refuses (an auditorium guest without leave to speak) is
tried again when the room state changes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Iterable

from aiortc import MediaStreamTrack
from aiortc.contrib.media import MediaRelay

from app.core.call_quality import OWN_LINK_ID, LinkQuality, Measured
from app.core.errors import ErrorCode
from app.core.protocol import Admitted, IceServer, SfuFeeds, SfuMoved, SfuTalking
from app.media.frame_slot import FrameSlot
from app.media.rate_control import ShapedVideoTrack
from app.media.relayed_audio import subscribe_audio
from app.media.sink import TrackDrain
from app.media.sources import MediaSources
from app.session.call import FrameObserver, LinkState
from app.session.call_monitor import CallMonitor
from app.session.errors import SessionError
from app.session.link_steps import LinkSteps
from app.session.peer import rtc_configuration
from app.session.sfu_links import SfuLink
from app.session.sfu_media import SfuRequests
from app.session.sfu_received import ROOM_VOICE, SfuReceived
from app.session.sfu_view import SfuView
from app.session.tasks import TaskOwner

log = logging.getLogger(__name__)

PUBLICATIONS = ("audio", "video")
STEP_GRACE_S = 5.0  # how long close() lets a negotiation in progress finish


class SfuCallSession:
    """Owns the media-server links of one call and the drains of what they receive."""

    def __init__(
        self,
        sources: MediaSources,
        relay: MediaRelay,
        requests: SfuRequests,
        on_link_state: Callable[[LinkState], None],
        remote_video: FrameSlot,
        *,
        hosts_and_presenter: Callable[[], tuple[set[str], str | None]] = lambda: (set(), None),
        may_speak: Callable[[], bool] = lambda: True,
        video_codec: str | None = None,
        frame_observer: FrameObserver | None = None,
        monitor: CallMonitor | None = None,
        on_quality: Callable[[LinkQuality], None] = lambda quality: None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.monitor = monitor if monitor is not None else CallMonitor()
        # Told of each verdict of the indicator; settable, for whoever wires the call after making it.
        self.on_quality = on_quality
        self.monitor.set_on_quality(lambda quality: self.on_quality(quality))
        self._sources = sources
        self._relay = relay
        self._requests = requests
        self._on_link_state = on_link_state
        self.view = SfuView(hosts_and_presenter, clock)
        self._may_speak = may_speak  # the room state lets us speak (an auditorium guest: once let)
        self._codec = video_codec
        self._ice: list[IceServer] = []
        self.received = SfuReceived(sources, remote_video, frame_observer, arrived=self.monitor.arrived)
        self.paused: set[str] = set()  # (the mesh's paused pictures; the media server has none)
        self._links: dict[str, SfuLink] = {}  # "audio", "video", or a feed's participant id
        self._video_refused = False  # the service refused our picture (an auditorium guest)
        self._tasks = TaskOwner("sfu-call")
        # One step at a time per link key, and a failed link made again after a pause (link_steps.py).
        self._steps = LinkSteps(self._tasks, self._step, self._wanted)
        self._closed = False
        self._closing: asyncio.Task[None] | None = None

    # --- what the consultation and the UI read --------------------------------------------------

    @property
    def links(self) -> dict[str, SfuLink]:
        return dict(self._links)

    @property
    def remote_slots(self) -> dict[str, FrameSlot]:
        """One newest-frame slot per picture received (the gallery's tiles)."""
        return self.received.slots

    def drain(self, key: str, kind: str = "video") -> TrackDrain | None:
        """The drain of the room's voice (``kind`` "audio") or of one feed's picture."""
        return self.received.drains.get("audio" if kind == "audio" else key)

    @property
    def media_down(self) -> set[str]:
        """The links not (yet, or no longer) connected."""
        return {key for key, link in self._links.items() if not link.connected}

    @property
    def picture_paused(self) -> bool:
        return False

    @property
    def focus(self) -> str | None:
        return self.view.focus

    @property
    def speaker(self) -> str | None:
        """Who is talking now (the one who started last), from the media server's talking events."""
        return self.view.history.active()

    @property
    def feeds(self) -> list[str]:
        return self.view.feeds

    @property
    def shown(self) -> list[str]:
        """The pictures received now, in the order to lay them out."""
        return self.view.shown

    def set_focus(self, participant_id: str) -> None:
        """Pin a participant: always received, and the large picture."""
        self.set_view(self.view.n, participant_id)

    # --- input from the service and the UI ------------------------------------------------------

    def admitted(self, message: Admitted) -> None:
        self._ice = list(message.ice_servers)
        for kind in PUBLICATIONS:
            self._start(kind)

    def handle(self, message: SfuFeeds | SfuTalking | SfuMoved) -> None:
        """The media server's news from the service."""
        match message:
            case SfuFeeds(feeds=feeds):
                self.set_feeds(f.participant_id for f in feeds if f.video)
            case SfuTalking(participant_id=pid, talking=talking):
                self.talking(pid, talking)
            case SfuMoved():
                self.moved()

    def set_feeds(self, feeds: Iterable[str]) -> None:
        """``sfu_feeds``: the pictures this client may receive."""
        self.view.set_feeds(feeds)
        self._reselect()

    def talking(self, participant_id: str, talking: bool) -> None:
        """``sfu_talking``: someone started or stopped talking."""
        self.view.talking(participant_id, talking)
        self._reselect()

    def room_changed(self) -> None:
        """The room state changed (hosts, presenter, leave to speak): a picture refused before is
        published once the room state lets us speak, not asked again at every change."""
        if self._video_refused and not self._steps.busy("video") and self._may_speak():
            self._video_refused = False
            self._start("video")
        self._reselect()

    def set_view(self, n: int, pinned: str | None = None) -> None:
        """How many pictures the layout and window have room for, and who is pinned."""
        self.view.set_view(n, pinned)
        self._reselect()

    def participant_left(self, participant_id: str) -> None:
        self.view.forget(participant_id)
        self._reselect()

    def moved(self) -> None:
        """``sfu_moved``: the media server was replaced; every link is made again."""
        for key in [*PUBLICATIONS, *self.shown]:
            self._start(key)

    def reconnected(self) -> None:
        """Our connection to the service is back: links that are down are made again now."""
        for key in self.media_down:
            self._start(key)

    def network_changed(self) -> None:
        self.moved()

    def retry(self) -> None:
        self.reconnected()

    def continue_audio_only(self) -> None:
        """The media server sends each picture once; audio only here means receiving no pictures."""
        self.set_view(1)
        self.monitor.choose_audio_only(True)

    def signal(self, sender: str, payload: object) -> None:
        """Peer signals mean nothing here (the service refuses them in a media-server room)."""
        del sender, payload

    # --- choosing what to receive ---------------------------------------------------------------

    def _reselect(self) -> None:
        if self._closed:
            return
        added, removed, focus_changed = self.view.update()
        for pid in removed:
            self._start(pid, keep=False)
        for pid in added:
            self._start(pid)
        if focus_changed:
            self.received.show_large(self.view.focus)

    # --- making and closing links (one step at a time per key) ----------------------------------

    def _start(self, key: str, *, keep: bool = True) -> None:
        """Close the link ``key`` (if any) and, with ``keep``, make it again; after any step in progress."""
        if self._closed:
            return
        self._steps.start(key, keep=keep)

    async def _step(self, key: str, keep: bool) -> None:
        await self._drop(key, tell=not keep)
        if keep and self._wanted(key):
            await self._make(key)

    def _wanted(self, key: str) -> bool:
        return key in PUBLICATIONS or key in self.shown

    async def _make(self, key: str) -> None:
        link = SfuLink(key, rtc_configuration(self._ice), on_track=self.received.track, on_state=self._state)
        self._links[key] = link
        try:
            if key in PUBLICATIONS:
                await self._publish(link, key)
            else:
                sdp = await self._requests.subscribe(key)
                await self._requests.start(key, await link.answer_offer(sdp))
                # Graded by what it receives (the way from the media server to us); steers nothing.
                self.monitor.attach(key, link.pc, None, steer=False, measured=Measured.FROM_SERVER)
            self._steps.succeeded(key)
        except SessionError as refusal:
            await self._drop(key, tell=False)
            if key == "video" and refusal.code is ErrorCode.FORBIDDEN:
                self._video_refused = True  # tried again when the room state changes
            else:  # a feed listed before its picture reached the media server, or a passing failure
                what = key if key in PUBLICATIONS else "feed"
                log.info("media server link %s refused: %s", what, refusal.code.value)
                self._steps.retry_later(key)

    async def _publish(self, link: SfuLink, kind: str) -> None:
        own, measured = OWN_LINK_ID, Measured.OWN_LINK  # both publications graded together: our own link
        if kind == "audio":
            track: MediaStreamTrack = subscribe_audio(self._relay, self._sources.audio)
            # Our voice out, the mix back: its loss and the mix's jitter. Not its round trip: Janus's
            # AudioBridge receiver reports gave 3.6 s on loopback where the VideoRoom's gave 0.1-0.25 s
            # (scripts/sfu_screenshots.py, 2026-12-03); the publication's round trip is the one graded.
            self.monitor.attach(
                "audio", link.pc, None, steer=False, round_trip=False, shown_as=own, measured=measured
            )
        else:
            track = ShapedVideoTrack(self._relay.subscribe(self._sources.video, buffered=False))
            # fits our picture to our uplink
            self.monitor.attach("video", link.pc, track, shown_as=own, measured=measured)
        offer = await link.publish_offer(track, video_codec=self._codec)
        await link.accept_answer(await self._requests.publish(kind, offer))

    async def _drop(self, key: str, *, tell: bool) -> None:
        link = self._links.pop(key, None)
        self.monitor.detach(key, gone=True)
        gone = key not in PUBLICATIONS and key not in self.shown
        await self.received.drop(key, keep_slot=not gone)
        if link is not None:
            await link.close()
        if gone and tell and link is not None:
            with contextlib.suppress(SessionError):
                await self._requests.unsubscribe(key)

    def _state(self, key: str, state: str) -> None:
        self._on_link_state(LinkState(key, state))
        if state in ("failed", "closed") and not self._steps.busy(key):
            self._steps.retry_later(key)

    # --- closing --------------------------------------------------------------------------------

    async def close(self) -> None:
        """Close every link and drain; idempotent."""
        if self._closing is None:
            self._closed = True
            self._steps.stop()
            self._closing = asyncio.get_running_loop().create_task(self._close(), name="sfu-call:close")
        await asyncio.shield(self._closing)

    async def _close(self) -> None:
        # A negotiation in progress is let finish (a cancel mid-gathering leaks aioice's sockets).
        steps = self._steps.in_progress()
        if steps:
            await asyncio.wait(steps, timeout=STEP_GRACE_S)
        await self._tasks.close()
        await self.monitor.close()
        for key in list(self._links):
            await self._drop(key, tell=False)
        await self.received.close()


__all__ = ["ROOM_VOICE", "SfuCallSession"]

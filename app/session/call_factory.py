"""Making a consultation's call on the route its media takes: peer to peer, or through the media server.

``admitted`` says the route. Peer to peer (``MediaRoute.P2P``) makes a mesh ``CallSession``: a link
to each participant, peer signals relayed by the service, each link's quality told to the user
(``CallQualityChanged``), the room state deciding whose audio is played. Through the media server
(``MediaRoute.SFU``) makes an ``SfuCallSession``: its requests go to the service for the room, the
room state says who is always seen (hosts, presenter) and whether this user may publish; its monitor
fits our picture to our own uplink and grades our own link and each picture received, told as
``CallQualityChanged`` too. Either way the camera and microphone are opened first.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from app.core.protocol import ClientMessage, ServerMessage, SignalPayload
from app.core.room_types import MediaRoute
from app.media.frame_slot import FrameSlot
from app.session.config import SessionConfig
from app.session.events import CallQualityChanged, EventSink
from app.session.own_media import OwnMedia

if TYPE_CHECKING:  # aiortc and PyAV load with the first call
    from app.session.call import CallSession, FrameObserver, LinkState
    from app.session.sfu_call import SfuCallSession

SendSignal = Callable[[str, SignalPayload], Awaitable[bool]]
Request = Callable[[ClientMessage], Awaitable[ServerMessage]]


class CallFactory:
    """``factory(route, on_link_state)`` makes the call for ``route`` (``call_keeper.Make``)."""

    def __init__(
        self,
        config: SessionConfig,
        media: OwnMedia,
        remote_video: FrameSlot,
        on_event: EventSink,
        *,
        send_signal: SendSignal,
        request: Request,
        room_id: Callable[[], str | None],
        audio_gate: Callable[[str], bool],
        hosts_and_presenter: Callable[[], tuple[set[str], str | None]],
        may_speak: Callable[[], bool],
        frame_observer: FrameObserver | None = None,
    ) -> None:
        self._config = config
        self._media = media
        self._remote_video = remote_video
        self._on_event = on_event
        self._send_signal = send_signal
        self._request = request
        self._room_id = room_id
        self._audio_gate = audio_gate
        self._hosts_and_presenter = hosts_and_presenter
        self._may_speak = may_speak
        self._frame_observer = frame_observer

    def __call__(
        self, route: MediaRoute, on_link_state: Callable[[LinkState], None]
    ) -> CallSession | SfuCallSession:
        if route is MediaRoute.SFU:
            return self._sfu(on_link_state)
        return self._mesh(on_link_state)

    def _mesh(self, on_link_state: Callable[[LinkState], None]) -> CallSession:
        from app.session.call import CallSession
        from app.session.call_monitor import CallMonitor

        sources = self._media.start()
        return CallSession(
            sources,
            self._media.relay,
            self._send_signal,
            on_link_state,
            self._remote_video,
            video_codec=self._config.video_codec,
            frame_observer=self._frame_observer,
            audio_gate=self._audio_gate,
            monitor=CallMonitor(
                lambda q: self._on_event(CallQualityChanged(q)), poor_link=self._config.poor_link
            ),
            recovery=self._config.recovery,
        )

    def _sfu(self, on_link_state: Callable[[LinkState], None]) -> SfuCallSession:
        from app.session.call_monitor import CallMonitor
        from app.session.sfu_call import SfuCallSession
        from app.session.sfu_media import SfuRequests

        sources = self._media.start()
        room_id = self._room_id()
        assert room_id is not None  # admitted to a room
        return SfuCallSession(
            sources,
            self._media.relay,
            SfuRequests(self._request, room_id),
            on_link_state,
            self._remote_video,
            hosts_and_presenter=self._hosts_and_presenter,
            may_speak=self._may_speak,
            video_codec=self._config.video_codec,
            frame_observer=self._frame_observer,
            # The monitor fits our picture to our uplink and grades our own link and each picture
            # received (``Measured``), which the indicator words as such (docs/architecture.md).
            monitor=CallMonitor(poor_link=self._config.poor_link),
            on_quality=lambda q: self._on_event(CallQualityChanged(q)),
        )


async def watch_network(on_change: Callable[[], None]) -> None:
    """Call ``on_change`` when this computer's network changes, until cancelled (``network_watch``)."""
    from app.session.network_watch import NetworkWatch  # aioice: loaded with the first call

    await NetworkWatch(on_change).run()

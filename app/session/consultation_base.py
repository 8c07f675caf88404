"""What both consultation facades share: login, signaling, media switches, the call, obeying the host.

Each facade is given its service API client and the factory of its signaling connection (the
composition root passes the real ones, tests may pass others; left out, the real ones are made from
the config), owns its media sources and its call; it emits plain ``SessionEvent`` objects to the
``on_event`` callback it was given and exposes two ``FrameSlot`` objects (self view and remote
video) for the UI to draw from. The call lifecycle is the table in ``app.core.call_state``;
``history`` keeps every state entered. ``close()`` is idempotent. Media that stays away longer than
``config.recovery.give_up_s`` gives the user a choice (``retry_media``, ``continue_audio_only``,
``hang_up``); the links are repaired meanwhile (``app.session.link_repair``).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from app.core.call_state import CallEvent, CallState, new_call_machine
from app.core.errors import ErrorCode
from app.core.protocol import (
    Admitted,
    ClientMessage,
    Denied,
    Error,
    Leave,
    LeftReason,
    LobbyUpdate,
    LoginResponse,
    Participant,
    ParticipantJoined,
    ParticipantLeft,
    QueueUpdate,
    Role,
    ServerMessage,
    Signal,
    SignalFrom,
    SignalPayload,
    UserInfo,
)
from app.core.protocol.moderation import (
    CallEndedForAll,
    Kicked,
    MediaControl,
    RoomClosed,
    RoomState,
    SentToLobby,
)
from app.core.protocol.sfu import SfuFeeds, SfuMoved, SfuTalking
from app.core.room_types import MediaRoute
from app.core.state_machine import StateMachine
from app.media.frame_slot import FrameSlot
from app.media.heap import release_freed_memory
from app.session.api import ServiceApi
from app.session.config import SessionConfig
from app.session.errors import SessionError
from app.session.events import (
    CallEnded,
    CallQualityChanged,
    CallStateChanged,
    DevicesMissing,
    EndReason,
    EventSink,
    LobbyPositionChanged,
    ParticipantGone,
    ParticipantsChanged,
    PicturePaused,
    QueueChanged,
    RoomWasClosed,
    ServiceConnectionChanged,
    SessionFailed,
    TalkingWhileMuted,
)
from app.session.moderation import RoomModeration
from app.session.moderation_events import HostAction, HostActionApplied, SentBackToLobby
from app.session.presenting import Presenter
from app.session.recovery_deadline import RecoveryDeadline
from app.session.signaling import SignalingClient
from app.session.tasks import TaskOwner
from app.session.wiring import SignalingFactory, real_signaling

if TYPE_CHECKING:  # aiortc and PyAV load with the first media (_start_media), not with the window
    from aiortc.contrib.media import MediaRelay
    from aiortc.mediastreams import MediaStreamTrack

    from app.media.sink import TrackDrain
    from app.media.sources import MediaSources
    from app.session.call import CallSession, FrameObserver, LinkState
    from app.session.sfu_call import SfuCallSession

log = logging.getLogger(__name__)

_LIVE = (CallState.CONNECTING, CallState.IN_CALL, CallState.RECONNECTING)


class Consultation:
    """What both roles share: login, signaling, media switches, hang-up, close."""

    ROLE: Role
    MEDIA_AT_LOGIN = True  # the patient's self view and pre-call check need the camera before the call

    def __init__(
        self,
        config: SessionConfig,
        on_event: EventSink,
        *,
        sources_factory: Callable[[FrameSlot], MediaSources],
        frame_observer: FrameObserver | None = None,
        api: ServiceApi | None = None,
        signaling: SignalingFactory = real_signaling,
    ) -> None:
        self.config = config
        self._on_event = on_event
        # The factory gets the self-view slot to fill. There is no default: the composition root gives
        # the devices (app.media.devices) or, for the demo and tests, synthetic media.
        self._sources_factory = sources_factory
        self._frame_observer = frame_observer
        self.local_video = FrameSlot()
        self.remote_video = FrameSlot()
        self.user: UserInfo | None = None
        self.participants: list[Participant] = []
        self.participant_id: str | None = None
        self.room_id: str | None = None
        self.microphone_enabled = True
        self.camera_enabled = True
        self.end_reason: EndReason | None = None
        self.history: list[CallState] = []
        self._api = api if api is not None else ServiceApi(config.service_url)
        self._signaling_factory = signaling
        self._signaling: SignalingClient | None = None
        self._sources: MediaSources | None = None
        self._relay_made: MediaRelay | None = None  # made with the first media
        self._preview: TrackDrain | None = None
        self._call: CallSession | SfuCallSession | None = None
        self._retiring: list[CallSession | SfuCallSession] = []  # ended calls whose links are still closing
        # How the call's media travels (from ``admitted``): peer to peer, or through the media server.
        self.media_route = MediaRoute.P2P
        # What the layout has room for (media-server rooms receive only the pictures they show).
        self._view: tuple[int, str | None] = (9, None)
        self._network_watch: asyncio.Task[None] | None = None  # runs while there is a call
        self._tasks = TaskOwner(f"{self.ROLE.value}-consultation")
        self._deadline = RecoveryDeadline(config.recovery.give_up_s, on_event, self._tasks)
        self._machine = self._new_machine()
        self._closed = False
        self.moderation = RoomModeration(
            self._request, self._on_event, self._force_off, lambda: self.room_id, lambda: self.participant_id
        )
        # Presenting a screen, a window or a PDF page in place of the camera (app/session/presenting.py).
        self.presenter = Presenter(
            lambda: self._sources.video if self._sources is not None else None,
            self._request,
            lambda: self.room_id if self.state in _LIVE else None,
        )
        self._camera_before_presenting: bool | None = None

    # --- state ----------------------------------------------------------------------------------

    @property
    def state(self) -> CallState:
        return self._machine.state

    @property
    def call(self) -> CallSession | SfuCallSession | None:
        return self._call

    def set_view(self, shown: int, pinned: str | None = None) -> None:
        """How many pictures the layout and window have room for, and who is pinned: in a media-server
        room only those are received (the last-N rule, app/core/last_n.py)."""
        self._view = (shown, pinned)
        from app.session.sfu_call import SfuCallSession

        if isinstance(self._call, SfuCallSession):
            self._call.set_view(shown, pinned)

    @property
    def _relay(self) -> MediaRelay:
        if self._relay_made is None:
            from aiortc.contrib.media import MediaRelay

            self._relay_made = MediaRelay()
        return self._relay_made

    @property
    def api(self) -> ServiceApi:
        return self._api

    def _new_machine(self) -> StateMachine[CallState, CallEvent]:
        machine = new_call_machine()
        self.history.append(machine.state)
        machine.observe(self._moved)
        return machine

    def _moved(self, old: CallState, event: CallEvent, new: CallState) -> None:
        del event
        self.history.append(new)
        self._on_event(CallStateChanged(old, new))
        self._deadline.entered(new)

    def _fire(self, event: CallEvent) -> bool:
        if not self._machine.can(event):
            return False
        self._machine.fire(event)
        return True

    # --- login and media ----------------------------------------------------------------------

    async def login_with(self, login: LoginResponse) -> UserInfo:
        """Use a login already obtained (BankID, OpenID Connect, a resumed session); open signaling.

        The role is the service's; a build for the other role is refused before anything connects.
        """
        if login.user.role is not self.ROLE:
            raise SessionError(ErrorCode.FORBIDDEN, "this build is for another role")
        self._api.use_token(login.access_token)
        if self.config.keep_fresh is not None:
            self.config.keep_fresh(self._api)  # renewed before expiry; closed with the API
        return await self._open_signaling()

    async def login_test(self, name: str) -> UserInfo:
        """Log in with the dev-mode test identity and open the signaling connection."""
        await self._api.login_test(name, self.ROLE)
        return await self._open_signaling()

    async def _open_signaling(self) -> UserInfo:
        signaling = self._signaling_factory(self._api, self._handle, self._connection_changed)
        self.user = await signaling.start()
        self._signaling = signaling
        if self.MEDIA_AT_LOGIN:
            self._start_media()
        return self.user

    def _start_media(self) -> None:
        if self._sources is None:
            from app.media.sink import TrackDrain

            if self.config.loopback_only:  # before any ICE gathering, so only once media starts
                from app.media.host_addresses import restrict_ice_host_addresses

                restrict_ice_host_addresses(["127.0.0.1"])
            self._sources = self._sources_factory(self.local_video)
            # Started again for a later call: send what the user left switched on, no more.
            self._sources.set_microphone_enabled(self.microphone_enabled)
            self._sources.video.enabled = self.camera_enabled
            # Keeps the camera running for the self view (the patient's before and between calls);
            # the source fills ``local_video`` itself, so this drain converts nothing.
            self._preview = TrackDrain(self._relay.subscribe(self._sources.video, buffered=False))
            self._sources.muted_talk_listeners.append(lambda: self._on_event(TalkingWhileMuted()))
            self._sources.missing_listeners.append(self._devices_changed)
            if any(self._sources.missing):
                self._on_event(DevicesMissing(*self._sources.missing))

    def _devices_changed(self, camera_missing: bool, microphone_missing: bool) -> None:
        """A camera or microphone went missing or was plugged in: tell the user and the room."""
        self._on_event(DevicesMissing(camera_missing, microphone_missing))
        self._report_media()

    def _sending(self) -> tuple[bool, bool]:
        """(audio, video) as the others get them: switched on, and a device there to send from."""
        camera_missing, microphone_missing = self._sources.missing if self._sources else (False, False)
        return self.microphone_enabled and not microphone_missing, self.camera_enabled and not camera_missing

    @property
    def media_active(self) -> bool:
        """Whether the camera and microphone (or their stand-ins) are open now."""
        return self._sources is not None

    async def _release_media(self, *, always: bool = False) -> None:
        """Between calls, a role that starts media with the call closes it again: no camera light, no
        capture or preview work while idle. The patient keeps it for the self view in the lobby
        (``always``: signing out, everyone's closes)."""
        if (self.MEDIA_AT_LOGIN and not always) or self._call is not None or self._sources is None:
            return
        sources, preview = self._sources, self._preview
        self._sources = self._preview = None
        self._relay_made = None  # its tasks end with the tracks they relayed
        if preview is not None:
            await preview.close()
        await sources.aclose()
        self.local_video.clear()

    def set_microphone_enabled(self, on: bool) -> None:
        """Turn one's own microphone on or off; refused with HARD_MUTED while the host forbids it."""
        self.moderation.check_unmute(on, False)
        self._set_microphone(on)
        self._report_media()

    def _set_microphone(self, on: bool) -> None:
        self.microphone_enabled = on
        if self._sources is not None:
            self._sources.set_microphone_enabled(on)

    def microphone_level(self) -> float | None:
        """The microphone's level in dBFS for a level meter; None before login or without a microphone."""
        return self._sources.microphone_level() if self._sources is not None else None

    def set_camera_enabled(self, on: bool) -> None:
        """Turn one's own camera on or off; refused with HARD_MUTED while the host forbids it."""
        self.moderation.check_unmute(False, on)
        self._set_camera(on)
        self._report_media()

    def _set_camera(self, on: bool) -> None:
        self.camera_enabled = on
        if self._sources is not None:
            self._sources.video.enabled = on

    @property
    def presenting(self) -> bool:
        return self.presenter.presenting

    @property
    def presentation_view(self) -> FrameSlot:
        """What this user presents, as sent: the self view while presenting."""
        return self.presenter.view

    async def start_presenting(self, source: FrameSlot | MediaStreamTrack) -> None:
        """Send ``source`` (a slot a capturer fills, or a video track) instead of the camera.

        Video that was off is turned on for the presentation (refused with HARD_MUTED while the host
        forbids video) and off again when presenting stops.
        """
        if not self.camera_enabled:
            self.moderation.check_unmute(False, True)
        await self.presenter.start(source)
        if self._camera_before_presenting is None:
            self._camera_before_presenting = self.camera_enabled
        if not self.camera_enabled:
            self._set_camera(True)
            self._report_media()

    async def stop_presenting(self) -> None:
        """Send the camera again (or nothing, if it was off before presenting) and tell the room."""
        await self.presenter.stop()
        self._restore_camera()

    def _restore_camera(self) -> None:
        before, self._camera_before_presenting = self._camera_before_presenting, None
        if before is False and self.camera_enabled:
            self._set_camera(False)
            self._report_media()

    def _force_off(self, audio: bool, video: bool) -> None:
        """The host turned our audio and/or video off: obey, and tell the service what we now send."""
        changed = False
        if audio and self.microphone_enabled:
            self._set_microphone(False)
            changed = True
        if video and self.camera_enabled:
            self._set_camera(False)
            changed = True
        if changed:
            self._report_media()

    def _report_media(self) -> None:
        if self.state in _LIVE and self._signaling is not None and self.room_id is not None:
            audio, video = self._sending()
            self._tasks.spawn(self._quietly(self.moderation.report_media(audio, video)), "set_media")

    async def _request(self, message: ClientMessage) -> None:
        if self._signaling is None:
            raise SessionError(ErrorCode.CONNECTION_LOST, "not connected")
        await self._signaling.request(message)

    @staticmethod
    async def _quietly(step: Awaitable[None]) -> None:
        try:
            await step
        except SessionError as exc:
            log.info("request refused: %s", exc.code.value)

    def _ensure_call(self, media: MediaRoute = MediaRoute.P2P) -> CallSession | SfuCallSession:
        from app.session.call import CallSession
        from app.session.call_monitor import CallMonitor

        if self._call is None and media is MediaRoute.SFU:
            self._start_media()
            assert self._sources is not None
            self._call = self._sfu_call()
        if self._call is None:
            self._start_media()
            assert self._sources is not None
            self._call = CallSession(
                self._sources,
                self._relay,
                self._send_signal,
                self._link_state,
                self.remote_video,
                video_codec=self.config.video_codec,
                frame_observer=self._frame_observer,
                audio_gate=self.moderation.audio_allowed,
                monitor=CallMonitor(
                    lambda q: self._on_event(CallQualityChanged(q)), poor_link=self.config.poor_link
                ),
                recovery=self.config.recovery,
            )
            from app.session.network_watch import NetworkWatch

            self._network_watch = self._tasks.spawn(NetworkWatch(self._network_changed).run(), "network")
        return self._call

    def _sfu_call(self) -> SfuCallSession:
        from app.session.call_monitor import CallMonitor
        from app.session.sfu_call import SfuCallSession
        from app.session.sfu_media import SfuRequests

        assert self._sources is not None
        assert self.room_id is not None
        call = SfuCallSession(
            self._sources,
            self._relay,
            SfuRequests(self._answered, self.room_id),
            self._link_state,
            self.remote_video,
            hosts_and_presenter=self._hosts_and_presenter,
            may_speak=self._may_speak,
            video_codec=self.config.video_codec,
            frame_observer=self._frame_observer,
            # The monitor fits our picture to our uplink; its grade is of that uplink, not of "the other
            # person", so the indicator (worded for people) is not told (docs/architecture.md).
            monitor=CallMonitor(poor_link=self.config.poor_link),
        )
        call.set_view(*self._view)
        return call

    async def _answered(self, message: ClientMessage) -> ServerMessage:
        if self._signaling is None:
            raise SessionError(ErrorCode.CONNECTION_LOST, "not connected")
        return await self._signaling.request(message)

    def _may_speak(self) -> bool:
        """The room state lets this user speak (a host, or the host allowed their audio)."""
        me = self.moderation.participants.get(self.participant_id or "")
        return me is None or me.is_host or me.audio_control is MediaControl.ALLOW

    def _hosts_and_presenter(self) -> tuple[set[str], str | None]:
        from app.session.sfu_media import hosts_and_presenter

        return hosts_and_presenter(self.moderation.participants.values(), self.participant_id)

    def _network_changed(self) -> None:
        """A new network under the call: reconnect to the service and rebuild the links now."""
        if self._signaling is not None:
            self._signaling.reconnect_now()
        if self._call is not None:
            self._call.network_changed()

    async def _send_signal(self, to: str, payload: SignalPayload) -> bool:
        if self._signaling is None or self.room_id is None:
            return False
        try:
            await self._signaling.request(Signal(id="", room_id=self.room_id, to=to, payload=payload))
        except SessionError as exc:
            log.warning("signal refused: %s", exc.code.value)
            return False
        return True

    # --- when media does not come back (the choice the call page offers) ---------------------

    @property
    def media_failed(self) -> bool:
        """Media has been away longer than the deployment allows; the user is being offered a choice."""
        return self._deadline.failed

    def retry_media(self) -> None:
        """ "Try again": rebuild every link that is down now, and wait the full time again."""
        if self._call is not None and self.state in _LIVE:
            self._call.retry()
            self._deadline.restart()

    def continue_audio_only(self) -> None:
        """ "Continue with audio only": the picture is paused on every link (the rate rule's audio only,
        the one state the quality indicator shows with *Try the picture again*; the others are told)
        and the links that are down are rebuilt now. The camera stays as the person set it."""
        if self._call is None or self.state not in _LIVE:
            return
        self._call.continue_audio_only()
        self._deadline.restart()

    # --- events from the service --------------------------------------------------------------

    def _handle(self, message: ServerMessage) -> None:
        room_id = getattr(message, "room_id", None)
        if room_id is not None and room_id != self.room_id:
            # A room this clinician watched before switching (the service still sends its news).
            log.debug("ignored %s of another room", message.TYPE)
            return
        if self.moderation.handle(message):
            if isinstance(message, RoomState) and self._call is not None:
                self._call_room_changed()
            return
        if isinstance(message, SfuFeeds | SfuTalking | SfuMoved):  # news for a media-server call
            from app.session.sfu_call import SfuCallSession

            if isinstance(self._call, SfuCallSession):
                self._call.handle(message)
            return
        match message:
            case LobbyUpdate(participant_id=pid, position=position):
                self.participant_id = pid
                self._on_event(LobbyPositionChanged(position))
            case QueueUpdate(entries=entries):
                self._on_event(QueueChanged(list(entries)))
            case Admitted():
                self._admitted(message)
            case Denied():
                if self._fire(CallEvent.DENIED):
                    self._ended(EndReason.DENIED)
            case ParticipantJoined(participant=participant):
                self.participants = [*self.participants, participant]
                self._on_event(ParticipantsChanged(list(self.participants)))
            case ParticipantLeft(participant_id=pid, reason=reason):
                self._participant_left(pid, reason)
            case SignalFrom(sender=sender, payload=payload):
                if self._call is not None:
                    self._call.signal(sender, payload)
            case Kicked():
                self._on_event(HostActionApplied(HostAction.KICKED))
                if self._fire(CallEvent.REMOTE_ENDED):
                    self._ended(EndReason.KICKED)
            case CallEndedForAll():
                by_me = self.moderation.is_host  # the host who ended it hung up; others were ended
                if self.state not in (CallState.IDLE, CallState.ENDED) and not by_me:
                    self._on_event(HostActionApplied(HostAction.ENDED_FOR_ALL))
                if self._fire(CallEvent.REMOTE_ENDED):
                    self._ended(EndReason.HUNG_UP if by_me else EndReason.ENDED_BY_HOST)
            case SentToLobby():
                self._sent_to_lobby()
            case RoomClosed(room_id=room_id):
                self._room_closed(room_id)
            case Error(code=code):
                self._on_event(SessionFailed(code))
                if self._fire(CallEvent.FAILED):
                    self._ended(EndReason.FAILED)
            case _:
                log.debug("ignored %s", message.TYPE)

    def _call_room_changed(self) -> None:
        from app.session.sfu_call import SfuCallSession

        if isinstance(self._call, SfuCallSession):
            self._call.room_changed()

    def _admitted(self, message: Admitted) -> None:
        if self._machine.state is CallState.ENDED:
            self._machine = self._new_machine()
        if not (self._fire(CallEvent.ADMITTED) or self._fire(CallEvent.JOIN)):
            return
        known = self.participant_id == message.participant_id
        self.participant_id = message.participant_id
        self.participants = list(message.participants)
        self._on_event(ParticipantsChanged(list(self.participants)))
        if not known:
            self.moderation.self_known()  # a room state that came first named nobody as "me"
        self.media_route = message.media
        self._ensure_call(message.media).admitted(message)
        if self._sending() != (self.microphone_enabled, self.camera_enabled):
            self._report_media()  # no camera or no microphone: the room shows them as off

    def _sent_to_lobby(self) -> None:
        """Back to the lobby without knocking again: close every link, keep the room and the knock."""
        if not self._fire(CallEvent.SENT_TO_LOBBY):
            return
        self.participants = []
        self.moderation.reset()
        self.presenter.reset()
        self._restore_camera()
        self._on_event(ParticipantsChanged([]))
        self._on_event(HostActionApplied(HostAction.SENT_TO_LOBBY))
        self._on_event(SentBackToLobby())
        self._tasks.spawn(self._teardown(self._retire_call(), False), "teardown")

    def _room_closed(self, room_id: str) -> None:
        """The owner closed the room: a patient's wait (or call) ends saying so; a clinician's call too."""
        self._on_event(RoomWasClosed(room_id))
        if (self.ROLE is Role.PATIENT or self.state in _LIVE) and self._fire(CallEvent.REMOTE_ENDED):
            self._ended(EndReason.ROOM_CLOSED)
        if self.ROLE is Role.CLINICIAN:
            self.room_id = None  # nothing to watch again after a reconnect

    def _participant_left(self, participant_id: str, reason: LeftReason = LeftReason.LEFT) -> None:
        gone = next((p for p in self.participants if p.participant_id == participant_id), None)
        self.participants = [p for p in self.participants if p.participant_id != participant_id]
        self._on_event(ParticipantsChanged(list(self.participants)))
        if gone is not None:
            self._on_event(ParticipantGone(gone, reason, len(self.participants)))
        if self._call is not None:
            self._call.participant_left(participant_id)
        sent_away = participant_id in self.moderation.departing
        self.moderation.departing.discard(participant_id)
        if not self.participants and self.state in _LIVE and not sent_away:
            self._fire(CallEvent.REMOTE_ENDED)
            lost = reason is LeftReason.CONNECTION_LOST
            self._ended(EndReason.REMOTE_LOST if lost else EndReason.REMOTE_LEFT, leave=True)

    def _link_state(self, change: LinkState) -> None:
        """In the call while every link carries media; reconnecting while any is stalled or rebuilt."""
        call = self._call
        if call is None:
            return
        if change.state in ("paused", "resumed"):  # their picture, not the link: the call goes on
            self._on_event(PicturePaused(change.participant_id, change.state == "paused"))
        elif change.state in ("connected", "flowing") and not call.media_down:
            self._fire(CallEvent.MEDIA_UP)
        elif change.state in ("stalled", "lost", "failed", "closed"):
            self._fire(CallEvent.MEDIA_LOST)

    def _connection_changed(self, connected: bool) -> None:
        self._on_event(ServiceConnectionChanged(connected))
        if connected and self._call is not None:
            self._call.reconnected()  # a link repair waiting for the service tries at once
        if connected and self.moderation.unsent:  # chat written while the service was away
            self._tasks.spawn(self.moderation.send_unsent(), "send_unsent")

    # --- ending ---------------------------------------------------------------------------------

    def _mark_ended(self, reason: EndReason) -> None:
        self.end_reason = reason
        self.presenter.reset()
        self._restore_camera()
        self.participants = []
        self.moderation.reset()
        self._on_event(CallEnded(reason))

    def _ended(self, reason: EndReason, *, leave: bool = False) -> None:
        """Record why, tell the UI, and tear the media down in an owned task."""
        self._mark_ended(reason)
        self._tasks.spawn(self._teardown(self._retire_call(), leave), "teardown")

    def _retire_call(self) -> CallSession | SfuCallSession | None:
        """Take the current call out of service; it stays listed until its links are closed."""
        call, self._call = self._call, None
        watch, self._network_watch = self._network_watch, None
        if watch is not None:
            watch.cancel()
        if call is not None:
            self._retiring.append(call)
        return call

    async def _teardown(self, call: CallSession | SfuCallSession | None, leave: bool) -> None:
        """Close an ended call; ``close()`` finishes the job if this task is cancelled first."""
        if leave:
            await self._leave()
        if call is not None:
            await call.close()
            self._retiring.remove(call)
        self.remote_video.clear()
        if self.state in (CallState.IDLE, CallState.ENDED):
            await self._release_media()
        if call is not None:
            release_freed_memory()  # the call's threads freed tens of MB that glibc would keep

    async def hang_up(self) -> None:
        """Leave the lobby or the call; the consultation ends for this user."""
        if self.state in (CallState.IDLE, CallState.ENDED):
            return
        await self._leave()
        if self._fire(CallEvent.HANG_UP):
            self._mark_ended(EndReason.HUNG_UP)
        await self._teardown(self._retire_call(), leave=False)

    async def _leave(self) -> None:
        if self._signaling is None or self.room_id is None:
            return
        try:
            await self._signaling.request(Leave(id="", room_id=self.room_id))
        except SessionError as exc:
            log.info("leave not acknowledged: %s", exc.code.value)

    async def sign_out(self) -> None:
        """Leave whatever this user is in, close the connection to the service and forget the login;
        the consultation can sign in again (as anyone). Safe to call when not signed in."""
        if self.state in _LIVE or self.state is CallState.WAITING:
            await self.hang_up()
        signaling, self._signaling = self._signaling, None
        if signaling is not None:
            await signaling.close()
        await self._api.forget_login()
        self.user = None
        self.room_id = None
        self.participant_id = None
        self.participants = []
        self.end_reason = None
        self.moderation.reset()
        if self.state is not CallState.IDLE:
            self._machine = self._new_machine()
        await self._release_media(always=True)

    async def close(self) -> None:
        """Hang up if needed and release everything; safe to call more than once."""
        if self._closed:
            return
        self._closed = True
        if self.state in _LIVE or self.state is CallState.WAITING:
            await self.hang_up()
        await self._tasks.close()
        calls = [*self._retiring, *([self._call] if self._call is not None else [])]
        self._call = None
        self._retiring.clear()
        for call in calls:
            await call.close()
        if self._preview is not None:
            await self._preview.close()
        if self._signaling is not None:
            await self._signaling.close()
        if self._sources is not None:
            await self._sources.aclose()
        await self._api.close()


__all__ = ["Consultation", "SessionConfig"]

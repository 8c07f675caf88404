"""What both consultation facades share: the face the UI and a role drive, delegating to one part per concern.

Each facade is given its service API client and the factory of its signaling connection (the
composition root passes the real ones, tests may pass others; left out, the real ones are made from
the config), and emits plain ``SessionEvent`` objects to the ``on_event`` callback it was given. The
parts (``consultation_parts.assemble``): ``ServiceLink`` and ``ServiceMessages`` (the service),
``CallLifecycle`` (the table in ``app.core.call_state``; ``history`` keeps every state entered),
``CallMembers`` and ``HostOrders`` (the call's people, the host's decisions), ``OwnMedia`` (camera
and microphone), ``CallKeeper`` and ``CallFactory`` (the call, mesh or media server) and
``CallEnding``. Media that stays away longer than ``config.recovery.give_up_s`` gives the user a
choice (``retry_media``, ``continue_audio_only``, ``hang_up``); the links are repaired meanwhile
(``app.session.link_repair``). ``local_video`` and ``remote_video`` are the slots the UI draws from.
``close()`` is idempotent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.core.protocol import LoginResponse, Participant, Role, UserInfo
from app.core.room_types import MediaRoute
from app.media.frame_slot import FrameSlot
from app.session.api import ServiceApi
from app.session.config import SessionConfig
from app.session.consultation_parts import Given, assemble
from app.session.errors import SessionError
from app.session.events import EndReason, EventSink, ServiceConnectionChanged
from app.session.wiring import SignalingFactory, real_signaling

if TYPE_CHECKING:  # aiortc and PyAV load with the first media, not with the window
    from aiortc.mediastreams import MediaStreamTrack

    from app.media.sources import MediaSources
    from app.session.call import CallSession, FrameObserver
    from app.session.sfu_call import SfuCallSession


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
        self.local_video = FrameSlot()
        self.remote_video = FrameSlot()
        self.user: UserInfo | None = None
        self.room_id: str | None = None
        self._closed = False
        given = Given(
            self.ROLE,
            self.MEDIA_AT_LOGIN,
            self.local_video,
            self.remote_video,
            room_id=lambda: self.room_id,
            forget_room=self._forget_room,
            connection_changed=self._connection_changed,  # a role's override is the one called
        )
        parts = assemble(
            config,
            on_event,
            given,
            api=api if api is not None else ServiceApi(config.service_url),
            signaling=signaling,
            sources_factory=sources_factory,
            frame_observer=frame_observer,
        )
        self._tasks, self._deadline, self._lifecycle = parts.tasks, parts.deadline, parts.lifecycle
        self._link, self._media, self._calls = parts.link, parts.media, parts.calls
        self._members, self._ending, self._handle = parts.members, parts.ending, parts.messages
        self.moderation, self.presenter = parts.moderation, parts.presenter
        self.history = self._lifecycle.history

    # --- what the UI reads ----------------------------------------------------------------------

    @property
    def state(self) -> CallState:
        return self._lifecycle.state

    @property
    def call(self) -> CallSession | SfuCallSession | None:
        return self._calls.current

    @property
    def api(self) -> ServiceApi:
        return self._link.api

    @property
    def participants(self) -> list[Participant]:
        return self._members.participants

    @property
    def participant_id(self) -> str | None:
        return self._members.participant_id

    @property
    def media_route(self) -> MediaRoute:
        """How the last call's media travels (from ``admitted``): peer to peer, or the media server."""
        return self._calls.route

    @property
    def end_reason(self) -> EndReason | None:
        return self._ending.end_reason

    @property
    def microphone_enabled(self) -> bool:
        return self._media.microphone_enabled

    @property
    def camera_enabled(self) -> bool:
        return self._media.camera_enabled

    @property
    def media_active(self) -> bool:
        """Whether the camera and microphone (or their stand-ins) are open now."""
        return self._media.active

    @property
    def presenting(self) -> bool:
        return self.presenter.presenting

    @property
    def presentation_view(self) -> FrameSlot:
        """What this user presents, as sent: the self view while presenting."""
        return self.presenter.view

    @property
    def media_failed(self) -> bool:
        """Media has been away longer than the deployment allows; the user is being offered a choice."""
        return self._deadline.failed

    def microphone_level(self) -> float | None:
        """The microphone's level in dBFS for a level meter; None before login or without a microphone."""
        return self._media.level()

    # --- what the UI does -----------------------------------------------------------------------

    def set_view(self, shown: int, pinned: str | None = None) -> None:
        """How many pictures the layout and window have room for, and who is pinned: in a media-server
        room only those are received (the last-N rule, app/core/last_n.py)."""
        self._calls.set_view(shown, pinned)

    async def login_with(self, login: LoginResponse) -> UserInfo:
        """Use a login already obtained (BankID, OpenID Connect, a resumed session); open signaling.

        The role is the service's; a build for the other role is refused before anything connects.
        """
        if login.user.role is not self.ROLE:
            raise SessionError(ErrorCode.FORBIDDEN, "this build is for another role")
        self._link.api.use_token(login.access_token)
        if self.config.keep_fresh is not None:
            self.config.keep_fresh(self._link.api)  # renewed before expiry; closed with the API
        return await self._open_signaling()

    async def login_test(self, name: str) -> UserInfo:
        """Log in with the dev-mode test identity and open the signaling connection."""
        await self._link.api.login_test(name, self.ROLE)
        return await self._open_signaling()

    async def _open_signaling(self) -> UserInfo:
        self.user = await self._link.open()
        if self.MEDIA_AT_LOGIN:
            self._media.start()
        return self.user

    def set_microphone_enabled(self, on: bool) -> None:
        """Turn one's own microphone on or off; refused with HARD_MUTED while the host forbids it."""
        self._media.switch_microphone(on)

    def set_camera_enabled(self, on: bool) -> None:
        """Turn one's own camera on or off; refused with HARD_MUTED while the host forbids it."""
        self._media.switch_camera(on)

    async def start_presenting(self, source: FrameSlot | MediaStreamTrack) -> None:
        """Send ``source`` (a slot a capturer fills, or a video track) instead of the camera.

        Video that was off is turned on for the presentation (refused with HARD_MUTED while the host
        forbids video) and off again when presenting stops.
        """
        await self._media.present(lambda: self.presenter.start(source))

    async def stop_presenting(self) -> None:
        """Send the camera again (or nothing, if it was off before presenting) and tell the room."""
        await self.presenter.stop()
        self._media.restore_camera()

    def retry_media(self) -> None:
        """ "Try again": rebuild every link that is down now, and wait the full time again."""
        call = self._calls.current
        if call is not None and self._lifecycle.live:
            call.retry()
            self._deadline.restart()

    def continue_audio_only(self) -> None:
        """ "Continue with audio only": the picture is paused on every link (the rate rule's audio only,
        the one state the quality indicator shows with *Try the picture again*; the others are told)
        and the links that are down are rebuilt now. The camera stays as the person set it."""
        call = self._calls.current
        if call is None or not self._lifecycle.live:
            return
        call.continue_audio_only()
        self._deadline.restart()

    async def hang_up(self) -> None:
        """Leave the lobby or the call; the consultation ends for this user."""
        await self._ending.hang_up()

    async def sign_out(self) -> None:
        """Leave whatever this user is in, close the connection to the service and forget the login;
        the consultation can sign in again (as anyone). Safe to call when not signed in."""
        if self._lifecycle.engaged:
            await self.hang_up()
        await self._link.sign_out()
        self.user = None
        self.room_id = None
        self._members.forget()
        self._ending.end_reason = None
        self.moderation.reset()
        if self.state is not CallState.IDLE:
            self._lifecycle.renew()
        if self._calls.current is None:
            await self._media.release(always=True)

    async def close(self) -> None:
        """Hang up if needed and release everything; safe to call more than once."""
        if self._closed:
            return
        self._closed = True
        if self._lifecycle.engaged:
            await self.hang_up()
        await self._tasks.close()
        await self._calls.close()
        await self._link.close()
        await self._media.close()

    # --- news from the connection ---------------------------------------------------------------

    def _connection_changed(self, connected: bool) -> None:
        self._on_event(ServiceConnectionChanged(connected))
        if connected:
            self._calls.reconnected()  # a link repair waiting for the service tries at once
        if connected and self.moderation.unsent:  # chat written while the service was away
            self._tasks.spawn(self.moderation.send_unsent(), "send_unsent")

    def _forget_room(self) -> None:
        self.room_id = None


__all__ = ["Consultation", "SessionConfig"]

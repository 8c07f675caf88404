"""The edge between a consultation (asyncio, plain events) and the widgets (Qt signals), for both roles.

A bridge receives the session's ``on_event`` callback and re-emits each event as a Qt signal, and
turns UI actions into tasks that await the facade. It owns those tasks: one per action name at a
time (a double click does not start a second), failures become ``actionFailed(action, code)``,
and ``close()`` cancels and awaits them before closing the consultation. Widgets get frames
through the ``FrameSlot`` objects only; they never see an aiortc object.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.core.protocol import LoginResponse, UserInfo
from app.core.room_types import MediaRoute
from app.media.frame_slot import FrameSlot
from app.session.diagnostics import DiagnosticsLog
from app.session.errors import SessionError
from app.session.events import (
    CallEnded,
    CallQualityChanged,
    CallStateChanged,
    DevicesMissing,
    EndReason,
    LobbyPositionChanged,
    MediaFailed,
    MediaRestored,
    ParticipantGone,
    ParticipantsChanged,
    PicturePaused,
    QueueChanged,
    ServiceConnectionChanged,
    SessionEvent,
    SessionFailed,
    TalkingWhileMuted,
)
from app.ui.room_bridge import RoomBridge

if TYPE_CHECKING:
    from app.session.consultation import Consultation  # loads aiortc: only when a session starts

log = logging.getLogger(__name__)


class SessionBridge(QObject):
    """Signals and actions shared by both roles."""

    stateChanged = Signal(object, object)  # old CallState, new CallState
    lobbyPositionChanged = Signal(int)
    queueChanged = Signal(object)  # list[QueueEntry]
    participantsChanged = Signal(object)  # list[Participant]
    participantGone = Signal(str, str, int)  # name, LeftReason value, how many others are still there
    connectionChanged = Signal(bool)
    sessionFailed = Signal(object)  # ErrorCode
    callEnded = Signal(object)  # EndReason
    loggedIn = Signal(object)  # UserInfo
    loggedOut = Signal()
    mediaSwitched = Signal(bool, bool)  # microphone on, camera on
    actionStarted = Signal(str)
    actionFinished = Signal(str)  # after success or failure, never after cancellation
    actionFailed = Signal(str, object)  # action name, ErrorCode
    talkingWhileMuted = Signal()
    devicesMissing = Signal(bool, bool)  # no camera, no microphone (both False: all there again)
    mediaRecoveryChanged = Signal(bool)  # True: media did not come back in time, offer the choice
    presentingChanged = Signal(bool)  # this user started (True) or stopped (False) presenting
    callQuality = Signal(object)  # app.core.call_quality.LinkQuality of one remote participant
    picturePaused = Signal(str, bool)  # participant id, their picture paused (True) or sent again

    _consultation: Consultation  # set by the role's subclass through _attach()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._closed = False
        self._close_done: asyncio.Event | None = None
        self.state = CallState.IDLE
        self.user: UserInfo | None = None
        self.last_failure: ErrorCode | None = None
        self.end_reason: EndReason | None = None
        self.lobby_position = 0
        # Set by the composition root where a login is remembered (BankID, OpenID): sign-out forgets it.
        self.forget_login: Callable[[], Awaitable[None]] | None = None
        self.media_failed = False  # the choice (try again, audio only, leave) is being offered
        self.paused_pictures: set[str] = set()  # others whose picture is paused to keep the sound
        self.devices_missing = (False, False)  # (no camera, no microphone), as last told
        self.diagnostics = DiagnosticsLog()  # errors and the last calls' figures, for the support report
        self._presenting_shown = False  # presentingChanged(True) was emitted and not yet undone
        self.room_bridge = RoomBridge(
            self
        )  # room state, moderation, chat and ringing (app/ui/room_bridge.py)

    # -- what widgets may read ------------------------------------------------------------------
    @property
    def local_video(self) -> FrameSlot:
        return self._consultation.local_video

    @property
    def remote_video(self) -> FrameSlot:
        return self._consultation.remote_video

    @property
    def microphone_enabled(self) -> bool:
        return self._consultation.microphone_enabled

    @property
    def camera_enabled(self) -> bool:
        return self._consultation.camera_enabled

    @property
    def presenting(self) -> bool:
        return bool(getattr(self._consultation, "presenting", False))

    @property
    def presentation_view(self) -> FrameSlot:
        """What this user presents, as sent (the self view while presenting)."""
        view: FrameSlot = self._consultation.presentation_view
        return view

    def remote_slots(self) -> dict[str, FrameSlot]:
        """One newest-frame slot per remote participant with video (gallery tiles)."""
        call = getattr(self._consultation, "call", None)
        return dict(call.remote_slots) if call is not None else {}

    @property
    def media_route(self) -> MediaRoute:
        """How this call's media travels: peer to peer (end to end encrypted) or through the media server."""
        route = getattr(self._consultation, "media_route", MediaRoute.P2P)
        return route if isinstance(route, MediaRoute) else MediaRoute.P2P

    def set_view(self, shown: int, pinned: str | None = None) -> None:
        """How many pictures the layout has room for: a media-server room receives only those."""
        set_view = getattr(self._consultation, "set_view", None)
        if set_view is not None:
            set_view(shown, pinned)

    def remote_focus(self) -> str | None:
        """The remote participant whose picture fills ``remote_video`` (None: not known yet)."""
        call = getattr(self._consultation, "call", None)
        focus = getattr(call, "focus", None) if call is not None else None
        return focus if isinstance(focus, str) else None

    def remote_speaker(self) -> str | None:
        """Who speaks now, when the call knows (a media-server room's talking events; None otherwise)."""
        call = getattr(getattr(self, "_consultation", None), "call", None)
        speaker = getattr(call, "speaker", None) if call is not None else None
        return speaker if isinstance(speaker, str) else None

    @property
    def running_actions(self) -> list[str]:
        return sorted(self._tasks)

    @property
    def closed(self) -> bool:
        return self._closed

    # -- events from the session ----------------------------------------------------------------
    def on_event(self, event: SessionEvent) -> None:
        """The consultation's ``on_event`` callback (called on the asyncio loop = Qt main thread)."""
        if self._closed:
            return
        match event:
            case CallStateChanged(old=old, new=new):
                self.state = new
                self._watch_call()
                self.stateChanged.emit(old, new)
            case LobbyPositionChanged(position=position):
                self.lobby_position = position
                self.lobbyPositionChanged.emit(position)
            case QueueChanged(entries=entries):
                self.queueChanged.emit(list(entries))
            case ParticipantsChanged(participants=participants):
                self.diagnostics.names.update(p.name for p in participants)
                self.participantsChanged.emit(list(participants))
            case ParticipantGone(participant=participant, reason=reason, others=others):
                self.participantGone.emit(participant.name, reason.value, others)
            case ServiceConnectionChanged(connected=connected):
                self.connectionChanged.emit(connected)
            case SessionFailed(code=code):
                self.last_failure = code
                self.diagnostics.error(code.value)
                self.sessionFailed.emit(code)
            case CallEnded(reason=reason):
                self.end_reason = reason
                self.callEnded.emit(reason)
            case TalkingWhileMuted():
                self.talkingWhileMuted.emit()
            case DevicesMissing(camera=camera, microphone=microphone):
                self.devices_missing = (camera, microphone)
                self.devicesMissing.emit(camera, microphone)
            case CallQualityChanged(quality=quality):
                self.callQuality.emit(quality)
            case MediaFailed():
                self.media_failed = True
                self.mediaRecoveryChanged.emit(True)
            case MediaRestored():
                self.media_failed = False
                self.mediaRecoveryChanged.emit(False)
            case PicturePaused(participant_id=pid, paused=paused):
                if paused:
                    self.paused_pictures.add(pid)
                else:
                    self.paused_pictures.discard(pid)
                self.picturePaused.emit(pid, paused)
            case _:
                self.room_bridge.on_event(event)
        if isinstance(event, CallEnded):
            self.room_bridge.call_ended()
            self.paused_pictures.clear()
            if self.media_failed:
                self.media_failed = False
                self.mediaRecoveryChanged.emit(False)
        self._presenting_stopped()  # the call ended or went back to the lobby: presenting ended with it

    def _watch_call(self) -> None:
        call = getattr(getattr(self, "_consultation", None), "call", None)
        if call is not None:
            self.diagnostics.watch(call.monitor)

    def choose_audio_only(self, on: bool) -> None:
        """Sound only on every link (True) until the link is clear, or try the picture again now (False)."""
        call = getattr(getattr(self, "_consultation", None), "call", None)
        if call is not None:
            call.monitor.choose_audio_only(on)

    def microphone_level(self) -> float | None:
        """The microphone's level in dBFS for a meter (None: no real microphone)."""
        return None if self._closed else self._consultation.microphone_level()

    # -- actions ----------------------------------------------------------------------------------
    def login(self, name: str) -> asyncio.Task[None] | None:
        return self._start("login", lambda: self._consultation.login_test(name), self._logged_in)

    def login_with(self, login: LoginResponse) -> asyncio.Task[None] | None:
        """Continue with a login the identity panel (BankID, OpenID) or a resumed session obtained."""
        return self._start("login", lambda: self._consultation.login_with(login), self._logged_in)

    def hang_up(self) -> asyncio.Task[None] | None:
        return self._start("hang_up", self._consultation.hang_up)

    def sign_out(self) -> asyncio.Task[None] | None:
        """Leave, close the connection, and forget the login here and in the OS keyring."""
        return self._start("sign_out", self._signed_out_everywhere, lambda _none: self._logged_out())

    async def _signed_out_everywhere(self) -> None:
        await self._consultation.sign_out()
        if self.forget_login is not None:
            await self.forget_login()  # the remembered login (keyring) and its refresh family

    def retry_media(self) -> None:
        """ "Try again" after media did not come back: rebuild the links now, wait the full time again."""
        if not self._closed:
            self._consultation.retry_media()

    def continue_audio_only(self) -> None:
        """ "Continue with audio only": the camera goes off and the links are rebuilt for audio alone."""
        self._switch(self._consultation.continue_audio_only)

    def set_microphone_enabled(self, on: bool) -> None:
        self._switch(lambda: self._consultation.set_microphone_enabled(on))

    def set_camera_enabled(self, on: bool) -> None:
        self._switch(lambda: self._consultation.set_camera_enabled(on))

    def start_presenting(self, source: FrameSlot) -> asyncio.Task[None] | None:
        """Send what a capturer puts into ``source`` instead of the camera, and tell the room."""
        return self._start(
            "present",
            lambda: self._consultation.start_presenting(source),
            lambda _none: self._presenting_started(),
        )

    def stop_presenting(self) -> asyncio.Task[None] | None:
        return self._start(
            "stop_presenting", self._consultation.stop_presenting, lambda _none: self._presenting_stopped()
        )

    def _presenting_started(self) -> None:
        self._presenting_shown = True
        self.presentingChanged.emit(True)

    def _presenting_stopped(self) -> None:
        if self._presenting_shown and not self.presenting:
            self._presenting_shown = False
            self.presentingChanged.emit(False)

    async def wait_for_actions(self) -> None:
        """Wait until every action started so far has finished (tests and the self-test)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks.values()), return_exceptions=True)

    async def close(self) -> None:
        """Cancel and await running actions, then close the consultation; safe to call twice."""
        if self._close_done is not None:
            await self._close_done.wait()
            return
        self._close_done = asyncio.Event()
        self._closed = True
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        try:
            await self._consultation.close()
        except Exception:
            log.exception("closing the consultation failed")
        self._close_done.set()

    # -- internals ----------------------------------------------------------------------------------
    def _attach(self, consultation: Consultation) -> None:
        self._consultation = consultation

    def _logged_in(self, user: UserInfo) -> None:
        self.user = user
        self.loggedIn.emit(user)

    def _logged_out(self) -> None:
        self.user = None
        self.state = CallState.IDLE
        self.end_reason = None
        self.lobby_position = 0
        self.loggedOut.emit()

    def _switch(self, change: Callable[[], None]) -> None:
        if self._closed:
            return
        try:
            change()
        except SessionError as exc:
            self.actionFailed.emit("media", exc.code)
        self.mediaSwitched.emit(self.microphone_enabled, self.camera_enabled)

    def _start(
        self,
        action: str,
        call: Callable[[], Awaitable[Any]],
        on_done: Callable[[Any], None] | None = None,
    ) -> asyncio.Task[None] | None:
        """Run ``call()`` as the task named ``action`` unless one with that name is running."""
        if self._closed or action in self._tasks:
            return None
        task = asyncio.get_running_loop().create_task(self._run(action, call, on_done), name=action)
        self._tasks[action] = task
        task.add_done_callback(lambda done: self._forget(action, done))
        return task

    def _forget(self, action: str, task: asyncio.Task[Any] | None) -> None:
        if task is not None and self._tasks.get(action) is task:
            del self._tasks[action]

    async def _run(
        self, action: str, call: Callable[[], Awaitable[Any]], on_done: Callable[[Any], None] | None
    ) -> None:
        self.actionStarted.emit(action)
        try:
            result = await call()
        except SessionError as exc:
            self.diagnostics.error(exc.code.value)
            self.actionFailed.emit(action, exc.code)
        except Exception:
            # A bug, not a refusal: log it for developers; the user sees only a plain sentence.
            log.exception("action %s failed", action)
            self.actionFailed.emit(action, ErrorCode.INTERNAL)
        else:
            if on_done is not None:
                on_done(result)
        # No longer running when widgets hear it finished (they may start it again at once).
        self._forget(action, asyncio.current_task())
        self.actionFinished.emit(action)

"""In-memory consultations for UI tests: they record every call and emit the events a test scripts.

``calls`` is the whole sequence of what the UI asked for, e.g. ``[("login_test", "Ann"),
("open_room", "ABC123")]``. ``script[method]`` lists events emitted (in order) after that method
succeeds; ``fail[method]`` makes it raise; ``hold[method]`` keeps it pending until the event is set.
"""

from __future__ import annotations

import asyncio
from typing import Any

from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.core.protocol import (
    PrecallSummary,
    Role,
    RoomInfo,
    RoomSummary,
    RoomTypeInfo,
    UserInfo,
    Verification,
)
from app.core.protocol.rest import ConsentInfo
from app.core.room_types import ROOM_RULES, MediaRoute
from app.media.frame_slot import FrameSlot
from app.session.errors import SessionError
from app.session.events import CallStateChanged, EventSink, SessionEvent

ROOM = RoomInfo(
    room_id="room-1",
    code="KX7-42Q",
    title="Knee check-up",
    host_name="Dr. Berg",
    link="samtale://join/KX7-42Q",
)


STANDING = RoomInfo(
    room_id="room-standing",
    code="MKQ4-7WXD",
    title="",
    host_name="Dr. Berg",
    link="samtale://join/drberg",
    address="drberg",
)


class FakeConsultation:
    """What both roles share; ``ROLE`` decides the user's role."""

    ROLE = Role.PATIENT

    def __init__(self, on_event: EventSink) -> None:
        self._on_event = on_event
        self.calls: list[tuple[Any, ...]] = []
        self.level: float | None = None  # what microphone_level() reports (None: no real microphone)
        self.script: dict[str, list[SessionEvent]] = {}
        self.fail: dict[str, BaseException] = {}
        self.hold: dict[str, asyncio.Event] = {}
        self.local_video = FrameSlot()
        self.remote_video = FrameSlot()
        self.microphone_enabled = True
        self.camera_enabled = True
        self.user: UserInfo | None = None
        self.state = CallState.IDLE
        self.closed = 0

    # -- test controls ------------------------------------------------------------------------------
    def emit(self, *events: SessionEvent) -> None:
        for event in events:
            if isinstance(event, CallStateChanged):
                self.state = event.new
            self._on_event(event)

    def move(self, new: CallState) -> None:
        """Emit the state change from the current state to ``new``."""
        self.emit(CallStateChanged(self.state, new))

    def microphone_level(self) -> float | None:
        return self.level

    async def _called(self, method: str, *args: Any) -> None:
        self.calls.append((method, *args))
        gate = self.hold.get(method)
        if gate is not None:
            await gate.wait()
        error = self.fail.get(method)
        if error is not None:
            raise error
        self.emit(*self.script.get(method, []))

    # -- the facade -----------------------------------------------------------------------------------
    async def login_test(self, name: str) -> UserInfo:
        await self._called("login_test", name)
        self.user = UserInfo(user_id="u-1", name=name, role=self.ROLE, verified_by=Verification.TEST)
        return self.user

    def set_microphone_enabled(self, on: bool) -> None:
        self.calls.append(("set_microphone_enabled", on))
        self.microphone_enabled = on

    def set_camera_enabled(self, on: bool) -> None:
        self.calls.append(("set_camera_enabled", on))
        self.camera_enabled = on

    async def hang_up(self) -> None:
        await self._called("hang_up")

    def retry_media(self) -> None:
        self.calls.append(("retry_media",))

    def continue_audio_only(self) -> None:
        self.calls.append(("continue_audio_only",))
        self.camera_enabled = False

    async def sign_out(self) -> None:
        await self._called("sign_out")
        self.user = None
        self.state = CallState.IDLE

    async def close(self) -> None:
        self.calls.append(("close",))
        self.closed += 1


class FakePatientConsultation(FakeConsultation):
    ROLE = Role.PATIENT
    consent = ConsentInfo(required=False)  # a test sets what the deployment asks

    async def open_room(self, code: str) -> RoomInfo:
        await self._called("open_room", code)
        return ROOM

    async def knock(
        self, precall: PrecallSummary | None = None, pin: str | None = None, consent: bool = False
    ) -> None:
        args = (() if precall is None else (precall,)) + (() if pin is None else (("pin", pin),))
        await self._called("knock", *args, *((("consent", True),) if consent else ()))


class FakeClinicianConsultation(FakeConsultation):
    ROLE = Role.CLINICIAN

    def __init__(self, on_event: EventSink) -> None:
        super().__init__(on_event)
        self.room_list: list[RoomSummary] = []  # what rooms() answers (the service's open rooms)
        self.rooms_asked = 0  # not in ``calls``: every sign-in and every return to the list asks
        # What room_types() answers (GET /v1/room-types): a service without a media server by default.
        self.room_type_list = [
            RoomTypeInfo(t, r.min_participants, r.max_participants, r.media)
            for t, r in ROOM_RULES.items()
            if r.media is MediaRoute.P2P
        ]

    async def room_types(self) -> list[RoomTypeInfo]:
        return list(self.room_type_list)

    async def rooms(self) -> list[RoomSummary]:
        self.rooms_asked += 1
        return list(self.room_list)

    async def reopen_room(self, room: RoomInfo) -> RoomInfo:
        await self._called("reopen_room", room.room_id)
        return room

    async def keep_standing_room(self, address: str, title: str = "") -> RoomInfo:
        await self._called("keep_standing_room", address)
        return STANDING

    async def close_room(self, room_id: str) -> None:
        await self._called("close_room", room_id)

    async def create_room(self, title: str = "") -> RoomInfo:
        await self._called("create_room", title)
        return ROOM

    async def admit(self, participant_id: str) -> None:
        await self._called("admit", participant_id)

    async def deny(self, participant_id: str) -> None:
        await self._called("deny", participant_id)


def refused(code: ErrorCode) -> SessionError:
    return SessionError(code, "refused by the fake")

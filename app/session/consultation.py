"""The consultation facades the UI drives: one for the patient, one for the clinician.

Each owns its service API client, its signaling connection and its call, emits plain
``SessionEvent`` objects to the ``on_event`` callback it was given, and exposes two ``FrameSlot``
objects (self view and remote video) for the UI to draw from. ``close()`` is idempotent.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.call_state import CallState
from app.core.protocol import Participant, PrecallSummary, RoomInfo, UserInfo
from app.media.frame_slot import FrameSlot
from app.session.events import EventSink


@dataclass(frozen=True, slots=True)
class SessionConfig:
    """Where the service is and how media is made."""

    service_url: str  # e.g. "http://127.0.0.1:8443"
    loopback_only: bool = False  # offer only 127.0.0.1 ICE host candidates (demo and tests)
    video_size: tuple[int, int] = (640, 480)
    video_codec: str | None = None  # "VP8", "H264", or None for aiortc's default order


class Consultation:
    """What both roles share: login, media switches, hang-up, close."""

    def __init__(self, config: SessionConfig, on_event: EventSink) -> None:
        self.config = config
        self._on_event = on_event
        self.local_video = FrameSlot()
        self.remote_video = FrameSlot()
        self.user: UserInfo | None = None
        self.participants: list[Participant] = []
        self.microphone_enabled = True
        self.camera_enabled = True

    @property
    def state(self) -> CallState:
        raise NotImplementedError

    async def login_test(self, name: str) -> UserInfo:
        """Log in with the dev-mode test identity; raises SessionError."""
        raise NotImplementedError

    def set_microphone_enabled(self, on: bool) -> None:
        raise NotImplementedError

    def set_camera_enabled(self, on: bool) -> None:
        raise NotImplementedError

    async def hang_up(self) -> None:
        raise NotImplementedError

    async def close(self) -> None:
        raise NotImplementedError


class PatientConsultation(Consultation):
    async def open_room(self, code: str) -> RoomInfo:
        """Look up a room by its join code; raises SessionError(NOT_FOUND)."""
        raise NotImplementedError

    async def knock(self, precall: PrecallSummary | None = None) -> None:
        """Say "I'm ready": enter the lobby (state WAITING), then wait to be admitted."""
        raise NotImplementedError


class ClinicianConsultation(Consultation):
    async def create_room(self, title: str = "") -> RoomInfo:
        """Open a room and start watching its queue (QueueChanged events follow)."""
        raise NotImplementedError

    async def admit(self, participant_id: str) -> None:
        """Admit a waiting patient (joining the call first if needed)."""
        raise NotImplementedError

    async def deny(self, participant_id: str) -> None:
        raise NotImplementedError

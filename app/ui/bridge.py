"""The role bridges: the patient's and the clinician's actions on top of ``SessionBridge``.

``SessionBridge`` (``session_bridge.py``) re-emits a consultation's events as Qt signals and owns
the tasks of UI actions; ``RoomBridge`` (``room_bridge.py``) does the same for life in the room.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.core.protocol import PrecallSummary, RoomInfo, RoomSummary
from app.core.protocol.rest import ConsentInfo
from app.session.events import EventSink, RoomWasClosed, SessionEvent
from app.ui.session_bridge import SessionBridge

if TYPE_CHECKING:  # the consultations load aiortc; the composition root makes them when needed
    from app.session.consultation import ClinicianConsultation, PatientConsultation

__all__ = ["ClinicianBridge", "PatientBridge", "SessionBridge"]


class PatientBridge(SessionBridge):
    """The patient's actions: open a room by its code, then say "I'm ready"."""

    roomOpened = Signal(object)  # RoomInfo

    def __init__(
        self, make: Callable[[EventSink], PatientConsultation], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._patient = make(self.on_event)
        self._attach(self._patient)
        self.room: RoomInfo | None = None
        self._pin: str | None = None  # the guest PIN of the last knock, for knocking again
        self._consent = False  # the consent given with the last knock
        # The window points this at the pre-call check; without one the verdict is "not checked".
        self.precall_provider: Callable[[], PrecallSummary | None] = lambda: None

    def open_room(self, code: str) -> asyncio.Task[None] | None:
        return self._start("open_room", lambda: self._patient.open_room(code), self._room_opened)

    def knock(
        self, precall: PrecallSummary | None = None, pin: str | None = None, consent: bool = False
    ) -> asyncio.Task[None] | None:
        """Say "I'm ready", with what the pre-call check found (``precall_provider`` if not given),
        the guest PIN where the room asks for one, and the consent where the deployment asks for it."""
        summary = precall if precall is not None else self.precall_provider()
        self._pin = pin
        self._consent = consent
        return self._start("knock", lambda: self._patient.knock(summary, pin, consent))

    def knock_again(self) -> asyncio.Task[None] | None:
        """Back to the waiting room of the same room after leaving: a new knock (with the guest PIN
        and consent given before), so the clinician lets them in again; never straight into a call."""
        return self.knock(pin=self._pin, consent=self._consent)

    @property
    def consent(self) -> ConsentInfo:
        """The consent the deployment asks for before knocking (known once a room is opened)."""
        return self._patient.consent

    def _room_opened(self, room: RoomInfo) -> None:
        self.room = room
        self.roomOpened.emit(room)

    def _logged_out(self) -> None:
        self.room = None
        super()._logged_out()


class ClinicianBridge(SessionBridge):
    """The clinician's actions: list, open, close or create rooms; admit or deny waiting patients."""

    roomCreated = Signal(object)  # RoomInfo: a room is open (created, reopened or the standing one)
    roomsListed = Signal(object)  # list[RoomSummary]: the clinician's open rooms, from the service
    roomTypesListed = Signal(object)  # list[RoomTypeInfo]: the room types this service can hold
    # room id: no room is open on the page any more (closed, here or on another device, or left for
    # the list of rooms; a room left that way stays open for patients)
    roomCleared = Signal(str)

    def __init__(
        self, make: Callable[[EventSink], ClinicianConsultation], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clinician = make(self.on_event)
        self._attach(self._clinician)
        self.room: RoomInfo | None = None
        self.rooms: list[RoomSummary] = []

    def on_event(self, event: SessionEvent) -> None:
        if isinstance(event, RoomWasClosed) and not self.closed:
            self._room_closed(event.room_id)
            return
        super().on_event(event)

    def list_rooms(self) -> asyncio.Task[None] | None:
        """Fetch the clinician's open rooms (after sign-in, and whenever the list is shown again)."""
        return self._start("list_rooms", self._clinician.rooms, self._rooms_listed)

    def list_room_types(self) -> asyncio.Task[None] | None:
        """Fetch the room types the service can hold (after sign-in): the room picker offers only those."""
        return self._start("room_types", self._clinician.room_types, self.roomTypesListed.emit)

    def reopen_room(self, room: RoomInfo) -> asyncio.Task[None] | None:
        """Open one of the listed rooms: watch its queue again."""
        return self._start("reopen_room", lambda: self._clinician.reopen_room(room), self._room_created)

    def keep_standing_room(self, address: str, title: str = "") -> asyncio.Task[None] | None:
        """Open the standing personal room at ``address`` (made the first time)."""
        return self._start(
            "standing_room", lambda: self._clinician.keep_standing_room(address, title), self._room_created
        )

    def close_room(self, room_id: str) -> asyncio.Task[None] | None:
        """Close a room for good; patients waiting in it are told so."""
        return self._start(
            f"close_room:{room_id}",
            lambda: self._clinician.close_room(room_id),
            lambda _none: self._room_closed(room_id),
        )

    def show_all_rooms(self) -> None:
        """Leave the open room's page for the list of rooms (the room stays open for patients)."""
        if self.room is not None:
            room_id, self.room = self.room.room_id, None
            self.roomCleared.emit(room_id)
        self.list_rooms()

    def _rooms_listed(self, rooms: list[RoomSummary]) -> None:
        self.rooms = list(rooms)
        self.roomsListed.emit(list(rooms))

    def _room_closed(self, room_id: str) -> None:
        self.rooms = [r for r in self.rooms if r.room.room_id != room_id]
        if self.room is not None and self.room.room_id == room_id:
            self.room = None
            self.roomCleared.emit(room_id)
        self.list_rooms()

    def create_room(self, title: str = "", **options: Any) -> asyncio.Task[None] | None:
        """Open a room; ``options`` are ``room_type``, ``host_pin`` and ``guest_pin`` (issue 5)."""
        return self._start(
            "create_room", lambda: self._clinician.create_room(title, **options), self._room_created
        )

    def _logged_out(self) -> None:
        self.room = None
        super()._logged_out()

    def admit(self, participant_id: str) -> asyncio.Task[None] | None:
        return self._start(f"admit:{participant_id}", lambda: self._clinician.admit(participant_id))

    def admit_all(self) -> asyncio.Task[None] | None:
        return self._start("admit_all", self._clinician.admit_all)

    def deny(self, participant_id: str) -> asyncio.Task[None] | None:
        return self._start(f"deny:{participant_id}", lambda: self._clinician.deny(participant_id))

    def _room_created(self, room: RoomInfo) -> None:
        self.room = room
        self.roomCreated.emit(room)

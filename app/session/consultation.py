"""The consultation facades the UI drives: one for the patient, one for the clinician.

What they share (login, signaling, media, the call, obeying the host's moderation) is
``consultation_base.Consultation``; the events they emit are in ``events`` and ``moderation_events``.
"""

from __future__ import annotations

import logging
from typing import Any

from app.core.call_state import CallEvent, CallState
from app.core.errors import ErrorCode
from app.core.protocol import (
    Admit,
    Deny,
    JoinCall,
    Knock,
    PrecallSummary,
    Role,
    RoomInfo,
    RoomSummary,
    RoomTypeInfo,
    WatchRoom,
)
from app.core.protocol.rest import ConsentInfo
from app.core.room_types import RoomType
from app.session.consultation_base import Consultation, SessionConfig
from app.session.errors import SessionError

log = logging.getLogger(__name__)


class PatientConsultation(Consultation):
    """The patient: find the room by its code, say "I'm ready", wait, be admitted, talk."""

    ROLE = Role.PATIENT

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # What the last knock said, to knock again with when the connection comes back while waiting.
        self._knocked: tuple[PrecallSummary, str | None, bool] | None = None
        # The consent the deployment asks for before knocking (asked when a room is opened).
        self.consent = ConsentInfo(required=False)

    async def open_room(self, code: str) -> RoomInfo:
        """Look up a room by its join code; raises SessionError(NOT_FOUND)."""
        room = await self._link.api.room_by_code(code)
        self.consent = await self._link.api.consent()
        self.room_id = room.room_id
        if self._link.client is not None:
            # Hosts see who has the room open and may ring them; an older service may refuse it.
            await self._link.quietly(self.moderation.announce_open())
        return room

    async def knock(
        self, precall: PrecallSummary | None = None, pin: str | None = None, consent: bool = False
    ) -> None:
        """Say "I'm ready" (with the guest PIN where the room has one, and ``consent`` where the
        deployment asks for it): enter the lobby, then wait."""
        if self._link.client is None or self.room_id is None:
            raise SessionError(ErrorCode.NOT_FOUND, "open a room first")
        if self.state is CallState.ENDED:
            self._lifecycle.renew()
        summary = precall or PrecallSummary()
        knock = Knock(id="", room_id=self.room_id, precall=summary, pin=pin, consent=consent)
        await self._link.client.request(knock)
        self._knocked = (summary, pin, consent)
        self._lifecycle.fire(CallEvent.KNOCK)

    def _connection_changed(self, connected: bool) -> None:
        """Back after an outage while waiting: knock again. The service keeps the place when it still
        has it (within the reconnect grace); otherwise the patient queues again instead of waiting in
        a lobby that no longer lists them."""
        super()._connection_changed(connected)
        if connected and self.state is CallState.WAITING and self._knocked is not None:
            (summary, pin, consent), room_id = self._knocked, self.room_id
            if room_id is not None:
                knock = Knock(id="", room_id=room_id, precall=summary, pin=pin, consent=consent)
                self._tasks.spawn(self._link.quietly(self._link.request(knock)), "knock_again")


class ClinicianConsultation(Consultation):
    """The clinician: open a room, watch its queue, admit or deny, talk."""

    ROLE = Role.CLINICIAN
    # The clinic build sits idle all day with the queue open: the camera starts with the first call
    # (a synthetic camera alone cost 3 % of a core while idle; a real one would keep its light on).
    MEDIA_AT_LOGIN = False

    async def create_room(
        self,
        title: str = "",
        room_type: RoomType = RoomType.PERSONAL,
        host_pin: str | None = None,
        guest_pin: str | None = None,
    ) -> RoomInfo:
        """Open a room of a type (with PINs where it has them) and watch its queue."""
        if self._link.client is None:
            raise SessionError(ErrorCode.UNAUTHENTICATED, "log in first")
        room = await self._link.api.create_room(title, room_type, host_pin, guest_pin)
        self.room_id = room.room_id
        await self._link.client.request(WatchRoom(id="", room_id=room.room_id))
        return room

    async def room_types(self) -> list[RoomTypeInfo]:
        """The room types this service can hold: the room picker offers only these."""
        return await self._link.api.room_types()

    async def rooms(self) -> list[RoomSummary]:
        """This clinician's open rooms, from the service (they outlive the app)."""
        return await self._link.api.list_rooms()

    async def reopen_room(self, room: RoomInfo) -> RoomInfo:
        """Watch the queue of one of this clinician's rooms again (after a restart, or to switch)."""
        if self._link.client is None:
            raise SessionError(ErrorCode.UNAUTHENTICATED, "log in first")
        before, self.room_id = self.room_id, room.room_id  # its queue may arrive right with the ack
        try:
            await self._link.client.request(WatchRoom(id="", room_id=room.room_id))
        except SessionError:
            self.room_id = before
            raise
        return room

    async def keep_standing_room(self, address: str, title: str = "") -> RoomInfo:
        """Open (creating or readdressing) the standing personal room at ``address``, and watch it."""
        if self._link.client is None:
            raise SessionError(ErrorCode.UNAUTHENTICATED, "log in first")
        summary = await self._link.api.keep_standing_room(address, title)
        return await self.reopen_room(summary.room)

    async def close_room(self, room_id: str) -> None:
        """Close one of this clinician's rooms for good: whoever waits in it is told."""
        await self._link.api.close_room(room_id)
        if room_id == self.room_id:
            self.room_id = None

    async def admit(self, participant_id: str) -> None:
        """Admit a waiting patient, entering the call first if this clinician is not in it."""
        if self._link.client is None or self.room_id is None:
            raise SessionError(ErrorCode.NOT_FOUND, "create a room first")
        await self._enter_call()
        await self._link.client.request(Admit(id="", room_id=self.room_id, participant_id=participant_id))

    async def admit_all(self) -> None:
        """Admit everyone waiting, entering the call first if this clinician is not in it."""
        if self._link.client is None or self.room_id is None:
            raise SessionError(ErrorCode.NOT_FOUND, "create a room first")
        await self._enter_call()
        await self.moderation.admit_all()

    async def _enter_call(self) -> None:
        """Enter the call before admitting, unless already in it. Two admits at once (two quick
        clicks) both ask while ``admitted`` is still on its way: the second is told ``already_joined``,
        which means what it wanted."""
        if (
            self._link.client is None
            or self.room_id is None
            or self.state not in (CallState.IDLE, CallState.ENDED)
        ):
            return
        try:
            await self._link.client.request(JoinCall(id="", room_id=self.room_id))
        except SessionError as refusal:
            if refusal.code is not ErrorCode.ALREADY_JOINED:
                raise

    async def deny(self, participant_id: str) -> None:
        if self._link.client is None or self.room_id is None:
            raise SessionError(ErrorCode.NOT_FOUND, "create a room first")
        await self._link.client.request(Deny(id="", room_id=self.room_id, participant_id=participant_id))

    def _connection_changed(self, connected: bool) -> None:
        super()._connection_changed(connected)
        if connected and self.room_id is not None and self._link.client is not None:
            signaling, room_id = self._link.client, self.room_id
            self._tasks.spawn(signaling.request(WatchRoom(id="", room_id=room_id)), "rewatch")


__all__ = ["ClinicianConsultation", "Consultation", "PatientConsultation", "SessionConfig"]

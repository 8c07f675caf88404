"""A clinician's rooms: the open ones, closing one, and the standing personal room at a chosen address.

A standing room is an ordinary room with an ``address`` (each clinician has at most one): it is in
the database like every room, so it survives restarts of the service and of the app, and choosing
an address again updates it (and reopens it if it was closed). Addresses are lowercase ASCII
letters and digits (dashes, dots and spaces people type are dropped); one that could be read as a
join code is refused so a code and an address never meet.
"""

from __future__ import annotations

import time

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.core.errors import ErrorCode, ProtocolError
from app.core.links import normalise_address as normalize_address
from server.store.models import RoomRow
from server.store.repository import Repository, RoomRecord, room_record


class RoomDirectory:
    """Blocking store calls over the rooms table (run them in a worker thread)."""

    def __init__(self, repo: Repository) -> None:
        self._repo = repo

    def open_rooms(self, owner_user_id: str) -> list[RoomRecord]:
        """The owner's rooms that are not closed: the standing room first, then newest first."""
        query = select(RoomRow).filter_by(owner_user_id=owner_user_id, closed_at=None)
        with self._repo.transaction() as session:
            rooms = [room_record(row) for row in session.scalars(query)]
        return sorted(rooms, key=lambda r: (r.address is None, -r.created_at))

    def close(self, room_id: str) -> None:
        """The room takes nobody any more (closing twice keeps the first time)."""
        with self._repo.transaction() as session:
            row = session.get(RoomRow, room_id)
            if row is not None and row.closed_at is None:
                row.closed_at = time.time()

    def by_address(self, address: str) -> RoomRecord | None:
        with self._repo.transaction() as session:
            row = session.scalars(select(RoomRow).filter_by(address=address)).first()
            return None if row is None else room_record(row)

    def standing(self, owner_user_id: str) -> RoomRecord | None:
        query = select(RoomRow).filter(RoomRow.owner_user_id == owner_user_id, RoomRow.address.is_not(None))
        with self._repo.transaction() as session:
            row = session.scalars(query).first()
            return None if row is None else room_record(row)

    def keep_standing(self, owner_user_id: str, address_text: str, title: str) -> tuple[RoomRecord, bool]:
        """The owner's standing room at this address, created or updated and open; ``True`` if new.

        Raises ``ProtocolError``: ``bad_message`` for an address of the wrong shape, ``address_taken``
        when another room has it.
        """
        address = normalize_address(address_text)
        if address is None:
            raise ProtocolError(ErrorCode.BAD_MESSAGE, "address: 3-32 letters or digits, not a join code")
        taken = self.by_address(address)
        if taken is not None and taken.owner_user_id != owner_user_id:
            raise ProtocolError(ErrorCode.ADDRESS_TAKEN, "another room has that address")
        mine = self.standing(owner_user_id)
        if mine is None:
            try:
                return self._repo.create_room(owner_user_id, title, address), True
            except IntegrityError:  # taken a moment ago by someone else
                raise ProtocolError(ErrorCode.ADDRESS_TAKEN, "another room has that address") from None
        try:
            with self._repo.transaction() as session:
                row = session.get(RoomRow, mine.room_id)
                assert row is not None
                row.address, row.closed_at = address, None
                if title:
                    row.title = title
                record = room_record(row)
        except IntegrityError:
            raise ProtocolError(ErrorCode.ADDRESS_TAKEN, "another room has that address") from None
        return record, False

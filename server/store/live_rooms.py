"""The stored state of live rooms: one JSON snapshot per room and an index of who has a place where.

Written by the hub after every change to a room, under that room's lock, in one transaction, so
the snapshot and the index never disagree. Blocking: call from a worker thread.
"""

from __future__ import annotations

import json
import time
from typing import Any

from sqlalchemy import delete, select

from server.store.models import LiveMemberRow, LiveRoomRow
from server.store.repository import Repository


def encode(state: dict[str, Any]) -> str:
    return json.dumps(state, separators=(",", ":"), sort_keys=True)


class LiveRooms:
    """Load and save room snapshots; find the rooms a person has a place in."""

    def __init__(self, repo: Repository) -> None:
        self._repo = repo

    def load(self, room_id: str) -> dict[str, Any] | None:
        with self._repo.transaction() as session:
            row = session.get(LiveRoomRow, room_id)
            return None if row is None else dict(json.loads(row.state))

    def save(self, room_id: str, text: str, user_ids: list[str]) -> None:
        """Store the snapshot (``encode``'s text) and who has a place in the room."""
        with self._repo.transaction() as session:
            row = session.get(LiveRoomRow, room_id)
            if row is None:
                session.add(LiveRoomRow(room_id=room_id, state=text, updated_at=time.time()))
            else:
                row.state, row.updated_at = text, time.time()
            stored = set(session.scalars(select(LiveMemberRow.user_id).filter_by(room_id=room_id)))
            wanted = set(user_ids)
            if stored - wanted:
                gone = LiveMemberRow.user_id.in_(stored - wanted)
                session.execute(delete(LiveMemberRow).where(LiveMemberRow.room_id == room_id, gone))
            session.add_all(LiveMemberRow(room_id=room_id, user_id=u) for u in sorted(wanted - stored))

    def rooms_of(self, user_id: str) -> list[str]:
        query = select(LiveMemberRow.room_id).filter_by(user_id=user_id).order_by(LiveMemberRow.room_id)
        with self._repo.transaction() as session:
            return list(session.scalars(query))

    def occupied(self) -> list[str]:
        """Every room someone has a place in (loaded at start so their grace timers run)."""
        query = select(LiveMemberRow.room_id).distinct().order_by(LiveMemberRow.room_id)
        with self._repo.transaction() as session:
            return list(session.scalars(query))

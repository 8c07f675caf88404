"""Carries out one authenticated client request against the live rooms and answers it."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from app.core.errors import ErrorCode
from app.core.protocol import (
    Ack,
    Admit,
    ClientMessage,
    Deny,
    Error,
    Hello,
    JoinCall,
    Knock,
    Leave,
    Ping,
    Pong,
    Signal,
    UserInfo,
    WatchRoom,
)
from server.connection import Connection
from server.hub import Hub
from server.rooms import Effects, Room, RoomError

log = logging.getLogger(__name__)

Operation = Callable[[Room], Effects]


async def dispatch(hub: Hub, conn: Connection, message: ClientMessage) -> None:
    """Answer ``message`` with exactly one ack/error (``pong`` for ``ping``) and deliver its effects."""
    user = conn.user
    assert user is not None, "dispatch runs only after hello"
    match message:
        case Ping(id=ref):
            conn.send(Pong(ref=ref))
        case Hello(id=ref):
            conn.send(Error(ErrorCode.BAD_MESSAGE, ref, "already authenticated"))
        case _:
            room_id, operation = _operation(user, conn.id, message)
            await _apply(hub, conn, message, room_id, operation)


def _operation(user: UserInfo, conn_id: str, message: ClientMessage) -> tuple[str, Operation]:
    now = time.time()
    match message:
        case WatchRoom(room_id=room_id):
            return room_id, lambda room: room.watch(user, conn_id)
        case Knock(room_id=room_id, precall=precall):
            return room_id, lambda room: room.knock(user, conn_id, precall, now)
        case Admit(room_id=room_id, participant_id=pid):
            return room_id, lambda room: room.admit(user, pid)
        case Deny(room_id=room_id, participant_id=pid):
            return room_id, lambda room: room.deny(user, pid)
        case JoinCall(room_id=room_id):
            return room_id, lambda room: room.join_call(user, conn_id, now)
        case Signal(room_id=room_id, to=to, payload=payload):
            return room_id, lambda room: room.signal(user, to, payload)
        case Leave(room_id=room_id):
            return room_id, lambda room: room.leave(user.user_id)
    raise AssertionError(f"no operation for {message.TYPE}")


async def _apply(
    hub: Hub, conn: Connection, message: ClientMessage, room_id: str, operation: Operation
) -> None:
    ref = message.id
    live = await hub.live_room(room_id)
    if live is None:
        # A signal for a room you are not in is "not admitted", whether or not the room exists.
        code = ErrorCode.NOT_ADMITTED if isinstance(message, Signal) else ErrorCode.NOT_FOUND
        conn.send(Error(code, ref, "no such room"))
        return
    async with live.lock:
        try:
            effects = operation(live.room)
        except RoomError as refusal:
            log.info("refused type=%s room=%s conn=%s code=%s", message.TYPE, room_id, conn.id, refusal.code)
            conn.send(Error(refusal.code, ref, refusal.detail))
            return
        if not isinstance(message, Signal):  # signaling is too chatty for INFO
            log.info("accepted type=%s room=%s conn=%s", message.TYPE, room_id, conn.id)
        conn.send(Ack(ref=ref))
        hub.deliver(effects)

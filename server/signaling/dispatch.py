"""Carries out one authenticated client request against the live rooms and answers it."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from typing import Any, cast

from app.core.errors import ErrorCode
from app.core.protocol import Ack, Admit, ClientMessage, Error, Hello, JoinCall, Ping, Pong, Signal
from app.core.protocol.moderation import AdmitAll, Chat
from app.core.protocol.sfu import SfuPublish, SfuStart, SfuSubscribe, SfuUnsubscribe
from app.core.room_types import MediaRoute
from server.rooms.config import HashedPin, RoomConfig
from server.rooms.operations import operation_for
from server.rooms.room import Room, RoomError
from server.sfu.requests import SfuRequest
from server.signaling.connection import Connection
from server.signaling.hub import Hub

log = logging.getLogger(__name__)

_QUIET = (Signal, Chat)  # too chatty (or too personal) to log each one at INFO
_STARTS_CALL = (JoinCall, Admit, AdmitAll)  # may make an empty call non-empty: the consultation starts


async def dispatch(hub: Hub, conn: Connection, message: ClientMessage) -> None:
    """Answer ``message`` with exactly one ack/error (``pong`` for ``ping``) and deliver its effects."""
    user = conn.user
    assert user is not None, "dispatch runs only after hello"
    match message:
        case Ping(id=ref):
            conn.send(Pong(ref=ref))
        case Hello(id=ref):
            conn.send(Error(ErrorCode.BAD_MESSAGE, ref, "already authenticated"))
        case SfuPublish() | SfuSubscribe() | SfuStart() | SfuUnsubscribe():
            await _media_request(hub, conn, message)
        case _:
            await _apply(hub, conn, message)


async def _with_hashed_pin(message: ClientMessage, config: RoomConfig) -> ClientMessage:
    """``message`` with its PIN hashed in a worker thread (PBKDF2 must not hold up the event loop)."""
    pin = getattr(message, "pin", None)
    stored = [h for h in (config.guest_pin_hash, config.host_pin_hash) if h is not None]
    if not pin or not stored:
        return message
    hashed = await asyncio.to_thread(HashedPin.of, pin, stored)
    return cast(ClientMessage, dataclasses.replace(cast(Any, message), pin=hashed))


async def _start_media(hub: Hub, conn: Connection, room: Room, message: ClientMessage) -> None:
    """A host starting the consultation of a room whose media goes through Janus: its Janus rooms
    first, so that Janus being down refuses the start (``sfu_unavailable``) before anything changes."""
    assert conn.user is not None
    if room.media is not MediaRoute.SFU or room.call or not room.is_host(conn.user.user_id):
        return
    if not isinstance(message, _STARTS_CALL):
        return
    if hub.media is None:
        raise RoomError(ErrorCode.SFU_UNAVAILABLE, "this service has no media server")
    await hub.media.open(room)


async def _media_request(hub: Hub, conn: Connection, message: SfuRequest) -> None:
    """``sfu_*``: answered by ``sfu_answer`` / ``sfu_offer`` / ``ack``, or a coded error."""
    assert conn.user is not None
    async with hub.locked(message.room_id, conn.id) as live:
        if live is None:
            conn.send(Error(ErrorCode.NOT_ADMITTED, message.id, "no such room"))
            return
        if live.room.closed:
            conn.send(Error(ErrorCode.ROOM_CLOSED, message.id, "the room was closed"))
            return
        try:
            if hub.media is None:
                live.room.require_in_call(conn.user)
                raise RoomError(ErrorCode.FORBIDDEN, "this service has no media server")
            answer = await hub.media.request(live.room, conn.user, message)
        except RoomError as refusal:
            log.info(
                "refused type=%s room=%s conn=%s code=%s",
                message.TYPE,
                live.room.room_id,
                conn.id,
                refusal.code,
            )
            conn.send(Error(refusal.code, message.id, refusal.detail))
            return
        conn.send(answer)


async def _apply(hub: Hub, conn: Connection, message: ClientMessage) -> None:
    assert conn.user is not None
    ref = message.id
    room_id = operation_for(conn.user, conn.id, message, conn.guardian)[0]
    async with hub.locked(room_id, conn.id) as live:
        if live is None:
            # A signal for a room you are not in is "not admitted", whether or not the room exists.
            code = ErrorCode.NOT_ADMITTED if isinstance(message, Signal) else ErrorCode.NOT_FOUND
            conn.send(Error(code, ref, "no such room"))
            return
        if live.room.closed:
            conn.send(Error(ErrorCode.ROOM_CLOSED, ref, "the room was closed"))
            return
        message = await _with_hashed_pin(message, live.room.config)
        operation = operation_for(conn.user, conn.id, message, conn.guardian, conn.admission)[1]
        try:
            await _start_media(hub, conn, live.room, message)
            effects = operation(live.room)
        except RoomError as refusal:
            log.info("refused type=%s room=%s conn=%s code=%s", message.TYPE, room_id, conn.id, refusal.code)
            conn.send(Error(refusal.code, ref, refusal.detail))
            return
        if not isinstance(message, _QUIET):
            log.info("accepted type=%s room=%s conn=%s", message.TYPE, room_id, conn.id)
        hub.deliver([(conn.id, Ack(ref=ref)), *effects])  # sent once the change is stored

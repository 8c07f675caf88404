"""A clinician's rooms over REST: the open ones with who is waiting, closing one, the standing room.

``GET /v1/rooms`` lists the caller's open rooms (reopened in the app with ``watch_room``);
``POST /v1/rooms/{room_id}/close`` closes one (its owner only) and tells everyone in it;
``GET`` and ``PUT /v1/me/room`` read and keep the caller's standing personal room at the address
they choose. Rooms are in the database, so all of this survives restarts of the service and the app.
"""

from __future__ import annotations

import logging

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import API_PREFIX, Role, RoomList, RoomSummary, StandingRoomRequest, UserInfo, to_json
from server.api.request import bearer_user, guarded, read_body
from server.api.rooms import owned_room, room_info
from server.services import Services, services_of
from server.store import RoomRecord
from server.store.room_directory import RoomDirectory

log = logging.getLogger(__name__)


async def _clinician(request: Request, services: Services) -> UserInfo:
    user = await bearer_user(request, services)
    if user.role is not Role.CLINICIAN:
        raise ProtocolError(ErrorCode.FORBIDDEN, "only clinicians have rooms")
    return user


async def _summary(services: Services, room: RoomRecord) -> RoomSummary:
    live = await services.hub.view(room.room_id)
    waiting = len(live.lobby) if live is not None else 0
    in_call = len(live.call) if live is not None else 0
    info = await room_info(services, room)
    return RoomSummary(room=info, standing=room.address is not None, waiting=waiting, in_call=in_call)


async def list_rooms(request: Request) -> Response:
    services = services_of(request)
    user = await _clinician(request, services)
    rooms = await run_in_threadpool(RoomDirectory(services.repo).open_rooms, user.user_id)
    summaries = [await _summary(services, room) for room in rooms]
    return JSONResponse(to_json(RoomList(summaries)))


async def close_room(request: Request) -> Response:
    """Only the owner closes; closing a closed room again changes nothing."""
    services = services_of(request)
    user = await _clinician(request, services)
    room = await owned_room(request, services, user, "only the room's owner may close it")
    if not room.closed:
        await run_in_threadpool(RoomDirectory(services.repo).close, room.room_id)
        await services.hub.close_room(room.room_id, user)
    return Response(status_code=204)


async def standing_room(request: Request) -> Response:
    """``GET``: the caller's standing room (``not_found`` if none); ``PUT``: keep it at an address."""
    services = services_of(request)
    user = await _clinician(request, services)
    directory = RoomDirectory(services.repo)
    if request.method == "GET":
        room = await run_in_threadpool(directory.standing, user.user_id)
        if room is None:
            raise ProtocolError(ErrorCode.NOT_FOUND, "no standing room yet")
        return JSONResponse(to_json(await _summary(services, room)))
    body = await read_body(request, StandingRoomRequest)
    kept, created = await run_in_threadpool(
        directory.keep_standing, user.user_id, body.address, body.title.strip()
    )
    log.info("standing room kept room=%s created=%s", kept.room_id, created)
    return JSONResponse(to_json(await _summary(services, kept)), status_code=201 if created else 200)


def routes() -> list[BaseRoute]:
    p = API_PREFIX
    return [
        Route(f"{p}/rooms", guarded(list_rooms), methods=["GET"]),
        Route(f"{p}/rooms/{{room_id}}/close", guarded(close_room), methods=["POST"]),
        Route(f"{p}/me/room", guarded(standing_room), methods=["GET", "PUT"]),
    ]

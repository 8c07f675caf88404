"""REST routes under ``/v1``: health, test login, rooms (with their type and PINs), a dev-only probe."""

from __future__ import annotations

import logging

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from app.core.errors import ErrorCode, ProtocolError
from app.core.links import normalise_address as normalize_address
from app.core.protocol import (
    API_PREFIX,
    CreateRoomRequest,
    Role,
    RoomInfo,
    RoomTypes,
    TestLoginRequest,
    UserInfo,
    to_json,
)
from app.core.room_types import MediaRoute
from server.api.request import bearer_user, guarded, read_body, require_dev
from server.edge.client_limits import client_address, limits_of
from server.identity.test_identity import login_test_person
from server.rooms.config import RoomConfig
from server.rooms.room import RoomError
from server.services import Services, services_of
from server.sfu.choice import media_of, room_types
from server.store import RoomRecord
from server.store.repository import format_code, normalize_code
from server.store.room_directory import RoomDirectory

log = logging.getLogger(__name__)


async def room_info(services: Services, room: RoomRecord) -> RoomInfo:
    owner = await run_in_threadpool(services.repo.user, room.owner_user_id)
    config = await run_in_threadpool(services.room_store.config, room.room_id)
    code = format_code(room.code)
    return RoomInfo(
        room_id=room.room_id,
        code=code,
        title=room.title,
        host_name=owner.name if owner is not None else "",
        link=services.settings.link_base + (room.address or code),
        room_type=config.room_type,
        guest_pin_required=config.guest_pin_hash is not None,
        address=room.address,
    )


async def health(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


async def test_login(request: Request) -> Response:
    services = services_of(request)
    require_dev(services)
    body = await read_body(request, TestLoginRequest)
    response = await run_in_threadpool(login_test_person, services.repo, services.tokens, body)
    return JSONResponse(to_json(response))


async def create_room(request: Request) -> Response:
    services = services_of(request)
    user = await bearer_user(request, services)
    if user.role is not Role.CLINICIAN:
        raise ProtocolError(ErrorCode.FORBIDDEN, "only clinicians open rooms")
    body = await read_body(request, CreateRoomRequest)
    settings = services.settings
    if media_of(body.room_type, settings.sfu_rooms) is MediaRoute.SFU and not settings.have_sfu:
        raise ProtocolError(ErrorCode.NEEDS_SFU, f"a {body.room_type.value} room needs a media server")
    try:
        config = await run_in_threadpool(RoomConfig.create, body.room_type, body.host_pin, body.guest_pin)
    except RoomError as refusal:
        raise ProtocolError(refusal.code, refusal.detail) from None
    room = await run_in_threadpool(services.repo.create_room, user.user_id, body.title.strip())
    await run_in_threadpool(services.room_store.save_config, room.room_id, config)
    return JSONResponse(to_json(await room_info(services, room)), status_code=201)


async def list_room_types(request: Request) -> Response:
    """The room types this service can hold: without a media server only the peer-to-peer ones."""
    services = services_of(request)
    await bearer_user(request, services)
    settings = services.settings
    return JSONResponse(to_json(RoomTypes(room_types(settings.sfu_rooms, settings.have_sfu))))


async def get_room(request: Request) -> Response:
    """A room by its join code or a standing room's address; a closed one is ``room_closed``."""
    services = services_of(request)
    user = await bearer_user(request, services)
    limits, client = limits_of(request), client_address(request)
    await limits.check("join_code_miss_user", user.user_id)
    await limits.check("join_code_miss_address", client)
    text = request.path_params["code"]
    code, address = normalize_code(text), normalize_address(text)
    room = None if code is None else await run_in_threadpool(services.repo.room_by_code, code)
    if room is None and address is not None:
        room = await run_in_threadpool(RoomDirectory(services.repo).by_address, address)
    if room is None:
        await limits.hit("join_code_miss_user", user.user_id)
        await limits.hit("join_code_miss_address", client)
        raise ProtocolError(ErrorCode.NOT_FOUND, "no room with that code")
    if room.closed:
        raise ProtocolError(ErrorCode.ROOM_CLOSED, "the room was closed")
    return JSONResponse(to_json(await room_info(services, room)))


async def owned_room(request: Request, services: Services, user: UserInfo, refusal: str) -> RoomRecord:
    """The room named in the path, if ``user`` owns it: else ``not_found`` or ``forbidden`` (``refusal``)."""
    room = await run_in_threadpool(services.repo.room, request.path_params["room_id"])
    if room is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such room")
    if room.owner_user_id != user.user_id:
        raise ProtocolError(ErrorCode.FORBIDDEN, refusal)
    return room


async def dev_room_state(request: Request) -> Response:
    services = services_of(request)
    require_dev(services)
    user = await bearer_user(request, services)
    room = await owned_room(request, services, user, "only the room's host may look")
    live = await services.hub.view(room.room_id)
    counts = live.counts() if live is not None else {"lobby": 0, "call": 0, "connections": 0}
    return JSONResponse(counts)


def routes() -> list[BaseRoute]:
    p = API_PREFIX
    return [
        Route(f"{p}/health", guarded(health), methods=["GET"]),
        Route(f"{p}/auth/test", guarded(test_login), methods=["POST"]),
        Route(f"{p}/rooms", guarded(create_room), methods=["POST"]),
        Route(f"{p}/room-types", guarded(list_room_types), methods=["GET"]),
        Route(f"{p}/rooms/{{code}}", guarded(get_room), methods=["GET"]),
        Route(f"{p}/dev/rooms/{{room_id}}/state", guarded(dev_room_state), methods=["GET"]),
    ]

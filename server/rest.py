"""REST routes under ``/v1``: health, test login, rooms (with their type and PINs), a dev-only probe."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from app.core.errors import ErrorCode, ProtocolError
from app.core.links import normalise_address as normalize_address
from app.core.protocol import (
    API_PREFIX,
    MAX_MESSAGE_BYTES,
    CreateRoomRequest,
    Role,
    RoomInfo,
    RoomTypes,
    TestLoginRequest,
    UserInfo,
    from_json,
    to_json,
)
from app.core.protocol.envelope import loads
from app.core.room_types import MediaRoute
from server.edge.client_limits import client_address, limits_of
from server.edge.outage import is_outage
from server.http_errors import failure_response
from server.identity.broker import broker_of
from server.identity.test_identity import login_test_person
from server.room_config import RoomConfig
from server.rooms import RoomError
from server.services import Services, services_of
from server.sfu.choice import media_of, room_types
from server.store import RoomRecord
from server.store.repository import format_code, normalize_code
from server.store.room_directory import RoomDirectory

log = logging.getLogger(__name__)

Endpoint = Callable[[Request], Awaitable[Response]]


T = TypeVar("T")


async def _body(request: Request, cls: type[T]) -> T:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_MESSAGE_BYTES:
        raise ProtocolError(ErrorCode.TOO_LARGE, f"body over {MAX_MESSAGE_BYTES} bytes")
    raw = b""
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_MESSAGE_BYTES:
            raise ProtocolError(ErrorCode.TOO_LARGE, f"body over {MAX_MESSAGE_BYTES} bytes")
    return from_json(cls, loads(raw, "body is not valid JSON"))


async def _user(request: Request, services: Services) -> UserInfo:
    """The person the request's bearer token belongs to."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ProtocolError(ErrorCode.UNAUTHENTICATED, "bearer token required")
    claims = services.tokens.verify(token.strip())
    broker_of(request).sessions.check(claims.session)
    record = await run_in_threadpool(services.repo.user, claims.user_id)
    if record is None:
        raise ProtocolError(ErrorCode.INVALID_TOKEN, "unknown user")
    return record.info()


def _require_dev(services: Services) -> None:
    if not services.settings.dev_mode:
        raise ProtocolError(ErrorCode.DEV_MODE_ONLY, "only available in dev mode")


async def _room_info(services: Services, room: RoomRecord) -> RoomInfo:
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
    _require_dev(services)
    body = await _body(request, TestLoginRequest)
    response = await run_in_threadpool(login_test_person, services.repo, services.tokens, body)
    return JSONResponse(to_json(response))


async def create_room(request: Request) -> Response:
    services = services_of(request)
    user = await _user(request, services)
    if user.role is not Role.CLINICIAN:
        raise ProtocolError(ErrorCode.FORBIDDEN, "only clinicians open rooms")
    body = await _body(request, CreateRoomRequest)
    settings = services.settings
    if media_of(body.room_type, settings.sfu_rooms) is MediaRoute.SFU and not settings.have_sfu:
        raise ProtocolError(ErrorCode.NEEDS_SFU, f"a {body.room_type.value} room needs a media server")
    try:
        config = await run_in_threadpool(RoomConfig.create, body.room_type, body.host_pin, body.guest_pin)
    except RoomError as refusal:
        raise ProtocolError(refusal.code, refusal.detail) from None
    room = await run_in_threadpool(services.repo.create_room, user.user_id, body.title.strip())
    await run_in_threadpool(services.room_store.save_config, room.room_id, config)
    return JSONResponse(to_json(await _room_info(services, room)), status_code=201)


async def list_room_types(request: Request) -> Response:
    """The room types this service can hold: without a media server only the peer-to-peer ones."""
    services = services_of(request)
    await _user(request, services)
    settings = services.settings
    return JSONResponse(to_json(RoomTypes(room_types(settings.sfu_rooms, settings.have_sfu))))


async def get_room(request: Request) -> Response:
    """A room by its join code or a standing room's address; a closed one is ``room_closed``."""
    services = services_of(request)
    user = await _user(request, services)
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
    return JSONResponse(to_json(await _room_info(services, room)))


async def _owned_room(request: Request, services: Services, user: UserInfo, refusal: str) -> RoomRecord:
    """The room named in the path, if ``user`` owns it: else ``not_found`` or ``forbidden`` (``refusal``)."""
    room = await run_in_threadpool(services.repo.room, request.path_params["room_id"])
    if room is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such room")
    if room.owner_user_id != user.user_id:
        raise ProtocolError(ErrorCode.FORBIDDEN, refusal)
    return room


async def dev_room_state(request: Request) -> Response:
    services = services_of(request)
    _require_dev(services)
    user = await _user(request, services)
    room = await _owned_room(request, services, user, "only the room's host may look")
    live = await services.hub.view(room.room_id)
    counts = live.counts() if live is not None else {"lobby": 0, "call": 0, "connections": 0}
    return JSONResponse(counts)


def _guarded(endpoint: Endpoint) -> Endpoint:
    """Turn an unexpected exception into a coded 500, logged by type only (may carry personal data)."""

    async def run(request: Request) -> Response:
        try:
            return await endpoint(request)
        except ProtocolError:
            raise
        except Exception as exc:
            if not is_outage(exc):
                log.error("route failed path=%s error=%s", endpoint.__name__, type(exc).__name__)
                log.debug("route traceback", exc_info=True)
            return failure_response(request, exc)

    return run


def routes() -> list[BaseRoute]:
    p = API_PREFIX
    return [
        Route(f"{p}/health", _guarded(health), methods=["GET"]),
        Route(f"{p}/auth/test", _guarded(test_login), methods=["POST"]),
        Route(f"{p}/rooms", _guarded(create_room), methods=["POST"]),
        Route(f"{p}/room-types", _guarded(list_room_types), methods=["GET"]),
        Route(f"{p}/rooms/{{code}}", _guarded(get_room), methods=["GET"]),
        Route(f"{p}/dev/rooms/{{room_id}}/state", _guarded(dev_room_state), methods=["GET"]),
    ]

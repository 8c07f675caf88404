"""``GET /v1/rooms/{room_id}/audit``: a room's host exports its audit log for the patient record."""

from __future__ import annotations

import logging

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import API_PREFIX, to_json
from app.core.protocol.rest import AuditEntry, AuditLog
from server.api.request import bearer_user, guarded
from server.rooms.audit_event import AuditEvent
from server.services import services_of

log = logging.getLogger(__name__)


def entry(event: AuditEvent) -> AuditEntry:
    return AuditEntry(
        at=event.at,
        action=event.action,
        actor_user_id=event.actor_user_id,
        actor_role=event.actor_role,
        target_user_id=event.target_user_id,
        target_role=event.target_role,
        target_participant_id=event.target_participant_id,
        detail=event.detail,
    )


async def export_audit(request: Request) -> Response:
    """The whole log, oldest first; only the room's owner or a current host may read it."""
    services = services_of(request)
    user = await bearer_user(request, services)
    room_id = request.path_params["room_id"]
    room = await run_in_threadpool(services.repo.room, room_id)
    if room is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no such room")
    live = await services.hub.view(room_id)
    is_host = room.owner_user_id == user.user_id or (live is not None and live.is_host(user.user_id))
    if not is_host:
        raise ProtocolError(ErrorCode.FORBIDDEN, "only the room's host may export its log")
    events = await run_in_threadpool(services.room_store.events, room_id)
    log.info("audit exported room=%s entries=%d", room_id, len(events))
    return JSONResponse(to_json(AuditLog(room_id, [entry(e) for e in events])))


def routes() -> list[BaseRoute]:
    return [Route(f"{API_PREFIX}/rooms/{{room_id}}/audit", guarded(export_audit), methods=["GET"])]

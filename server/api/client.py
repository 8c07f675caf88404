"""What a client asks before a consultation: ``GET /v1/client`` (the client versions this deployment
supports, ``server.client_versions``; 404 ``not_found`` when unset) and ``GET /v1/consent`` (the
consent asked before knocking, ``server.rooms.admission``). Anyone may ask, before signing in."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import API_PREFIX, to_json
from server.api.request import guarded
from server.rooms.admission import consent_info
from server.services import services_of


async def client_versions(request: Request) -> Response:
    settings = services_of(request).settings.client_versions
    if settings is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no client versions set for this deployment")
    return JSONResponse(to_json(settings.answer()), headers={"Cache-Control": "max-age=300"})


async def consent(request: Request) -> Response:
    return JSONResponse(to_json(consent_info(services_of(request).settings)))


def routes() -> list[BaseRoute]:
    return [
        Route(f"{API_PREFIX}/client", guarded(client_versions), methods=["GET"]),
        Route(f"{API_PREFIX}/consent", consent, methods=["GET"]),
    ]

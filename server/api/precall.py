"""The routes of the pre-call check: ``POST /v1/turn/credentials`` (short-lived TURN credentials for
the network test, ``server.network.turn``) and ``GET /v1/preflight/probe`` (where to send the UDP probe, with
a fresh token, ``server.network.probe``). Logged-in people only."""

from __future__ import annotations

from typing import cast

from starlette.requests import HTTPConnection, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import API_PREFIX, to_json
from app.core.protocol.rest import ProbeInfo, TurnCredentialsResponse
from server.api.request import bearer_user, guarded
from server.network.probe import ProbeListener
from server.network.turn import TurnCredentials
from server.services import services_of

CHECK_TTL_S = 120  # lifetime of credentials issued for the pre-call check


def turn_of(connection: HTTPConnection) -> TurnCredentials:
    """The credential issuer of the instance serving this request."""
    return cast(TurnCredentials, connection.app.state.turn)


def probe_of(connection: HTTPConnection) -> ProbeListener | None:
    """The probe listener of the instance serving this request (None when disabled)."""
    return cast(ProbeListener | None, getattr(connection.app.state, "probe", None))


async def turn_credentials(request: Request) -> Response:
    """``POST /v1/turn/credentials``: any logged-in person (patients in any state) may test their network."""
    user = await bearer_user(request, services_of(request))
    turn = turn_of(request)
    ttl = min(turn.ttl_s, CHECK_TTL_S)  # a check needs seconds; lobby patients get no long-lived relay
    body = TurnCredentialsResponse(ice_servers=turn.ice_servers(user.user_id, ttl), expires_in=ttl)
    return JSONResponse(to_json(body))


async def probe_info(request: Request) -> Response:
    """``GET /v1/preflight/probe``: where to send the UDP probe, with a fresh token (logged-in only)."""
    await bearer_user(request, services_of(request))
    listener = probe_of(request)
    if listener is None or listener.port == 0:
        raise ProtocolError(ErrorCode.NOT_FOUND, "no probe on this service")
    server = request.scope.get("server") or (services_of(request).settings.host, 0)
    info = ProbeInfo(
        host=str(server[0]),
        port=listener.port,
        token=listener.tokens.issue(),
        expires_in=listener.tokens.ttl_s,
    )
    return JSONResponse(to_json(info))


def routes() -> list[BaseRoute]:
    return [
        Route(f"{API_PREFIX}/turn/credentials", guarded(turn_credentials), methods=["POST"]),
        Route(f"{API_PREFIX}/preflight/probe", guarded(probe_info), methods=["GET"]),
    ]

"""REST routes under ``/v1/auth``: providers, BankID logins, OpenID Connect, refresh and logout."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import API_PREFIX, to_json
from app.core.protocol.rest import (
    ActForRequest,
    EmailCodeRequest,
    EmailLoginRequest,
    OidcLoginRequest,
    RefreshRequest,
)
from server.api.request import bearer_user, guarded, read_body
from server.edge.client_limits import client_address, limits_of
from server.identity.bankid_logins import BankIdLogins
from server.identity.broker import broker_of
from server.identity.oidc_web import OidcWebFinish, OidcWebStart, check_redirect
from server.services import services_of


def _bankid(request: Request) -> BankIdLogins:
    logins = broker_of(request).bankid
    if logins is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "BankID is not offered here")
    return logins


async def providers(request: Request) -> Response:
    return JSONResponse(to_json(broker_of(request).providers()))


async def bankid_start(request: Request) -> Response:
    end_user_ip = client_address(request)
    _bankid(request)
    await limits_of(request).take("bankid_start", end_user_ip)
    started = await _bankid(request).start(end_user_ip)
    return JSONResponse(to_json(started), status_code=201)


async def bankid_state(request: Request) -> Response:
    same_device = request.query_params.get("device") == "this"
    state = _bankid(request).state(request.path_params["login_id"], same_device)
    return JSONResponse(to_json(state), headers={"Cache-Control": "no-store"})


async def bankid_cancel(request: Request) -> Response:
    await _bankid(request).cancel(request.path_params["login_id"])
    return Response(status_code=204)


async def oidc_login(request: Request) -> Response:
    broker = broker_of(request)
    await limits_of(request).take("oidc", client_address(request))
    body = await read_body(request, OidcLoginRequest)
    person = await broker.oidc.verify(body.provider_id, body.id_token, body.nonce)
    return JSONResponse(to_json(await broker.login(person)), headers={"Cache-Control": "no-store"})


async def oidc_web_start(request: Request) -> Response:
    """The guest page's sign-in: the provider's authorization address for the page's PKCE and state."""
    await limits_of(request).take("oidc", client_address(request))
    body = await read_body(request, OidcWebStart)
    check_redirect(body.redirect_uri, request.headers.get("host"), services_of(request).settings.public_urls)
    authorization = await broker_of(request).oidc_web.authorization_url(body)
    return JSONResponse(to_json(authorization), headers={"Cache-Control": "no-store"})


async def oidc_web_token(request: Request) -> Response:
    """The guest page came back with a code: exchange it with the page's verifier, verify, log in."""
    broker = broker_of(request)
    await limits_of(request).take("oidc", client_address(request))
    body = await read_body(request, OidcWebFinish)
    check_redirect(body.redirect_uri, request.headers.get("host"), services_of(request).settings.public_urls)
    id_token = await broker.oidc_web.id_token(body)
    person = await broker.oidc.verify(body.provider_id, id_token, body.nonce)
    return JSONResponse(to_json(await broker.login(person)), headers={"Cache-Control": "no-store"})


async def email_code(request: Request) -> Response:
    """Mail a one-time code; the same 202 for every well-formed address (no accounts to enumerate)."""
    codes = broker_of(request).email
    if codes is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "e-mail sign-in is not offered here")
    body = await read_body(request, EmailCodeRequest)
    await codes.send_code(body.address, body.name, body.language, client_address(request))
    return Response(status_code=202, headers={"Cache-Control": "no-store"})


async def email_login(request: Request) -> Response:
    body = await read_body(request, EmailLoginRequest)
    response = await broker_of(request).email_login(body.address, body.code, client_address(request))
    return JSONResponse(to_json(response), headers={"Cache-Control": "no-store"})


async def refresh(request: Request) -> Response:
    await limits_of(request).take("refresh", client_address(request))
    body = await read_body(request, RefreshRequest)
    response = await broker_of(request).refreshed(body.refresh_token)
    return JSONResponse(to_json(response), headers={"Cache-Control": "no-store"})


async def act_for(request: Request) -> Response:
    guardian = await bearer_user(request, services_of(request))
    body = await read_body(request, ActForRequest)
    response = await broker_of(request).act_for(guardian, body.national_id)
    return JSONResponse(to_json(response), headers={"Cache-Control": "no-store"})


async def logout(request: Request) -> Response:
    body = await read_body(request, RefreshRequest)
    await broker_of(request).logout(body.refresh_token)
    return Response(status_code=204)


def routes() -> list[BaseRoute]:
    p = f"{API_PREFIX}/auth"
    return [
        Route(f"{p}/providers", guarded(providers), methods=["GET"]),
        Route(f"{p}/bankid", guarded(bankid_start), methods=["POST"]),
        Route(f"{p}/bankid/{{login_id}}", guarded(bankid_state), methods=["GET"]),  # ?device=this
        Route(f"{p}/bankid/{{login_id}}", guarded(bankid_cancel), methods=["DELETE"]),
        Route(f"{p}/oidc", guarded(oidc_login), methods=["POST"]),
        Route(f"{p}/oidc/web", guarded(oidc_web_start), methods=["POST"]),
        Route(f"{p}/oidc/web/token", guarded(oidc_web_token), methods=["POST"]),
        Route(f"{p}/email", guarded(email_code), methods=["POST"]),
        Route(f"{p}/email/verify", guarded(email_login), methods=["POST"]),
        Route(f"{p}/refresh", guarded(refresh), methods=["POST"]),
        Route(f"{p}/logout", guarded(logout), methods=["POST"]),
        Route(f"{p}/act-for", guarded(act_for), methods=["POST"]),
    ]

"""REST refusals: every error is an ``ErrorBody`` JSON with a fitting HTTP status."""

from __future__ import annotations

import logging

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import ErrorBody, to_json
from server.edge.outage import RETRY_AFTER_S, is_outage

log = logging.getLogger(__name__)

STATUS: dict[ErrorCode, int] = {
    ErrorCode.BAD_JSON: 400,
    ErrorCode.BAD_MESSAGE: 400,
    ErrorCode.UNKNOWN_TYPE: 400,
    ErrorCode.UNSUPPORTED_VERSION: 400,
    ErrorCode.TOO_LARGE: 413,
    ErrorCode.RATE_LIMITED: 429,
    ErrorCode.UNAUTHENTICATED: 401,
    ErrorCode.INVALID_TOKEN: 401,
    ErrorCode.TOKEN_EXPIRED: 401,
    ErrorCode.FORBIDDEN: 403,
    ErrorCode.DEV_MODE_ONLY: 403,
    ErrorCode.NOT_FOUND: 404,
    ErrorCode.ROOM_CLOSED: 410,
    ErrorCode.ADDRESS_TAKEN: 409,
    ErrorCode.INTERNAL: 500,
    ErrorCode.SERVICE_UNAVAILABLE: 503,  # the database or Redis does not answer: try again shortly
    ErrorCode.IDENTITY_REJECTED: 401,  # the proof of identity did not hold
    ErrorCode.ASSURANCE_TOO_LOW: 403,  # a real identity, but not strong enough for this service
    ErrorCode.PROVIDER_UNAVAILABLE: 503,  # BankID or the OpenID provider cannot be used now
    ErrorCode.CODE_INVALID: 401,  # an e-mail code that is wrong, used or expired
}
_HTTP_CODES = {404: ErrorCode.NOT_FOUND, 413: ErrorCode.TOO_LARGE, 401: ErrorCode.UNAUTHENTICATED}


def request_ref(request: Request) -> str | None:
    """The caller's ``X-Request-Id``, if it sent a usable one."""
    ref = request.headers.get("x-request-id")
    return ref[:64] if ref else None


def error_response(
    request: Request, code: ErrorCode, detail: str = "", status: int | None = None
) -> Response:
    app = request.scope.get("app")  # absent for a request built outside the app
    metrics = getattr(app.state, "metrics", None) if app is not None else None
    if metrics is not None:
        metrics.refused(code, "rest")
    body = ErrorBody(code=code, ref=request_ref(request), detail=detail)
    status = status if status is not None else STATUS.get(code, 409)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(to_json(body), status_code=status, headers=headers)


async def protocol_error_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ProtocolError)
    log.info("refused %s %s code=%s", request.method, "/".join(request.url.path.split("/")[:3]), exc.code)
    return error_response(request, exc.code, exc.detail)


async def http_error_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = _HTTP_CODES.get(exc.status_code, ErrorCode.BAD_MESSAGE)
    return error_response(request, code, str(exc.detail)[:200], status=exc.status_code)


def failure_response(request: Request, exc: BaseException) -> Response:
    """An unexpected failure: 503 ``service_unavailable`` (with ``Retry-After``) when what the
    service depends on is away, else 500 ``internal``."""
    if is_outage(exc):
        log.warning("refused %s: a dependency is down error=%s", request.method, type(exc).__name__)
        response = error_response(request, ErrorCode.SERVICE_UNAVAILABLE, "try again shortly")
        response.headers["Retry-After"] = str(RETRY_AFTER_S)
        return response
    return error_response(request, ErrorCode.INTERNAL, "internal error")


async def internal_error_handler(request: Request, exc: Exception) -> Response:
    return failure_response(request, exc)

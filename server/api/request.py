"""What every REST route shares: reading a bounded JSON body, the bearer token's person, the dev-mode
gate, and turning an unexpected failure into a coded answer (``guarded``).

It depends on no route module, so any route may use it without an import cycle."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import MAX_MESSAGE_BYTES, UserInfo, from_json
from app.core.protocol.envelope import loads
from server.api.errors import failure_response
from server.edge.outage import is_outage
from server.identity.broker import broker_of
from server.services import Services

log = logging.getLogger(__name__)

Endpoint = Callable[[Request], Awaitable[Response]]

T = TypeVar("T")


async def read_body(request: Request, cls: type[T]) -> T:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_MESSAGE_BYTES:
        raise ProtocolError(ErrorCode.TOO_LARGE, f"body over {MAX_MESSAGE_BYTES} bytes")
    raw = b""
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_MESSAGE_BYTES:
            raise ProtocolError(ErrorCode.TOO_LARGE, f"body over {MAX_MESSAGE_BYTES} bytes")
    return from_json(cls, loads(raw, "body is not valid JSON"))


async def bearer_user(request: Request, services: Services) -> UserInfo:
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


def require_dev(services: Services) -> None:
    if not services.settings.dev_mode:
        raise ProtocolError(ErrorCode.DEV_MODE_ONLY, "only available in dev mode")


def guarded(endpoint: Endpoint) -> Endpoint:
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

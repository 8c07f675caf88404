"""The WebSocket endpoint ``/v1/ws``: hello authentication, decoding, rate limiting, dispatch."""

from __future__ import annotations

import asyncio
import logging

from starlette.concurrency import run_in_threadpool
from starlette.websockets import WebSocket

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import ClientMessage, Error, Hello, UserInfo, Welcome, decode_client
from server.connection import CLOSE_POLICY, Connection
from server.dispatch import dispatch
from server.identity.broker import broker_of
from server.ratelimit import TokenBucket
from server.services import Services, services_of
from server.web.origin import origin_allowed

log = logging.getLogger(__name__)


async def _receive(websocket: WebSocket) -> str | bytes | None:
    """The next frame, or ``None`` once the client has gone."""
    message = await websocket.receive()
    if message["type"] == "websocket.disconnect":
        return None
    text = message.get("text")
    return text if text is not None else message.get("bytes") or b""


async def _authenticate(services: Services, websocket: WebSocket, conn: Connection) -> UserInfo | None:
    """Wait for ``hello`` and check its token; on any failure answer with a coded error and close."""
    try:
        async with asyncio.timeout(services.settings.hello_timeout_s):
            raw = await _receive(websocket)
    except TimeoutError:
        log.info("no hello in time conn=%s", conn.id)
        conn.close(CLOSE_POLICY, "no hello")
        return None
    if raw is None:
        return None
    try:
        message = decode_client(raw)
        if not isinstance(message, Hello):
            raise ProtocolError(ErrorCode.UNAUTHENTICATED, "send hello first", message.id)
        try:
            claims = services.tokens.verify(message.token)
        except ProtocolError as refusal:
            refusal.ref = message.id
            raise
        record = await run_in_threadpool(services.repo.user, claims.user_id)
        if record is None:
            raise ProtocolError(ErrorCode.INVALID_TOKEN, "unknown user", message.id)
    except ProtocolError as refusal:
        log.info("hello refused conn=%s code=%s", conn.id, refusal.code)
        conn.send(Error(refusal.code, refusal.ref, refusal.detail))
        conn.close(CLOSE_POLICY, refusal.code.value)
        return None
    user = record.info()
    conn.user = user
    conn.resumed = message.resume
    conn.guardian = await broker_of(websocket).guardian_name(user.user_id)
    conn.send(Welcome(user=user))
    log.info("welcome conn=%s role=%s", conn.id, user.role)
    return user


async def _serve(services: Services, websocket: WebSocket, conn: Connection) -> None:
    """Read requests until the client goes; each one is answered, none can take the service down."""
    settings = services.settings
    bucket = TokenBucket(settings.rate_per_s, settings.rate_burst)
    while not conn.closing:
        raw = await _receive(websocket)
        if raw is None:
            return
        message: ClientMessage | None = None
        refusal: ProtocolError | None = None
        try:
            message = decode_client(raw)
        except ProtocolError as exc:
            refusal = exc
        ref = message.id if message is not None else refusal.ref if refusal is not None else None
        if not bucket.take():
            conn.send(Error(ErrorCode.RATE_LIMITED, ref, "slow down"))
            continue
        if message is None:
            assert refusal is not None
            log.info("undecodable frame conn=%s code=%s", conn.id, refusal.code)
            conn.send(Error(refusal.code, refusal.ref, refusal.detail[:200]))
            continue
        try:
            await dispatch(services.hub, conn, message)
        except Exception as exc:  # logged by type only: messages may carry personal data
            log.error("handler failed type=%s conn=%s error=%s", message.TYPE, conn.id, type(exc).__name__)
            log.debug("handler traceback", exc_info=True)
            conn.send(Error(ErrorCode.INTERNAL, ref, "internal error"))


async def websocket_endpoint(websocket: WebSocket) -> None:
    """One client connection from accept to cleanup."""
    services = services_of(websocket)
    headers = websocket.headers
    if not origin_allowed(headers.get("origin"), headers.get("host"), services.settings.public_urls):
        log.info("websocket refused: foreign origin")
        await websocket.close(CLOSE_POLICY)  # before accept: the handshake is answered 403
        return
    await websocket.accept()
    conn = Connection(websocket, services.settings.outbound_queue)
    conn.start()
    try:
        if await _authenticate(services, websocket, conn) is None:
            return
        await services.hub.attach(conn)
        await _serve(services, websocket, conn)
    finally:
        await services.hub.detach(conn)
        conn.close()
        await conn.wait_closed()
        log.info("closed conn=%s", conn.id)

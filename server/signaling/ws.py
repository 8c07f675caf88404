"""The WebSocket endpoint ``/v1/ws``: hello authentication, decoding, rate limiting, dispatch."""

from __future__ import annotations

import asyncio
import logging
import time

from starlette.concurrency import run_in_threadpool
from starlette.websockets import WebSocket

from app.core.errors import ErrorCode, ProtocolError
from app.core.protocol import Admit, ClientMessage, Error, Hello, Signal, UserInfo, Welcome, decode_client
from app.core.protocol.moderation import Chat
from server.edge.metrics import Metrics, metrics_of
from server.edge.outage import is_outage
from server.identity.broker import broker_of
from server.rooms.admission import Admission
from server.rooms.members import Member
from server.services import Services, services_of
from server.signaling.connection import CLOSE_POLICY, CLOSE_TRY_LATER, Connection
from server.signaling.dispatch import dispatch
from server.signaling.ratelimit import TokenBucket
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
            broker_of(websocket).sessions.check(claims.session)
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
    conn.session = claims.session
    conn.resumed = message.resume
    conn.guardian = await broker_of(websocket).guardian_name(user.user_id)
    conn.send(Welcome(user=user))
    log.info("welcome conn=%s role=%s", conn.id, user.role)
    return user


async def _timed_dispatch(
    services: Services, conn: Connection, message: ClientMessage, received: float, metrics: Metrics
) -> None:
    """Dispatch, timing relays and admissions (and how long an admitted person waited)."""
    waiting: Member | None = None
    if isinstance(message, Admit):
        live = services.hub.loaded(message.room_id)
        waiting = live.room.lobby.get(message.participant_id) if live is not None else None
    await dispatch(services.hub, conn, message)
    if isinstance(message, Signal | Chat):
        metrics.relay.observe(time.perf_counter() - received)
    elif waiting is not None and waiting.in_call:
        metrics.admit.observe(time.perf_counter() - received)
        metrics.lobby_wait.observe(max(0.0, time.time() - waiting.since))


async def _serve(services: Services, websocket: WebSocket, conn: Connection) -> None:
    """Read requests until the client goes; each one is answered, none can take the service down."""
    settings = services.settings
    bucket = TokenBucket(settings.rate_per_s, settings.rate_burst)
    while not conn.closing:
        raw = await _receive(websocket)
        if raw is None:
            return
        received = time.perf_counter()
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
            await _timed_dispatch(services, conn, message, received, metrics_of(websocket))
        except Exception as exc:  # logged by type only: messages may carry personal data
            if is_outage(exc):  # the database or Redis is away: the client tries again
                log.warning("refused type=%s conn=%s: a dependency is down", message.TYPE, conn.id)
                conn.send(Error(ErrorCode.SERVICE_UNAVAILABLE, ref, "try again shortly"))
                continue
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
    metrics = metrics_of(websocket)
    await websocket.accept()
    metrics.accepted.inc()
    conn = Connection(
        websocket,
        services.settings.outbound_queue,
        lambda code: metrics.refused(code, "ws"),
        instance=services.hub.instance,
    )
    conn.admission = Admission.of(services.settings)
    conn.start()
    try:
        if await _authenticate(services, websocket, conn) is None:
            return
        broker_of(websocket).sessions.attach(conn.session, conn)
        await services.hub.attach(conn)
        await _serve(services, websocket, conn)
    except Exception as exc:  # by type only, never a traceback at INFO: frames may carry personal data
        if is_outage(exc):  # at hello: the database or Redis is away; the app reconnects later
            log.warning("connection refused conn=%s: a dependency is down", conn.id)
            conn.send(Error(ErrorCode.SERVICE_UNAVAILABLE, None, "try again shortly"))
            conn.close(CLOSE_TRY_LATER, "service unavailable")
        else:
            log.error("connection failed conn=%s error=%s", conn.id, type(exc).__name__)
            log.debug("connection traceback", exc_info=True)
            conn.send(Error(ErrorCode.INTERNAL, None, "internal error"))
            conn.close(CLOSE_TRY_LATER, "internal error")
    finally:
        broker_of(websocket).sessions.detach(conn.session, conn)
        await services.hub.detach(conn)  # never raises: an outage makes it try again later
        conn.close()
        await conn.wait_closed()
        log.info("closed conn=%s", conn.id)

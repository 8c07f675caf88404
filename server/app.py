"""Builds the Starlette application of one service instance from its settings."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.routing import WebSocketRoute

from app.core.errors import ProtocolError
from app.core.protocol import API_PREFIX
from server import web
from server.api import client as client_rest
from server.api import precall as precall_rest
from server.api import room_list as room_list_rest
from server.api import rooms as rest
from server.api.audit import routes as audit_routes
from server.api.errors import http_error_handler, internal_error_handler, protocol_error_handler
from server.edge import routes as edge_routes
from server.edge.client_limits import ClientLimits
from server.edge.health import Check, Readiness, database_check
from server.edge.metrics import Metrics
from server.edge.shared_limits import RedisLimits
from server.identity import routes as identity_routes
from server.identity.broker import IdentityBroker
from server.identity.tokens import TokenService
from server.network import probe, turn
from server.services import Services
from server.settings import ServiceSettings
from server.sfu.made_rooms import StoredRooms
from server.sfu.manager import SfuManager
from server.sfu.placement import Placement
from server.sfu.shared import RedisRooms
from server.signaling.cluster import LocalCluster, RedisCluster
from server.signaling.hub import Hub
from server.signaling.instances import Heartbeat
from server.signaling.ws import websocket_endpoint
from server.store import Repository
from server.store.room_store import RoomStore

log = logging.getLogger(__name__)


def create_app(settings: ServiceSettings) -> Starlette:
    """A ready-to-serve app; its tables exist once this returns."""
    repo = Repository(settings.database_url)
    repo.create_tables()
    room_store = RoomStore(settings.database_url)
    room_store.create_tables()
    tokens = TokenService(settings.token_keys, settings.token_ttl_s)
    cluster = (
        RedisCluster(
            settings.redis_url,
            max_connections=settings.redis_max_connections,
            announce_changes=settings.have_sfu,  # only Janus sessions follow another's room changes
        )
        if settings.redis_url
        else LocalCluster()
    )
    # Per-address limits: in this process, or counted in Redis so they hold across instances.
    limits = RedisLimits(cluster.client) if isinstance(cluster, RedisCluster) else ClientLimits()
    identity = IdentityBroker(settings, repo, tokens, limits=limits)
    identity.sessions.on_revoked = cluster.announce_revoked
    media = None
    if settings.have_sfu:
        shared = RedisRooms(cluster.client) if isinstance(cluster, RedisCluster) else None
        placement = Placement(list(settings.janus_urls), settings.janus_api_secret)
        media = SfuManager(placement, shared, StoredRooms(room_store))
    hub = Hub(settings, repo, room_store, guardian_name=identity.guardian_name, cluster=cluster, media=media)
    services = Services(settings=settings, repo=repo, tokens=tokens, hub=hub, room_store=room_store)
    if isinstance(cluster, RedisCluster):

        def redis_lost(back: bool) -> None:
            hub.redis_lost(back)
            if back:  # logouts announced while Redis was away were missed: read them
                hub.later(identity.load_revocations())

        cluster.on_lost = redis_lost
    metrics = Metrics(
        connections=lambda: len(hub.connections),
        rooms=lambda: [live.room.counts() for live in hub.loaded_live()],
    )
    checks: dict[str, Check] = {"database": database_check(repo)}
    if isinstance(cluster, RedisCluster):
        checks["redis"] = cluster.check
    readiness = Readiness(checks)
    listener = probe.ProbeListener(probe.ProbeTokens()) if settings.probe_enabled else None

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        log.info(
            "service starting dev_mode=%s ice_servers=%d redis=%s janus=%d sfu_rooms=%s",
            settings.dev_mode,
            len(settings.ice_servers),
            cluster.shared,
            len(settings.janus_urls),
            settings.sfu_rooms.value,
        )
        if listener is not None:
            await listener.start(settings.host, settings.probe_port)
        identity.sessions.bind()
        await identity.load_revocations()  # logouts taken before this instance started
        await cluster.start(services.hub.deliver_here, lambda family: identity.sessions.revoke(family, False))
        if media is not None:
            await media.start()
        await services.hub.start()
        heartbeat = (
            Heartbeat(cluster.client, cluster.instance, hub.take_over, hub.bind_again)
            if isinstance(cluster, RedisCluster)
            else None
        )
        if heartbeat is not None:
            heartbeat.start()
        try:
            yield
        finally:
            if heartbeat is not None:
                await heartbeat.close()
            if listener is not None:
                listener.close()
            await identity.close()
            await readiness.close()
            if media is not None:
                await media.close()
            await services.hub.close()
            await cluster.close()
            repo.dispose()
            room_store.dispose()
            log.info("service stopped")

    app = Starlette(
        routes=[
            *rest.routes(),
            *room_list_rest.routes(),
            *audit_routes(),
            *client_rest.routes(),
            *precall_rest.routes(),
            *identity_routes.routes(),
            *edge_routes.routes(),
            WebSocketRoute(f"{API_PREFIX}/ws", websocket_endpoint),
            *web.routes(),
        ],
        exception_handlers={
            ProtocolError: protocol_error_handler,
            HTTPException: http_error_handler,
            Exception: internal_error_handler,
        },
        lifespan=lifespan,
    )
    app.state.services = services
    app.state.turn = turn.TurnCredentials.from_settings(settings)
    app.state.probe = listener
    app.state.identity = identity
    app.state.limits = limits
    app.state.metrics = metrics
    app.state.readiness = readiness
    return app

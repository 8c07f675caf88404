"""Operations routes: ``/v1/ready`` (readiness) and ``/v1/metrics`` (Prometheus text format).

``/v1/health`` (liveness) is in ``server.api.rooms``. Neither says anything about a person; keep
``/v1/metrics`` to the monitoring network at the reverse proxy (docs/deployment.md).
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from app.core.protocol import API_PREFIX
from server.edge.health import Readiness
from server.edge.metrics import Metrics

METRICS_TYPE = "text/plain; version=0.0.4; charset=utf-8"


async def ready(request: Request) -> Response:
    readiness = request.app.state.readiness
    assert isinstance(readiness, Readiness)
    state = await readiness.state()
    ok = all(v == "ok" for v in state.values())
    body = {"status": "ready" if ok else "unavailable", **state}
    return JSONResponse(body, status_code=200 if ok else 503, headers={"Cache-Control": "no-store"})


async def metrics(request: Request) -> Response:
    registry = request.app.state.metrics
    assert isinstance(registry, Metrics)
    return Response(registry.exposition(), media_type=METRICS_TYPE, headers={"Cache-Control": "no-store"})


def routes() -> list[BaseRoute]:
    return [
        Route(f"{API_PREFIX}/ready", ready, methods=["GET"]),
        Route(f"{API_PREFIX}/metrics", metrics, methods=["GET"]),
    ]

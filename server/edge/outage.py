"""What counts as an outage of something the service depends on (the database, Redis).

A request that fails because PostgreSQL or Redis does not answer is refused with
``service_unavailable`` (HTTP 503, or a coded error frame), never ``internal``: the client tries
again, and the service recovers on its own once they are back (the database pool checks each
connection before use, Redis reconnects on the next command, the cluster listener resubscribes).
"""

from __future__ import annotations

import redis.exceptions
import sqlalchemy.exc

RETRY_AFTER_S = 2  # what a 503 answer asks the client to wait before it tries again

_OUTAGES: tuple[type[BaseException], ...] = (
    redis.exceptions.ConnectionError,  # refused, reset, or Redis still loading its data
    redis.exceptions.TimeoutError,  # a Redis that hangs (REDIS_TIMEOUT_S)
    sqlalchemy.exc.OperationalError,  # the database refused, dropped or timed out the connection
    sqlalchemy.exc.InterfaceError,
    sqlalchemy.exc.TimeoutError,  # no pooled connection came free in time
    TimeoutError,  # a room's lock across instances was not had in time (server.signaling.cluster)
)


def is_outage(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) says a dependency is away rather than a bug here."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, _OUTAGES):
            return True
        if isinstance(current, sqlalchemy.exc.DBAPIError) and current.connection_invalidated:
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False

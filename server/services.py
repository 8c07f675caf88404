"""The objects one service instance is made of, shared by its REST routes and WebSocket endpoint."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from starlette.requests import HTTPConnection

from server.identity.tokens import TokenService
from server.settings import ServiceSettings
from server.signaling.hub import Hub
from server.store import Repository
from server.store.room_store import RoomStore


@dataclass(frozen=True, slots=True)
class Services:
    """Settings, persistence, tokens and live state of one instance."""

    settings: ServiceSettings
    repo: Repository
    tokens: TokenService
    hub: Hub
    room_store: RoomStore


def services_of(connection: HTTPConnection) -> Services:
    """The instance serving this request or WebSocket."""
    return cast(Services, connection.app.state.services)

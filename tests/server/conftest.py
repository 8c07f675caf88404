"""Fixtures for service tests: one shared service subprocess, people and rooms on it."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.postgres import PostgresCluster
from tests.support.redis import RedisServer
from tests.support.service import ServiceProcess, create_room, login

GRACE_S = 2.0


@pytest.fixture(scope="session")
def service() -> Iterator[ServiceProcess]:
    """The real service, shared by the session; each test uses its own people and rooms."""
    with ServiceProcess(reconnect_grace=GRACE_S) as proc:
        yield proc


@pytest.fixture(scope="session")
def mesh_service() -> Iterator[ServiceProcess]:
    """A service without a media server whose every room is peer to peer (``--sfu-rooms none``):
    meeting rooms and auditoriums as small meshes, as before issue 14."""
    with ServiceProcess("--sfu-rooms", "none", reconnect_grace=GRACE_S) as proc:
        yield proc


@pytest.fixture
async def redis_url() -> AsyncIterator[str]:
    """A real Redis server of the test's own (started in a temporary directory, stopped after)."""
    server = await asyncio.to_thread(RedisServer().start)
    try:
        yield server.url
    finally:
        await asyncio.to_thread(server.stop)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database: an SQLite file, then a database on the real PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    cluster: PostgresCluster = request.getfixturevalue("postgres")
    return cluster.new_database()


@dataclass(frozen=True)
class Person:
    name: str
    token: str


@dataclass(frozen=True)
class Consultation:
    """A clinician with a fresh room and a patient, both unique to one test."""

    clinician: Person
    patient: Person
    room_id: str
    code: str


def person(service: ServiceProcess, role: str) -> Person:
    name = f"{role.title()} {uuid.uuid4().hex[:8]}"
    return Person(name, login(service.url, name, role))


@pytest.fixture
def consultation(service: ServiceProcess) -> Consultation:
    clinician = person(service, "clinician")
    room = create_room(service.url, clinician.token, "Test")
    return Consultation(clinician, person(service, "patient"), room["room_id"], room["code"])

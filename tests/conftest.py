"""Fixtures for every test directory: the real PostgreSQL server shared by the session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.postgres import PostgresCluster


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    """A real PostgreSQL server for the session (started in a temporary directory, stopped after);
    each test makes its own database on it (``new_database``)."""
    with PostgresCluster() as cluster:
        yield cluster

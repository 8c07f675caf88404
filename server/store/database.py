"""One database connection set-up for the store's classes: the engine, short transactions, and the
serialising SQLite needs.

SQLite has one writer (and in memory one shared connection), so its work is serialised here. On
PostgreSQL the per-room lock and the database itself order the work, and rooms go on side by side.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool


class Database:
    """An engine for ``database_url`` and its transactions; safe to use from worker threads."""

    def __init__(self, database_url: str) -> None:
        sqlite = database_url.startswith("sqlite")
        kwargs: dict[str, object] = {}
        if sqlite:
            kwargs["connect_args"] = {"check_same_thread": False}
        else:
            kwargs["pool_pre_ping"] = True  # a database server that restarted: reconnect, not fail
        if database_url in ("sqlite://", "sqlite:///:memory:"):
            kwargs["poolclass"] = StaticPool  # one shared connection, or each would be a new database
        self.engine: Engine = create_engine(database_url, **kwargs)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._lock = threading.Lock() if sqlite else None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One short transaction, committed at the end (rolled back if it raises)."""
        if self._lock is None:
            with self._sessions.begin() as session:
                yield session
            return
        with self._lock, self._sessions.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()

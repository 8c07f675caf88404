"""The service's schema, managed by Alembic (revisions in ``server/store/schema_migrations``).

``migrate(engine)`` brings any database to the newest revision at start: an empty one from scratch,
one made by the hand-written migrations that came before Alembic (a ``schema_version`` table, or
``users`` and ``rooms`` without it: version 1) is stamped at the revision of its version and
upgraded in place. The same revisions run on SQLite and PostgreSQL (decision 0014).
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

log = logging.getLogger(__name__)

SCRIPTS = Path(__file__).resolve().parent / "schema_migrations"


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    config.attributes["connection"] = connection
    return config


def head() -> str:
    """The newest revision this service knows."""
    revision = ScriptDirectory.from_config(_config()).get_current_head()
    assert revision is not None
    return revision


def current(connection: Connection) -> str | None:
    """The database's revision; ``None`` for an empty one (or one older than Alembic, not yet stamped)."""
    return MigrationContext.configure(connection).get_current_revision()


def _legacy_revision(connection: Connection) -> str | None:
    """A database of the hand-written migrations: the revision its ``schema_version`` stands for."""
    tables = set(inspect(connection).get_table_names())
    if "alembic_version" in tables:
        return None
    if "schema_version" in tables:
        version = connection.execute(text("SELECT version FROM schema_version")).scalar()
        return f"{int(version):04d}" if version else None
    return "0001" if "users" in tables else None


def migrate(engine: Engine) -> str:
    """Bring the database to ``head()``; returns the revision it ended at."""
    scripts = ScriptDirectory.from_config(_config())
    with engine.begin() as connection:
        legacy = _legacy_revision(connection)
        known = {r.revision for r in scripts.walk_revisions()}
        if legacy is not None:
            if legacy not in known:
                raise RuntimeError(f"the database's schema {legacy} is newer than this service's {head()}")
            command.stamp(_config(connection), legacy)
            if "schema_version" in set(inspect(connection).get_table_names()):
                connection.execute(text("DROP TABLE schema_version"))
            log.info("schema of the hand-written migrations taken over at revision %s", legacy)
        found = current(connection)
        if found is not None and found not in known:
            raise RuntimeError(f"the database's schema {found} is newer than this service's {head()}")
    with engine.connect() as connection:
        command.upgrade(_config(connection), "head")
        connection.commit()
        ended = current(connection)
    assert ended is not None
    return ended

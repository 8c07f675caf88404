"""Alembic's entry point for the service's schema: runs on the connection ``server.store.schema``
hands over (``config.attributes["connection"]``), one transaction per revision."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

connection = context.config.attributes["connection"]
assert isinstance(connection, Connection), "run through server.store.schema.migrate"
context.configure(connection=connection, transaction_per_migration=True)
with context.begin_transaction():
    context.run_migrations()

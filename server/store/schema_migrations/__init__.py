"""Alembic revisions of the service's schema (loaded by path by ``server.store.schema``)."""

"""Persistent records (people and rooms) behind a small repository API."""

from server.store.repository import Repository, RoomRecord, UserRecord

__all__ = ["Repository", "RoomRecord", "UserRecord"]

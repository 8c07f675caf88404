"""Routing each message from the service to the part of the consultation it is for.

In order: a message about another room (one this clinician watched before switching; the service
still sends its news) is ignored; the room's moderation takes what is about it (a changed room state
is also news for a media-server call); the media server's news goes to the call; the rest goes by
its type to the handler ``routes`` names for it (``CallMembers``, ``HostOrders``, the call's peer
signals). A type nobody handles is ignored (logged at DEBUG).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from app.core.protocol import ServerMessage
from app.core.protocol.moderation import RoomState
from app.core.protocol.sfu import SfuFeeds, SfuMoved, SfuTalking
from app.session.call_keeper import CallKeeper
from app.session.moderation import RoomModeration

log = logging.getLogger(__name__)

Routes = Mapping[type, Callable[[Any], None]]


class ServiceMessages:
    """``messages(message)`` routes one service message (the signaling connection's ``on_message``)."""

    def __init__(
        self,
        room_id: Callable[[], str | None],
        moderation: RoomModeration,
        calls: CallKeeper,
        routes: Routes,
    ) -> None:
        self._room_id = room_id
        self._moderation = moderation
        self._calls = calls
        self._routes = dict(routes)

    def __call__(self, message: ServerMessage) -> None:
        room_id = getattr(message, "room_id", None)
        if room_id is not None and room_id != self._room_id():
            log.debug("ignored %s of another room", message.TYPE)
            return
        if self._moderation.handle(message):
            if isinstance(message, RoomState):
                self._calls.room_changed()
            return
        if isinstance(message, SfuFeeds | SfuTalking | SfuMoved):
            self._calls.media_news(message)
            return
        for kind, handler in self._routes.items():
            if isinstance(message, kind):
                handler(message)
                return
        log.debug("ignored %s", message.TYPE)

"""The consultation's connection to the service: its API client, the signaling connection, requests.

The API client and the factory of the signaling connection are given (``app.session.wiring``); ``open``
makes the connection with the two callbacks it was given (each service message; connected or not) and
authenticates. ``request`` sends one protocol request and returns the reply (``CONNECTION_LOST`` before
the connection is open); ``send_signal`` and ``leave`` are the requests of a call that must not fail
loudly. ``close()`` is idempotent.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from app.core.errors import ErrorCode
from app.core.protocol import ClientMessage, Leave, ServerMessage, Signal, SignalPayload, UserInfo
from app.session.api import ServiceApi
from app.session.errors import SessionError
from app.session.signaling import SignalingClient
from app.session.wiring import SignalingFactory

log = logging.getLogger(__name__)


class ServiceLink:
    """The API client and the one signaling connection of a consultation."""

    def __init__(
        self,
        api: ServiceApi,
        signaling: SignalingFactory,
        on_message: Callable[[ServerMessage], None],
        on_connection: Callable[[bool], None],
    ) -> None:
        self.api = api
        self._factory = signaling
        self._on_message = on_message
        self._on_connection = on_connection
        self.client: SignalingClient | None = None  # set once open
        self._closed = False

    async def open(self) -> UserInfo:
        """Connect and authenticate with the API client's token; who the service says this user is."""
        client = self._factory(self.api, self._on_message, self._on_connection)
        user = await client.start()
        self.client = client
        return user

    async def request(self, message: ClientMessage) -> ServerMessage:
        """Send ``message`` and return the reply; raises ``SessionError`` with the service's code."""
        if self.client is None:
            raise SessionError(ErrorCode.CONNECTION_LOST, "not connected")
        return await self.client.request(message)

    @staticmethod
    async def quietly(step: Awaitable[object]) -> None:
        """Await a request whose refusal is only logged (its code, never its content)."""
        try:
            await step
        except SessionError as exc:
            log.info("request refused: %s", exc.code.value)

    async def send_signal(self, room_id: str | None, to: str, payload: SignalPayload) -> bool:
        """Relay a peer signal through the service; False when not connected or refused."""
        if self.client is None or room_id is None:
            return False
        try:
            await self.client.request(Signal(id="", room_id=room_id, to=to, payload=payload))
        except SessionError as exc:
            log.warning("signal refused: %s", exc.code.value)
            return False
        return True

    async def leave(self, room_id: str | None) -> None:
        """Leave the room's lobby or call; a refusal (already gone) is only logged."""
        if self.client is None or room_id is None:
            return
        try:
            await self.client.request(Leave(id="", room_id=room_id))
        except SessionError as exc:
            log.info("leave not acknowledged: %s", exc.code.value)

    def reconnect_now(self) -> None:
        """The network changed: reconnect at once rather than wait for the old socket to go quiet."""
        if self.client is not None:
            self.client.reconnect_now()

    async def sign_out(self) -> None:
        """Close the connection and forget the login; ``open`` may follow (as anyone)."""
        client, self.client = self.client, None
        if client is not None:
            await client.close()
        await self.api.forget_login()

    async def close(self) -> None:
        """Close the connection and the API client; safe to call more than once."""
        if self._closed:
            return
        self._closed = True
        if self.client is not None:
            await self.client.close()
        await self.api.close()

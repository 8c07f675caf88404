"""A fake signaling connection for session tests: records every request and acks it (or refuses)."""

from __future__ import annotations

from app.core.errors import ErrorCode
from app.core.protocol import Ack, ClientMessage, ServerMessage
from app.session.errors import SessionError


class FakeSignaling:
    """Stands in for ``SignalingClient``: ``sent`` is the whole sequence of requests, in order."""

    def __init__(self) -> None:
        self.sent: list[ClientMessage] = []
        self.refuse: dict[str, ErrorCode] = {}  # message TYPE → the code to refuse it with
        self.closed = 0

    async def request(self, message: ClientMessage) -> ServerMessage:
        self.sent.append(message)
        code = self.refuse.get(message.TYPE)
        if code is not None:
            raise SessionError(code, "refused by the fake")
        return Ack(ref="1")

    def types(self) -> list[str]:
        return [m.TYPE for m in self.sent]

    async def close(self) -> None:
        self.closed += 1

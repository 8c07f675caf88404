"""The media-server requests of one call, sent through the service (which alone talks to Janus).

``SfuRequests`` turns each step of a media-server link into one protocol request and returns the SDP
the service answers with; a refusal raises ``SessionError`` with the service's code.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable

from app.core.errors import ErrorCode
from app.core.protocol import (
    ClientMessage,
    ServerMessage,
    SfuAnswer,
    SfuOffer,
    SfuPublish,
    SfuStart,
    SfuSubscribe,
    SfuUnsubscribe,
)
from app.core.protocol.moderation import ParticipantState
from app.session.errors import SessionError

Request = Callable[[ClientMessage], Awaitable[ServerMessage]]


class SfuRequests:
    """``sfu_publish`` / ``sfu_subscribe`` / ``sfu_start`` / ``sfu_unsubscribe`` for one room."""

    def __init__(self, request: Request, room_id: str) -> None:
        self._request = request
        self.room_id = room_id

    async def publish(self, kind: str, offer: str) -> str:
        """Publish our ``kind`` ("audio" or "video"); the media server's answer."""
        reply = await self._request(SfuPublish(id="", room_id=self.room_id, kind=kind, sdp=offer))  # type: ignore[arg-type]
        if not isinstance(reply, SfuAnswer) or reply.kind != kind:
            raise SessionError(ErrorCode.BAD_MESSAGE, "expected sfu_answer")
        return reply.sdp

    async def subscribe(self, feed: str) -> str:
        """Ask for ``feed``'s picture; the media server's offer."""
        reply = await self._request(SfuSubscribe(id="", room_id=self.room_id, feed=feed))
        if not isinstance(reply, SfuOffer) or reply.feed != feed:
            raise SessionError(ErrorCode.BAD_MESSAGE, "expected sfu_offer")
        return reply.sdp

    async def start(self, feed: str, answer: str) -> None:
        await self._request(SfuStart(id="", room_id=self.room_id, feed=feed, sdp=answer))

    async def unsubscribe(self, feed: str) -> None:
        await self._request(SfuUnsubscribe(id="", room_id=self.room_id, feed=feed))


def hosts_and_presenter(people: Iterable[ParticipantState], me: str | None) -> tuple[set[str], str | None]:
    """From the room state: the other hosts, and who presents (if another does): always received."""
    people = list(people)
    hosts = {p.participant_id for p in people if p.is_host and p.participant_id != me}
    presenter = next((p.participant_id for p in people if p.presenting and p.participant_id != me), None)
    return hosts, presenter


__all__ = ["SfuRequests", "hosts_and_presenter"]

"""Protocol v1 messages for rooms whose media goes through the media server (Janus), issue 14.

The client never talks to Janus's API: it sends its SDP to the service, which joins it to the
room's AudioBridge (one mixed audio stream in and out) and VideoRoom (one video publication out,
one subscription per shown feed in) and hands back Janus's SDP. No trickle: aiortc gathers every
candidate before it offers or answers. ``sfu_answer`` and ``sfu_offer`` answer a request and carry
its id as ``ref`` (in place of ``ack``); refusals are ``error`` as for every request.
``docs/protocol.md`` shows each message as JSON; ``/work/notes/sfu-protocol.md`` is the contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Literal

from app.core.protocol.models import MAX_SDP

ID = {"max_len": 64}
SDP = {"max_len": MAX_SDP}
SfuKind = Literal["audio", "video"]


@dataclass(frozen=True, slots=True)
class SfuFeed:
    """One video publication a client may subscribe to."""

    participant_id: str = field(metadata=ID)
    video: bool = True


# --- client → service --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SfuPublish:
    """Publish one's audio (into the AudioBridge mix) or video (a VideoRoom publisher): ``sdp`` is the
    client's offer with every candidate. Publishing a kind again replaces the earlier publication."""

    TYPE: ClassVar[str] = "sfu_publish"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)
    kind: SfuKind
    sdp: str = field(metadata=SDP)


@dataclass(frozen=True, slots=True)
class SfuSubscribe:
    """Receive ``feed``'s video (a participant id from ``sfu_feeds``); answered by ``sfu_offer``."""

    TYPE: ClassVar[str] = "sfu_subscribe"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)
    feed: str = field(metadata=ID)


@dataclass(frozen=True, slots=True)
class SfuStart:
    """The client's answer to the ``sfu_offer`` for ``feed``; answered by ``ack``."""

    TYPE: ClassVar[str] = "sfu_start"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)
    feed: str = field(metadata=ID)
    sdp: str = field(metadata=SDP)


@dataclass(frozen=True, slots=True)
class SfuUnsubscribe:
    """Close the subscription to ``feed``; answered by ``ack``."""

    TYPE: ClassVar[str] = "sfu_unsubscribe"
    id: str = field(metadata=ID)
    room_id: str = field(metadata=ID)
    feed: str = field(metadata=ID)


SFU_CLIENT_TYPES = (SfuPublish, SfuSubscribe, SfuStart, SfuUnsubscribe)

# --- service → client --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SfuAnswer:
    """The media server's answer to the ``sfu_publish`` whose id is ``ref``."""

    TYPE: ClassVar[str] = "sfu_answer"
    room_id: str = field(metadata=ID)
    kind: SfuKind
    sdp: str = field(metadata=SDP)
    ref: str | None = field(default=None, metadata=ID)


@dataclass(frozen=True, slots=True)
class SfuOffer:
    """The media server's offer (recvonly video of ``feed``) for the ``sfu_subscribe`` whose id is ``ref``."""

    TYPE: ClassVar[str] = "sfu_offer"
    room_id: str = field(metadata=ID)
    feed: str = field(metadata=ID)
    sdp: str = field(metadata=SDP)
    ref: str | None = field(default=None, metadata=ID)


@dataclass(frozen=True, slots=True)
class SfuFeeds:
    """The video publications this client may subscribe to (never its own); sent after admission and
    on every change. Auditorium guests see only the hosts and whoever a host lets speak."""

    TYPE: ClassVar[str] = "sfu_feeds"
    room_id: str = field(metadata=ID)
    feeds: list[SfuFeed]


@dataclass(frozen=True, slots=True)
class SfuTalking:
    """A participant started or stopped talking (from the AudioBridge's audio levels)."""

    TYPE: ClassVar[str] = "sfu_talking"
    room_id: str = field(metadata=ID)
    participant_id: str = field(metadata=ID)
    talking: bool


@dataclass(frozen=True, slots=True)
class SfuMoved:
    """The room's media server was replaced: close every media-server link, publish and subscribe again."""

    TYPE: ClassVar[str] = "sfu_moved"
    room_id: str = field(metadata=ID)


SFU_SERVER_TYPES = (SfuAnswer, SfuOffer, SfuFeeds, SfuTalking, SfuMoved)

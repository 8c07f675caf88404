"""The ``sfu_*`` requests of a call member, carried out against the consultation's Janus rooms.

``sfu_publish`` audio joins the AudioBridge (muted there unless the room state lets them be heard),
video publishes to the VideoRoom (auditorium guests only once a host let them speak: ``forbidden``);
``sfu_subscribe`` gets Janus's offer of a feed they may see (``not_publishing`` if nobody publishes
it, ``forbidden`` if they may not see it), ``sfu_start`` hands Janus their answer, ``sfu_unsubscribe``
closes it. Janus refusing an SDP is ``bad_message``; Janus gone is ``sfu_unavailable``.
"""

from __future__ import annotations

import logging

from app.core.errors import ErrorCode
from app.core.protocol import Ack, ServerMessage
from app.core.protocol.sfu import SfuAnswer, SfuOffer, SfuPublish, SfuStart, SfuSubscribe, SfuUnsubscribe
from server.rooms.core import RoomCore
from server.rooms.members import Member, RoomError
from server.sfu import policy
from server.sfu.janus_client import JanusError, JanusGone
from server.sfu.media_room import MediaRoom
from server.sfu.offer_shape import check_publication

log = logging.getLogger(__name__)

SfuRequest = SfuPublish | SfuSubscribe | SfuStart | SfuUnsubscribe
SFU_REQUESTS = (SfuPublish, SfuSubscribe, SfuStart, SfuUnsubscribe)
# Janus's codes for an SDP or JSEP it cannot use: the core's (464, 465) and the plugins' (437, 493).
BAD_SDP = frozenset({464, 465, 437, 493})
NO_SUCH_FEED = 428


async def carry_out(media: MediaRoom, room: RoomCore, member: Member, message: SfuRequest) -> ServerMessage:
    if isinstance(message, SfuPublish):
        check_publication(message.kind, message.sdp)
    try:
        seat = await media.seat(member)
        match message:
            case SfuPublish(kind="audio", sdp=sdp):
                answer = await seat.publish_audio(sdp, muted=not policy.heard(room, member))
                media.joined_audio(member.participant_id, seat)
                log.info(
                    "sfu published room=%s participant=%s kind=audio", room.room_id, member.participant_id
                )
                return SfuAnswer(room.room_id, "audio", answer, ref=message.id)
            case SfuPublish(sdp=sdp):
                if not room.may_speak(member):
                    raise RoomError(ErrorCode.FORBIDDEN, "a host has not let you speak")
                answer = await seat.publish_video(sdp)
                log.info(
                    "sfu published room=%s participant=%s kind=video", room.room_id, member.participant_id
                )
                return SfuAnswer(room.room_id, "video", answer, ref=message.id)
            case SfuSubscribe(feed=feed):
                publisher = await _visible_publisher(media, room, member, feed)
                offer = await seat.subscribe(feed, publisher)
                return SfuOffer(room.room_id, feed, offer, ref=message.id)
            case SfuStart(feed=feed, sdp=sdp):
                if not await seat.start(feed, sdp):
                    raise RoomError(ErrorCode.NOT_PUBLISHING, "no offer for that feed")
                return Ack(ref=message.id)
            case SfuUnsubscribe(feed=feed):
                await seat.unsubscribe(feed)
                return Ack(ref=message.id)
    except JanusGone as exc:
        log.warning("sfu request failed room=%s type=%s error=%s", room.room_id, message.TYPE, exc)
        raise RoomError(ErrorCode.SFU_UNAVAILABLE, "the media server cannot be reached") from None
    except JanusError as exc:
        log.info("sfu request refused room=%s type=%s janus_code=%d", room.room_id, message.TYPE, exc.code)
        if exc.code in BAD_SDP:
            raise RoomError(ErrorCode.BAD_MESSAGE, "the media server could not use that SDP") from None
        if exc.code == NO_SUCH_FEED:
            raise RoomError(ErrorCode.NOT_PUBLISHING, "that feed is not published") from None
        raise RoomError(ErrorCode.SFU_UNAVAILABLE, "the media server refused") from None
    raise AssertionError(f"unhandled {message.TYPE}")


async def _visible_publisher(media: MediaRoom, room: RoomCore, viewer: Member, feed: str) -> int:
    """The VideoRoom id of ``feed``'s publication, if ``viewer`` may see it."""
    target = room.call.get(feed)
    if target is None:
        raise RoomError(ErrorCode.NOT_PUBLISHING, "nobody in the call publishes that feed")
    if not policy.sees_feed(room, viewer, target):
        raise RoomError(ErrorCode.FORBIDDEN, "you may not see that feed")
    publication = await media.feed_of(feed)
    if publication is None:
        raise RoomError(ErrorCode.NOT_PUBLISHING, "that feed is not published")
    return publication

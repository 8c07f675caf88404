"""Which rooms go through the media server (Janus): the deployment's choice and the room types offered.

By default a room's type decides (``RoomRules.media``: sensitive and personal rooms peer to peer,
meeting rooms and auditoriums through Janus); a deployment may send every room through Janus
(``--sfu-rooms all``) or none (``none``: no media server, meeting rooms stay small meshes).
"""

from __future__ import annotations

from enum import StrEnum

from app.core.protocol.rest import RoomTypeInfo
from app.core.room_types import ROOM_RULES, MediaRoute, RoomType


class SfuRooms(StrEnum):
    """The deployment's choice of which rooms go through the media server."""

    BY_TYPE = "by-type"
    ALL = "all"
    NONE = "none"


def media_of(room_type: RoomType, choice: SfuRooms) -> MediaRoute:
    if choice is SfuRooms.ALL:
        return MediaRoute.SFU
    if choice is SfuRooms.NONE:
        return MediaRoute.P2P
    return ROOM_RULES[room_type].media


def room_types(choice: SfuRooms, have_sfu: bool) -> list[RoomTypeInfo]:
    """The room types a clinician may create here: without a media server only the peer-to-peer ones."""
    listed = []
    for room_type, rules in ROOM_RULES.items():
        media = media_of(room_type, choice)
        if media is MediaRoute.SFU and not have_sfu:
            continue
        listed.append(RoomTypeInfo(room_type, rules.min_participants, rules.max_participants, media))
    return listed

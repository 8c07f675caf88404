"""The room types of the Norsk Helsenett seed and what each allows, as data the service enforces."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

MESH_MEDIA_LIMIT = 4  # peer-to-peer media beyond this needs the SFU (rooms whose media is "sfu")


class MediaRoute(StrEnum):
    """How a room's media travels: peer to peer (end to end encrypted) or through the media server."""

    P2P = "p2p"  # a mesh of at most MESH_MEDIA_LIMIT; end to end encrypted
    SFU = "sfu"  # through the deployment's Janus (AudioBridge mix + VideoRoom); not end to end


class RoomType(StrEnum):
    SENSITIVE = "sensitive"
    PERSONAL = "personal"
    ADMIN_SMALL = "admin_small"
    ADMIN_LARGE = "admin_large"
    AUDITORIUM_SMALL = "auditorium_small"
    AUDITORIUM_LARGE = "auditorium_large"


@dataclass(frozen=True, slots=True)
class RoomRules:
    """Participant limits and behaviour of one room type."""

    min_participants: int
    max_participants: int
    locks_when_started: bool = False  # sensitive rooms lock themselves once the consultation starts
    host_pin_required: bool = False
    pins_allowed: bool = False  # optional host and guest PINs
    muted_on_entry: bool = False  # auditoriums: guests arrive muted, may raise a hand
    guests_see_hosts_only: bool = False
    media: MediaRoute = MediaRoute.P2P


ROOM_RULES: dict[RoomType, RoomRules] = {
    RoomType.SENSITIVE: RoomRules(2, 5, locks_when_started=True, host_pin_required=True),
    RoomType.PERSONAL: RoomRules(2, 5),
    RoomType.ADMIN_SMALL: RoomRules(5, 10, pins_allowed=True, media=MediaRoute.SFU),
    RoomType.ADMIN_LARGE: RoomRules(10, 50, pins_allowed=True, media=MediaRoute.SFU),
    RoomType.AUDITORIUM_SMALL: RoomRules(
        50, 70, muted_on_entry=True, guests_see_hosts_only=True, media=MediaRoute.SFU
    ),
    RoomType.AUDITORIUM_LARGE: RoomRules(
        70, 150, muted_on_entry=True, guests_see_hosts_only=True, media=MediaRoute.SFU
    ),
}

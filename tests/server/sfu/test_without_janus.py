"""A service started without a media server (the embedded demo, a small deployment) offers only what
works: it refuses to create room types whose media needs Janus, lists only the peer-to-peer ones, and
keeps the mesh limit (``needs_sfu``) in peer-to-peer rooms."""

from __future__ import annotations

import httpx

from app.core.protocol import RoomTypes, from_json
from app.core.room_types import MediaRoute
from tests.server.conftest import person
from tests.support.service import ServiceProcess


def test_sfu_room_types_are_refused_and_not_listed(service: ServiceProcess) -> None:
    doc = person(service, "clinician")
    bearer = {"Authorization": f"Bearer {doc.token}"}
    for room_type in ("admin_small", "admin_large", "auditorium_small", "auditorium_large"):
        refused = httpx.post(f"{service.url}/v1/rooms", json={"room_type": room_type}, headers=bearer)
        assert (refused.status_code, refused.json()["code"]) == (409, "needs_sfu"), room_type
    assert (
        httpx.post(f"{service.url}/v1/rooms", json={"room_type": "personal"}, headers=bearer).status_code
        == 201
    )
    listed = httpx.get(f"{service.url}/v1/room-types", headers=bearer)
    assert listed.status_code == 200
    types = from_json(RoomTypes, listed.json()).room_types
    assert [(t.type.value, t.min, t.max, t.media) for t in types] == [
        ("sensitive", 2, 5, MediaRoute.P2P),
        ("personal", 2, 5, MediaRoute.P2P),
    ]
    anonymous = httpx.get(f"{service.url}/v1/room-types")
    assert (anonymous.status_code, anonymous.json()["code"]) == (401, "unauthenticated")


def test_every_room_peer_to_peer_lists_every_type(mesh_service: ServiceProcess) -> None:
    doc = person(mesh_service, "clinician")
    listed = httpx.get(f"{mesh_service.url}/v1/room-types", headers={"Authorization": f"Bearer {doc.token}"})
    types = from_json(RoomTypes, listed.json()).room_types
    assert len(types) == 6 and {t.media for t in types} == {MediaRoute.P2P}

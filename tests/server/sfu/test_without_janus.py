"""A service started without a media server (the embedded demo, a small deployment) offers only what
works: it refuses to create room types whose media needs Janus, lists only the peer-to-peer ones, and
keeps the mesh limit (``needs_sfu``) in peer-to-peer rooms."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx

from app.core.protocol import RoomTypes, from_json
from app.core.room_types import MediaRoute
from tests.server.conftest import person
from tests.support.service import REPO_ROOT, ServiceProcess


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


def _refused(*args: str) -> str:
    """The one line ``python -m server`` refuses these flags with (it must exit with status 2)."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SAMTALE_")}
    result = subprocess.run(
        [sys.executable, "-m", "server", *args],
        cwd=REPO_ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stdout) == (2, ""), result.stderr
    return result.stderr


def test_media_server_flags_are_checked_before_starting(tmp_path: Path) -> None:
    assert "--sfu-rooms all needs a media server" in _refused("--dev", "--sfu-rooms", "all")
    assert "invalid --janus" in _refused("--dev", "--janus", "http://127.0.0.1:8188")
    keys = tmp_path / "keys"
    keys.write_text("k1:" + "s" * 40 + "\n", encoding="utf-8")
    production = ["--token-keys-file", str(keys), "--database-url", f"sqlite:///{tmp_path / 'db'}"]
    stderr = _refused(*production, "--janus", "ws://127.0.0.1:8188")
    assert "--janus-api-secret-file" in stderr  # no API secret, no media server in production

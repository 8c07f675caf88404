"""Bad input around the media server gets a coded refusal: a client that talks to Janus itself gets
nowhere (no API secret; no pin or token of the room), ``sfu_*`` requests from outside the call, for a
feed nobody publishes or in a peer-to-peer room are refused, and so are peer signals in an sfu room."""

from __future__ import annotations

import json
from typing import Any

import pytest
import websockets

from app.core.protocol import Signal, SignalPayload
from app.core.protocol.sfu import SfuPublish, SfuStart, SfuSubscribe, SfuUnsubscribe
from server.secret import Secret
from server.sfu.janus_client import JanusConnection, JanusError
from server.sfu.janus_rooms import AUDIOBRIDGE, VIDEOROOM
from server.sfu.janus_session import JanusHandle, JanusSession
from tests.server.sfu.conftest import needs_janus
from tests.server.sfu.sfu_client import SfuClient, new_room, refusal
from tests.support.janus import JanusServer
from tests.support.service import ServiceProcess

pytestmark = needs_janus

SDP = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"


async def janus_refusal(handle: JanusHandle, body: dict[str, Any]) -> int:
    """The code Janus refuses ``body`` with (it must refuse)."""
    with pytest.raises(JanusError) as refused:
        await handle.message(body, wait_event=True)
    return refused.value.code


async def test_a_client_talking_to_janus_itself_is_refused(
    sfu_service: ServiceProcess, janus: JanusServer
) -> None:
    host = await SfuClient.join(sfu_service, "clinician")
    room = new_room(sfu_service, host.token, "admin_small")
    await host.host(room)
    await host.publish_audio(room, None)
    await host.publish_video(room)
    protocol = websockets.Subprotocol("janus-protocol")
    async with websockets.connect(janus.url, subprotocols=[protocol]) as ws:  # what a client could reach
        await ws.send(json.dumps({"janus": "create", "transaction": "t"}))
        answer = json.loads(await ws.recv())
    assert (answer["janus"], answer["error"]["code"]) == ("error", 403)  # no API secret: nothing at all
    # Even holding the API secret, the consultation's rooms take nobody without their pin and a token.
    rooms = {h["plugin"]: h["room"] for h in await janus.handles() if h.get("display") == host.participant_id}
    conn = JanusConnection(janus.url, Secret(janus.api_secret))
    await conn.connect()
    try:
        session = await JanusSession.create(conn)
        video = await session.attach(VIDEOROOM)
        for body in (
            {"request": "join", "ptype": "publisher", "room": rooms[VIDEOROOM]},
            {"request": "join", "ptype": "publisher", "room": rooms[VIDEOROOM], "pin": "0000"},
            {"request": "join", "ptype": "subscriber", "room": rooms[VIDEOROOM], "streams": [{"feed": 1}]},
        ):
            assert await janus_refusal(video, body) in (429, 433)  # missing or wrong pin
        audio = await session.attach(AUDIOBRIDGE)
        assert await janus_refusal(audio, {"request": "join", "room": rooms[AUDIOBRIDGE]}) in (483, 489)
        await session.destroy()
    finally:
        await conn.close()
    await host.close()


async def test_sfu_requests_are_refused_with_codes(sfu_service: ServiceProcess) -> None:
    host = await SfuClient.join(sfu_service, "clinician")
    room = new_room(sfu_service, host.token, "admin_small")
    await host.host(room)
    guest = await SfuClient.join(sfu_service, "patient")
    await host.admit(room, guest)
    outsider = await SfuClient.join(sfu_service, "patient")
    publish = SfuPublish(id="", room_id=room, kind="audio", sdp=SDP)
    assert refusal(await outsider.request(publish)) == "not_admitted"
    assert refusal(await outsider.request(SfuSubscribe(id="", room_id=room, feed=host.participant_id))) == (
        "not_admitted"
    )
    assert refusal(await outsider.request(SfuPublish(id="", room_id="r_nope", kind="audio", sdp=SDP))) == (
        "not_admitted"
    )
    # Nobody publishes video yet: subscribing to the host, to someone unknown or starting is refused.
    assert refusal(await guest.request(SfuSubscribe(id="", room_id=room, feed=host.participant_id))) == (
        "not_publishing"
    )
    assert (
        refusal(await guest.request(SfuSubscribe(id="", room_id=room, feed="p_nobody"))) == "not_publishing"
    )
    assert refusal(await guest.request(SfuStart(id="", room_id=room, feed=host.participant_id, sdp=SDP))) == (
        "not_publishing"
    )
    assert (await guest.request(SfuUnsubscribe(id="", room_id=room, feed=host.participant_id))).TYPE == "ack"
    assert refusal(await guest.request(SfuSubscribe(id="", room_id=room, feed=guest.participant_id))) == (
        "forbidden"  # one's own feed
    )
    assert refusal(await guest.request(SfuPublish(id="", room_id=room, kind="video", sdp="v=0\r\n"))) == (
        "bad_message"  # Janus could not use that SDP
    )
    offer = Signal(id="", room_id=room, to=host.participant_id, payload=SignalPayload(kind="offer", sdp=SDP))
    assert refusal(await guest.request(offer)) == "forbidden"  # no peer links in an sfu room
    for client in (host, guest, outsider):
        await client.close()


async def test_sfu_requests_in_a_peer_to_peer_room_are_forbidden(sfu_service: ServiceProcess) -> None:
    host = await SfuClient.join(sfu_service, "clinician")
    room = new_room(sfu_service, host.token, "personal")
    await host.host(room)
    assert refusal(await host.request(SfuPublish(id="", room_id=room, kind="audio", sdp=SDP))) == "forbidden"
    await host.close()


async def _offer(*kinds: str) -> str:
    """A real aiortc offer with one sending section per ``kinds`` entry, in that order."""
    from aiortc import RTCPeerConnection
    from aiortc.mediastreams import AudioStreamTrack, VideoStreamTrack

    pc = RTCPeerConnection()
    try:
        for kind in kinds:
            pc.addTrack(AudioStreamTrack() if kind == "audio" else VideoStreamTrack())
        await pc.setLocalDescription(await pc.createOffer())
        return pc.localDescription.sdp
    finally:
        await pc.close()


async def test_a_publication_is_one_section_of_its_own_kind(sfu_service: ServiceProcess) -> None:
    """A video publication carrying sound would get past the host's mute (the mix is where muting
    holds), and a second video section past video-off: each publication is exactly one section of
    the kind it says, else ``bad_message`` — and the honest shapes are still taken."""
    host = await SfuClient.join(sfu_service, "clinician")
    room = new_room(sfu_service, host.token, "admin_small")
    await host.host(room)
    for kind, shape in (
        ("video", ("video", "audio")),
        ("video", ("audio", "video")),
        ("video", ("video", "video")),
        ("video", ("audio",)),
        ("audio", ("audio", "video")),
        ("audio", ("audio", "audio")),
        ("audio", ("video",)),
    ):
        publish = SfuPublish(id="", room_id=room, kind=kind, sdp=await _offer(*shape))  # type: ignore[arg-type]
        assert refusal(await host.request(publish)) == "bad_message", (kind, shape)
    for kind in ("audio", "video"):
        publish = SfuPublish(id="", room_id=room, kind=kind, sdp=await _offer(kind))  # type: ignore[arg-type]
        assert (await host.request(publish)).TYPE == "sfu_answer", kind
    await host.close()

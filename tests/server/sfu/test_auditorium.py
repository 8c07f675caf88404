"""An auditorium through Janus: guests join the mix muted (in Janus, whatever they send), may not
publish video until a host lets them speak (``forbidden``), see only the hosts' feeds and the
speakers', and their raised hands still reach the hosts."""

from __future__ import annotations

import asyncio
import time

from app.core.protocol import Ack
from app.core.protocol import moderation as mod
from app.core.protocol.moderation import MediaControl, RoomState
from app.core.protocol.sfu import SfuAnswer, SfuSubscribe
from server.sfu.janus_rooms import AUDIOBRIDGE
from tests.server.sfu.conftest import needs_janus
from tests.server.sfu.sfu_client import SfuClient, band_share, new_room, refusal
from tests.support.janus import JanusServer
from tests.support.service import ServiceProcess

pytestmark = needs_janus

GUEST_TONE = 660.0


async def in_mix(janus: JanusServer, participant_id: str) -> bool:
    """Whether the AudioBridge mixes them in (joined and not muted)."""
    for handle in await janus.handles():
        if handle.get("display") == participant_id and handle["plugin"] == AUDIOBRIDGE:
            return not handle["muted"]
    return False


async def test_guests_listen_until_a_host_lets_them_speak(
    sfu_service: ServiceProcess, janus: JanusServer
) -> None:
    host = await SfuClient.join(sfu_service, "clinician")
    room = new_room(sfu_service, host.token, "auditorium_small")
    await host.host(room)
    speaker, listener = (
        await SfuClient.join(sfu_service, "patient"),
        await SfuClient.join(sfu_service, "patient"),
    )
    for guest in (speaker, listener):
        await host.admit(room, guest)
    assert isinstance(await host.publish_audio(room, None), SfuAnswer)
    assert isinstance(await speaker.publish_audio(room, GUEST_TONE), SfuAnswer)
    assert isinstance(await listener.publish_audio(room, None), SfuAnswer)
    assert isinstance(await host.publish_video(room), SfuAnswer)
    assert not await in_mix(janus, speaker.participant_id)  # joined muted in Janus
    await asyncio.sleep(2)
    assert band_share(host.mix.since(time.monotonic() - 1.5), GUEST_TONE) < 0.02  # sending, not heard
    assert refusal(await speaker.publish_video(room)) == "forbidden"
    await listener.wait_feeds(lambda feeds: feeds == [host.participant_id])  # the host only
    # Trying to unmute oneself changes nothing in Janus: a host has not let them speak.
    assert isinstance(
        await speaker.request(mod.SetMedia(id="", room_id=room, audio_on=True, video_on=True)), Ack
    )
    await asyncio.sleep(0.5)
    assert not await in_mix(janus, speaker.participant_id)

    assert isinstance(await speaker.request(mod.RaiseHand(id="", room_id=room, raised=True)), Ack)
    hand = await host.event(
        RoomState,
        lambda s: any(p.participant_id == speaker.participant_id and p.hand_raised for p in s.participants),
    )
    assert hand.room_id == room
    allow = mod.Moderate(id="", room_id=room, participant_id=speaker.participant_id, audio=MediaControl.ALLOW)
    assert isinstance(await host.request(allow), Ack)
    deadline = time.monotonic() + 5
    while not await in_mix(janus, speaker.participant_id):
        assert time.monotonic() < deadline
        await asyncio.sleep(0.1)
    while band_share(listener.mix.since(time.monotonic() - 1.0), GUEST_TONE) < 0.3:
        assert time.monotonic() < deadline + 5
        await asyncio.sleep(0.25)
    assert isinstance(await speaker.publish_video(room), SfuAnswer)  # now allowed
    await listener.wait_feeds(
        lambda feeds: sorted(feeds) == sorted([host.participant_id, speaker.participant_id])
    )
    assert (await listener.subscribe(room, speaker.participant_id)).TYPE == "ack"

    # Muting them again takes the floor back: out of the mix, their video unpublished.
    mute = mod.Moderate(id="", room_id=room, participant_id=speaker.participant_id, audio=MediaControl.MUTE)
    assert isinstance(await host.request(mute), Ack)
    await listener.wait_feeds(lambda feeds: feeds == [host.participant_id])
    assert not await in_mix(janus, speaker.participant_id)
    subscribe = SfuSubscribe(id="", room_id=room, feed=speaker.participant_id)
    assert refusal(await listener.request(subscribe)) == "forbidden"  # another guest who may not speak
    for client in (host, speaker, listener):
        await client.close()

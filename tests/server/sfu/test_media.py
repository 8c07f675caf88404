"""Media through Janus, driven over the service's real WebSocket by raw aiortc peers on 127.0.0.1:
voices are mixed once by the AudioBridge (each hears the others, never themselves), video is
published once and received by whoever subscribes, and a room takes more than the mesh's four."""

from __future__ import annotations

import asyncio
import time

from app.core.protocol.moderation import RoomState
from app.core.protocol.sfu import SfuAnswer, SfuTalking
from app.core.room_types import MediaRoute
from tests.server.sfu.conftest import needs_janus
from tests.server.sfu.sfu_client import SfuClient, band_share, new_room
from tests.support.janus import JanusServer
from tests.support.service import ServiceProcess

pytestmark = needs_janus

LOW, HIGH = 440.0, 1250.0


async def share_of(client: SfuClient, hz: float, seconds: float = 1.5) -> float:
    """The share of ``hz`` in the mix ``client`` received over the last ``seconds``."""
    return band_share(client.mix.since(time.monotonic() - seconds), hz)


async def until_heard(client: SfuClient, hz: float, wait: float = 10.0) -> float:
    deadline = time.monotonic() + wait
    share = 0.0
    while time.monotonic() < deadline:
        await asyncio.sleep(0.5)
        share = await share_of(client, hz)
        if share > 0.3:
            break
    return share


async def test_six_in_a_meeting_room_hear_the_two_who_speak_and_see_a_feed(
    sfu_service: ServiceProcess,
) -> None:
    host = await SfuClient.join(sfu_service, "clinician")
    room = new_room(sfu_service, host.token, "admin_small")
    admitted = await host.host(room)
    assert admitted.media is MediaRoute.SFU
    guests = [await SfuClient.join(sfu_service, "patient") for _ in range(5)]
    for guest in guests:
        assert (await host.admit(room, guest)).media is MediaRoute.SFU  # beyond the mesh's four
    state = await guests[0].event(RoomState, lambda s: len(s.participants) == 6)
    assert state.media is MediaRoute.SFU
    speaker_low, speaker_high, *listeners = guests
    for client, hz in [
        (host, None),
        (speaker_low, LOW),
        (speaker_high, HIGH),
        *[(g, None) for g in listeners],
    ]:
        assert isinstance(await client.publish_audio(room, hz), SfuAnswer)
    for listener in [host, *listeners]:
        assert await until_heard(listener, LOW) > 0.3 and await until_heard(listener, HIGH) > 0.3
    # Each speaker hears the other one, never themselves (the mix minus one's own voice).
    assert await until_heard(speaker_low, HIGH) > 0.3 and await share_of(speaker_low, LOW) < 0.05
    assert await until_heard(speaker_high, LOW) > 0.3 and await share_of(speaker_high, HIGH) < 0.05
    talking = await host.event(SfuTalking, lambda t: t.talking)
    assert talking.participant_id in (speaker_low.participant_id, speaker_high.participant_id)

    # Video: the host publishes once; two guests receive it.
    assert isinstance(await host.publish_video(room), SfuAnswer)
    for guest in guests[:2]:
        assert await guest.wait_feeds(lambda feeds: feeds == [host.participant_id])
        answer = await guest.subscribe(room, host.participant_id)
        assert answer.TYPE == "ack", answer
    await asyncio.sleep(3)
    now = time.monotonic()
    for guest in guests[:2]:
        assert guest.frames_between(host.participant_id, now - 1.5, now) >= 5  # 15 fps sent
    assert host.feeds() in (None, [])  # never one's own feed
    for client in [host, *guests]:
        await client.close()


async def test_publishing_again_replaces_the_publication(sfu_service: ServiceProcess) -> None:
    host = await SfuClient.join(sfu_service, "clinician")
    room = new_room(sfu_service, host.token, "admin_small")
    await host.host(room)
    guest = await SfuClient.join(sfu_service, "patient")
    await host.admit(room, guest)
    assert isinstance(await host.publish_video(room), SfuAnswer)
    assert isinstance(await host.publish_video(room), SfuAnswer)  # a new link replaces the first
    await guest.wait_feeds(lambda feeds: feeds == [host.participant_id])
    assert (await guest.subscribe(room, host.participant_id)).TYPE == "ack"
    await asyncio.sleep(2.5)
    now = time.monotonic()
    assert guest.frames_between(host.participant_id, now - 1.5, now) >= 5
    for client in (host, guest):
        await client.close()


async def test_the_log_holds_no_secret_pin_token_or_sdp(
    sfu_service: ServiceProcess, janus: JanusServer
) -> None:
    host = await SfuClient.join(sfu_service, "clinician")
    room = new_room(sfu_service, host.token, "admin_small")
    await host.host(room)
    assert isinstance(await host.publish_audio(room, LOW), SfuAnswer)
    assert isinstance(await host.publish_video(room), SfuAnswer)
    await host.close()
    log = sfu_service.stderr()
    assert "sfu published" in log and "sfu seat" in log  # it does log what happened
    for secret in (janus.api_secret, "v=0", "a=fingerprint", "candidate", "ice-pwd", '"pin"'):
        assert secret not in log, secret

"""One client of the media-server bench in its own process: the app's own media-server links
(``app.session.sfu_links.SfuLink``, drained by ``TrackDrain`` as in a call), joined to Janus directly
through the service's own Janus pieces (``server.sfu``) — the bench stands in for the service.

    python -m bench.sfu_peer '<json>'

The JSON names Janus (``url``, ``secret_file``), the rooms (``audio_room``, ``video_room``, ``pin``,
``token``), what to send (``size`` "640x480", ``fps``, ``video``: publish a picture, ``hz``: a tone
into the mix) and what to receive (``feed``: a feed id, ``copies``: how many subscriptions to it,
each its own connection and decoder, as a client showing that many pictures); ``voices`` > 1 joins
that many audio-only participants to the mix (for the mixer's cost per participant). It prints JSON lines:
``{"feed": id}`` once published, ``{"receiving": n}`` once every subscription has a decoded frame,
then after ``warm_s`` and ``measure_s`` seconds ``{"cpu": cores, "kbps_in": ..., "fps_in": ...}`` —
its process CPU (every thread) over the window. It stays until its stdin closes.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

from aiortc import MediaStreamTrack, RTCConfiguration

from app.media.host_addresses import restrict_ice_host_addresses
from app.media.sink import TrackDrain
from app.media.synthetic_audio import ToneAudioTrack
from app.media.synthetic_video import PatternVideoTrack
from app.session.sfu_links import SfuLink
from server.secret import Secret
from server.sfu.janus_client import JanusConnection
from server.sfu.janus_rooms import RoomPair
from server.sfu.participant import ParticipantMedia


def emit(payload: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(payload) + "\n")
    sys.stdout.flush()


async def bytes_in(links: list[SfuLink]) -> int:
    total = 0
    for link in links:
        for stat in (await link.pc.getStats()).values():
            if stat.type == "transport":
                total += int(getattr(stat, "bytesReceived", 0))
    return total


async def run(cfg: dict[str, Any]) -> None:
    restrict_ice_host_addresses(["127.0.0.1"])
    secret = Path(cfg["secret_file"]).read_text().strip()  # noqa: ASYNC240 - once, before anything runs
    conn = JanusConnection(cfg["url"], Secret(secret))
    await conn.connect()
    pair = RoomPair(cfg["audio_room"], cfg["video_room"], Secret("unused"), Secret(cfg["pin"]))
    media = ParticipantMedia(conn, pair, cfg["token"], cfg["label"], lambda event: None)
    await media.open()
    rtc = RTCConfiguration(iceServers=[])
    drains: list[TrackDrain] = []  # pictures
    heard: list[TrackDrain] = []  # the room's mix
    links: list[SfuLink] = []

    def on_track(_key: str, track: MediaStreamTrack) -> None:
        (drains if track.kind == "video" else heard).append(TrackDrain(track))

    def link(key: str) -> SfuLink:
        made = SfuLink(key, rtc, on_track=on_track, on_state=lambda _k, _s: None)
        links.append(made)
        return made

    width, height = (int(v) for v in cfg.get("size", "640x480").split("x"))
    voices = [media]  # one AudioBridge participant per voice (``voices`` > 1: many audio-only people)
    for extra in range(int(cfg.get("voices", 1)) - 1):
        more = ParticipantMedia(conn, pair, cfg["token"], f"{cfg['label']}-{extra}", lambda event: None)
        await more.open()
        voices.append(more)
    if cfg.get("hz"):
        for voice in voices:
            audio = link("audio")
            offer = await audio.publish_offer(ToneAudioTrack(float(cfg["hz"])))
            await audio.accept_answer(await voice.publish_audio(offer, False))
    if cfg.get("video"):
        video = link("video")
        offer = await video.publish_offer(PatternVideoTrack((width, height), float(cfg.get("fps", 15))))
        await video.accept_answer(await media.publish_video(offer))
    emit({"feed": media.feed_id})
    subscriptions = []
    for copy in range(int(cfg.get("copies", 0))):
        sub = link(f"copy{copy}")
        media_key = f"copy{copy}"
        answer = await sub.answer_offer(await media.subscribe(media_key, int(cfg["feed"])))
        await media.start(media_key, answer)
        subscriptions.append(sub)
    async with asyncio.timeout(60):
        while sum(1 for d in drains if d.frames > 0) < len(subscriptions):
            await asyncio.sleep(0.05)
    emit({"receiving": len(subscriptions)})
    await asyncio.sleep(float(cfg.get("warm_s", 3)))
    frames0, bytes0 = sum(d.frames for d in drains), await bytes_in(subscriptions)
    cpu0, wall0 = time.process_time(), time.monotonic()
    await asyncio.sleep(float(cfg.get("measure_s", 10)))
    cpu, wall = time.process_time() - cpu0, time.monotonic() - wall0
    video_frames = sum(d.frames for d in drains) - frames0
    kbps = (await bytes_in(subscriptions) - bytes0) * 8 / wall / 1000
    emit({"cpu": cpu / wall, "kbps_in": kbps, "frames_per_s": video_frames / wall})
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    for drain in [*drains, *heard]:
        await drain.close()
    for each in links:
        await each.close()
    for voice in voices:
        await voice.close()
    await conn.close()


if __name__ == "__main__":
    asyncio.run(run(json.loads(sys.argv[1])))

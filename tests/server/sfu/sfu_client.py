"""A raw test participant of a room whose media goes through Janus: the protocol over the real
WebSocket (``sfu_*`` requests matched to their answers by ``ref``, every event kept) and raw aiortc
peer connections on 127.0.0.1 (a tone into the mix and the mix recorded, a pattern published, feeds
received and their frames counted). No Samtale client code: the service is driven as the contract says.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
import numpy as np
import numpy.typing as npt
from aiortc import RTCPeerConnection, RTCSessionDescription
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from app.core.protocol import (
    Ack,
    Admit,
    Admitted,
    ClientMessage,
    Error,
    Hello,
    JoinCall,
    Knock,
    LobbyUpdate,
    ServerMessage,
    Welcome,
    decode_server,
    encode,
)
from app.core.protocol.sfu import SfuAnswer, SfuFeeds, SfuOffer, SfuPublish, SfuStart, SfuSubscribe
from app.media.synthetic_audio import ToneAudioTrack
from app.media.synthetic_video import PatternVideoTrack
from tests.support.service import ServiceProcess, login

T = TypeVar("T")
_ids = itertools.count(1)
RATE = 48_000


def new_room(service: ServiceProcess, token: str, room_type: str) -> str:
    response = httpx.post(
        f"{service.url}/v1/rooms",
        json={"room_type": room_type},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert response.status_code == 201, response.text
    return str(response.json()["room_id"])


@dataclass
class Recorder:
    """Every decoded sample of one received audio track (the mix), with the time it arrived."""

    chunks: list[tuple[float, npt.NDArray[np.float64]]] = field(default_factory=list)

    def add(self, samples: npt.NDArray[np.float64]) -> None:
        self.chunks.append((time.monotonic(), samples))

    def since(self, start: float) -> npt.NDArray[np.float64]:
        parts = [c for t, c in self.chunks if t >= start]
        return np.concatenate(parts) if parts else np.zeros(0)


def band_share(samples: npt.NDArray[np.float64], hz: float, width: float = 15.0) -> float:
    """The share of the signal's power within ``hz`` ± ``width`` (0 for silence)."""
    if len(samples) < RATE // 4:
        return 0.0
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples)))) ** 2
    freqs = np.fft.rfftfreq(len(samples), 1 / RATE)
    total = float(spectrum[freqs > 50].sum())
    if total < 1e-3 * len(samples):  # digital silence, or nearly
        return 0.0
    return float(spectrum[np.abs(freqs - hz) <= width].sum()) / total


async def _drain(track: MediaStreamTrack, sink: Callable[[Any], None]) -> None:
    with contextlib.suppress(MediaStreamError):
        while True:
            sink(await track.recv())


def _mono(frame: Any) -> npt.NDArray[np.float64]:
    data: npt.NDArray[np.float64] = frame.to_ndarray().reshape(-1).astype(np.float64)
    channels = len(frame.layout.channels)
    return data[::channels] if channels > 1 else data


class SfuClient:
    """One participant: a WebSocket reader sorting answers from events, and their peer connections."""

    def __init__(self, ws: ClientConnection, name: str, token: str) -> None:
        self.ws = ws
        self.name = name
        self.token = token
        self.events: list[ServerMessage] = []
        self._pending: dict[str, asyncio.Future[ServerMessage]] = {}
        self._changed = asyncio.Event()
        self._reader = asyncio.create_task(self._read())
        self.pcs: list[RTCPeerConnection] = []
        self.tasks: list[asyncio.Task[None]] = []
        self.mix = Recorder()
        self.frames: dict[str, list[float]] = {}  # feed → arrival times of its decoded frames
        self.subscriptions: dict[str, RTCPeerConnection] = {}
        self.participant_id = ""

    @classmethod
    async def join(cls, service: ServiceProcess, role: str, name: str | None = None) -> SfuClient:
        name = name or f"{role.title()} {next(_ids)}"
        token = login(service.url, name, role)
        ws = await connect(service.ws_url, max_size=2**22, open_timeout=10)
        client = cls(ws, name, token)
        welcome = await client.request(Hello(id="", token=token))
        assert isinstance(welcome, Welcome), welcome
        return client

    async def reconnect(self, service: ServiceProcess) -> None:
        """The same app back on a new connection (``resume``): its call membership follows it."""
        await self.ws.close()
        self._reader.cancel()
        await asyncio.gather(self._reader, return_exceptions=True)
        self.ws = await connect(service.ws_url, max_size=2**22, open_timeout=10)
        self._reader = asyncio.create_task(self._read())
        welcome = await self.request(Hello(id="", token=self.token, resume=True))
        assert isinstance(welcome, Welcome), welcome

    async def resume_at(self, service: ServiceProcess) -> ClientConnection:
        """The same app resumes on a new connection to ``service`` before closing its old one, which
        is returned still open (its media links are kept)."""
        old = self.ws
        self._reader.cancel()
        await asyncio.gather(self._reader, return_exceptions=True)
        self.ws = await connect(service.ws_url, max_size=2**22, open_timeout=10)
        self._reader = asyncio.create_task(self._read())
        welcome = await self.request(Hello(id="", token=self.token, resume=True))
        assert isinstance(welcome, Welcome), welcome
        return old

    async def _read(self) -> None:
        with contextlib.suppress(ConnectionClosed):
            async for raw in self.ws:
                message = decode_server(raw)
                ref = getattr(message, "ref", None)
                future = self._pending.get(ref) if isinstance(ref, str) else None
                if isinstance(message, Welcome):
                    future = self._pending.get("hello")
                if future is not None and not future.done():
                    future.set_result(message)
                else:
                    self.events.append(message)
                    self._changed.set()

    async def request(self, message: ClientMessage, wait: float = 10.0) -> ServerMessage:
        ref = "hello" if isinstance(message, Hello) else f"r{next(_ids)}"
        message = message if isinstance(message, Hello) else dataclasses.replace(message, id=ref)
        future: asyncio.Future[ServerMessage] = asyncio.get_running_loop().create_future()
        self._pending[ref] = future
        try:
            await self.ws.send(encode(message))
            return await asyncio.wait_for(future, wait)
        finally:
            self._pending.pop(ref, None)

    async def event(
        self, kind: type[T], match: Callable[[T], bool] = lambda _: True, wait: float = 10.0
    ) -> T:
        """The first event of ``kind`` (already received or still to come) that ``match``es; it is taken."""
        async with asyncio.timeout(wait):
            while True:
                for i, message in enumerate(self.events):
                    if isinstance(message, kind) and match(message):
                        del self.events[i]
                        return message
                self._changed.clear()
                await self._changed.wait()

    def feeds(self) -> list[str] | None:
        """The last ``sfu_feeds`` received (participant ids), or None if none came yet."""
        latest = [m for m in self.events if isinstance(m, SfuFeeds)]
        return None if not latest else [f.participant_id for f in latest[-1].feeds]

    async def wait_feeds(self, want: Callable[[list[str]], bool], wait: float = 10.0) -> list[str]:
        async with asyncio.timeout(wait):
            while True:
                feeds = self.feeds()
                if feeds is not None and want(feeds):
                    return feeds
                self._changed.clear()
                await self._changed.wait()

    # --- the lobby and the call -----------------------------------------------------------------

    async def host(self, room_id: str) -> Admitted:
        answer = await self.request(JoinCall(id="", room_id=room_id))
        assert isinstance(answer, Ack), answer
        admitted = await self.event(Admitted)
        self.participant_id = admitted.participant_id
        return admitted

    async def knock(self, room_id: str) -> str:
        assert isinstance(await self.request(Knock(id="", room_id=room_id)), Ack)
        return (await self.event(LobbyUpdate)).participant_id

    async def admit(self, room_id: str, guest: SfuClient) -> Admitted:
        pid = await guest.knock(room_id)
        assert isinstance(await self.request(Admit(id="", room_id=room_id, participant_id=pid)), Ack)
        admitted = await guest.event(Admitted)
        guest.participant_id = admitted.participant_id
        return admitted

    # --- media ------------------------------------------------------------------------------------

    async def _offer(self, pc: RTCPeerConnection) -> str:
        await pc.setLocalDescription(await pc.createOffer())
        return str(pc.localDescription.sdp)

    async def publish_audio(self, room_id: str, hz: float | None) -> ServerMessage:
        """Join the mix sending a tone (or nothing); the mix that comes back is recorded."""
        pc = RTCPeerConnection()
        self.pcs.append(pc)
        if hz is not None:
            pc.addTrack(ToneAudioTrack(hz))
        else:
            pc.addTransceiver("audio", direction="recvonly")

        @pc.on("track")
        def on_track(track: MediaStreamTrack) -> None:
            self.tasks.append(asyncio.create_task(_drain(track, lambda f: self.mix.add(_mono(f)))))

        answer = await self.request(
            SfuPublish(id="", room_id=room_id, kind="audio", sdp=await self._offer(pc))
        )
        if isinstance(answer, SfuAnswer):
            await pc.setRemoteDescription(RTCSessionDescription(answer.sdp, "answer"))
        return answer

    async def publish_video(self, room_id: str) -> ServerMessage:
        pc = RTCPeerConnection()
        self.pcs.append(pc)
        pc.addTransceiver(PatternVideoTrack(size=(320, 240), fps=15), direction="sendonly")
        answer = await self.request(
            SfuPublish(id="", room_id=room_id, kind="video", sdp=await self._offer(pc))
        )
        if isinstance(answer, SfuAnswer):
            await pc.setRemoteDescription(RTCSessionDescription(answer.sdp, "answer"))
        return answer

    async def subscribe(self, room_id: str, feed: str) -> ServerMessage:
        """Receive ``feed``'s video; its frames' arrival times go to ``frames[feed]``."""
        offer = await self.request(SfuSubscribe(id="", room_id=room_id, feed=feed))
        if not isinstance(offer, SfuOffer):
            return offer
        pc = RTCPeerConnection()
        self.pcs.append(pc)
        self.subscriptions[feed] = pc
        arrivals = self.frames.setdefault(feed, [])

        @pc.on("track")
        def on_track(track: MediaStreamTrack) -> None:
            self.tasks.append(asyncio.create_task(_drain(track, lambda _: arrivals.append(time.monotonic()))))

        await pc.setRemoteDescription(RTCSessionDescription(offer.sdp, "offer"))
        await pc.setLocalDescription(await pc.createAnswer())
        return await self.request(SfuStart(id="", room_id=room_id, feed=feed, sdp=pc.localDescription.sdp))

    def frames_between(self, feed: str, start: float, end: float) -> int:
        return sum(1 for t in self.frames.get(feed, []) if start <= t < end)

    async def close_media(self) -> None:
        for pc in self.pcs:
            await pc.close()
        self.pcs.clear()
        self.subscriptions.clear()
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        self.tasks.clear()

    async def close(self) -> None:
        await self.close_media()
        await self.ws.close()
        self._reader.cancel()
        await asyncio.gather(self._reader, return_exceptions=True)


def refusal(answer: ServerMessage) -> str:
    """The code of a refusal (``error``), or the type of what came instead."""
    return answer.code.value if isinstance(answer, Error) else f"not refused: {answer.TYPE}"

"""One participant of a group-audio test, in its own process as on a real desktop.

It plays what it receives exactly as the desktop does (``LocalDevices.media_sources``: ``LiveAudio`` →
``Playback`` on the PulseAudio output ``--sink``) and sends a steady tone of ``--hz`` as its voice.
clinician: logs in, creates a room, prints {"room": code} and admits whoever knocks; patient: knocks on
``--code``. Prints {"hearing": n} once n remote voices play; then for each line "count" on stdin prints
{"counters": {...}} (its speaker's), and on any other line (or the end of stdin) hangs up. One JSON
line per event on stdout.
Run: ``python -m tests.support.voice_client --role clinician --service URL --sink spk_a --hz 300``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from fractions import Fraction
from typing import Any

import av
import numpy as np
from aiortc.mediastreams import MediaStreamTrack

from app.core.call_state import CallState
from app.core.protocol import PrecallSummary
from app.media.camera.handle import CameraHandle
from app.media.camera.synthetic import SyntheticCamera
from app.media.devices import DeviceKind, LocalDevices
from app.media.frame_slot import FrameSlot
from app.media.pacing import Pacer
from app.media.sources import MediaSources
from app.session.consultation import ClinicianConsultation, Consultation, PatientConsultation, SessionConfig
from app.session.events import QueueChanged, SessionEvent

RATE = 48_000
FRAME = RATE // 50  # 20 ms
SENT_DBFS = -12.0
SIZE, FPS = (64, 48), 5  # the picture is not what is tested: keep it cheap


class Voice(MediaStreamTrack):
    """A steady tone at ``SENT_DBFS`` in 20 ms frames that, like a microphone, never skips audio: a late
    reader gets the frames it missed at once (``ToneAudioTrack`` skips them instead)."""

    kind = "audio"

    def __init__(self, hz: float) -> None:
        super().__init__()
        self._step = 2 * np.pi * hz / RATE
        self._index = 0
        self._pacer = Pacer(RATE / FRAME, RATE, skip_late=False)

    async def recv(self) -> av.AudioFrame:
        pts = await self._pacer.next()
        n = np.arange(self._index, self._index + FRAME)
        self._index += FRAME
        pcm = np.round(32767 * 10 ** (SENT_DBFS / 20) * np.sin(self._step * n)).astype(np.int16)
        frame = av.AudioFrame.from_ndarray(pcm.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate, frame.pts, frame.time_base = RATE, pts, Fraction(1, RATE)
        return frame


def emit(payload: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(payload) + "\n")
    sys.stdout.flush()


def _stand_in(name: str | None, preview: FrameSlot) -> CameraHandle:
    return CameraHandle(lambda _name: SyntheticCamera.stand_in(SIZE, FPS, preview), name, size=SIZE, fps=FPS,
                        preview=preview)  # fmt: skip


async def run(args: argparse.Namespace) -> None:
    devices = LocalDevices(size=SIZE, fps=FPS, open_camera=_stand_in, list_cameras=lambda: [],
                           list_microphones=lambda: [])  # fmt: skip
    devices.switch(DeviceKind.SPEAKER, args.sink)  # before media is open: the speaker it will use

    def sources(preview: FrameSlot) -> MediaSources:
        made = devices.media_sources(preview)  # the desktop's wiring, speaker included
        made.audio.replace_source(Voice(args.hz))
        return made

    admitted: set[str] = set()
    admitting: set[asyncio.Task[None]] = set()
    session: Consultation

    def on_event(event: SessionEvent) -> None:
        if isinstance(event, QueueChanged) and isinstance(session, ClinicianConsultation):
            for entry in event.entries:
                if entry.participant_id not in admitted:
                    admitted.add(entry.participant_id)
                    task = asyncio.ensure_future(session.admit(entry.participant_id))
                    admitting.add(task)
                    task.add_done_callback(admitting.discard)

    config = SessionConfig(args.service, loopback_only=True)
    cls = ClinicianConsultation if args.role == "clinician" else PatientConsultation
    session = cls(config, on_event, sources_factory=sources)
    try:
        await session.login_test(args.name)
        if isinstance(session, ClinicianConsultation):
            room = await session.create_room("Group")
            emit({"room": room.code})
        else:
            assert isinstance(session, PatientConsultation)
            await session.open_room(args.code)
            await session.knock(PrecallSummary())
        while True:
            audio = devices.audio
            playback = audio.playback if audio is not None else None
            if session.state is CallState.IN_CALL and playback is not None:
                playing = [v for v in playback.mixer.voices if (b := playback.mixer.buffer(v)) and len(b) > 0]
                if len(playing) >= args.voices:
                    break
            await asyncio.sleep(0.02)
        emit({"hearing": len(playing)})
        mixer = playback.mixer
        while (await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)).strip() == "count":
            emit({"counters": {"underruns": mixer.underruns, "dropped_samples": mixer.dropped_samples,
                               "voices": len(mixer.voices)}})  # fmt: skip
    finally:
        await session.close()
        await devices.aclose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--role", choices=["patient", "clinician"], required=True)
    parser.add_argument("--service", required=True)
    parser.add_argument("--sink", required=True)
    parser.add_argument("--hz", type=float, required=True)
    parser.add_argument("--name", default="Participant")
    parser.add_argument("--code", default="")
    parser.add_argument("--voices", type=int, default=2, help="remote voices to wait for")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()

"""The microphone and speaker checks as a pair that takes turns, so the test tone never skews the mic."""

from __future__ import annotations

import asyncio

from app.media.audio.devices import AudioDevice
from app.preflight.microphone import MicrophoneCheck
from app.preflight.speaker import SpeakerCheck


def audio_checks(
    microphone: AudioDevice | None = None, speaker: AudioDevice | None = None
) -> tuple[MicrophoneCheck, SpeakerCheck]:
    """Both audio checks for the runner; they share one lock (microphone ~2–3 s, then speaker ~1.5 s).

    ``None`` means the OS default device. The speaker check listens through ``microphone``.
    """
    lock = asyncio.Lock()
    return MicrophoneCheck(microphone, lock=lock), SpeakerCheck(speaker, microphone, lock=lock)

"""Real audio: microphones and loudspeakers by name, capture and playback tracks, WebRTC audio processing.

Typical call wiring::

    processor = AudioProcessor()
    playback = Playback(find_device(speaker_name, "output"), far_end=processor.feed_far_end)
    mic = open_microphone(mic_name, processor=processor, on_muted_talk=show_hint)
    processor.stream_delay_ms = estimate_stream_delay_ms(mic, playback)
    sending = SwitchableTrack(mic)          # added to the peer connection once
    playback.attach(remote_audio_track, participant_id)  # one jitter buffer per voice, mixed
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.media.audio.capture import MicrophoneTrack, open_microphone
    from app.media.audio.devices import (
        AudioDevice,
        find_device,
        list_input_devices,
        list_output_devices,
        refresh,
    )
    from app.media.audio.levels import MutedTalkDetector, peak_dbfs, rms_dbfs
    from app.media.audio.playback import Playback
    from app.media.audio.processing import AudioProcessor
    from app.media.audio.watch import DeviceWatcher, set_muted, switch_microphone

# Loaded on first use (PEP 562), so importing one light part (``devices``, ``levels``) does not load
# PyAV, aiortc and the WebRTC audio processing with it: the first window opens without them.
_LAZY = {
    "MicrophoneTrack": "capture",
    "open_microphone": "capture",
    "AudioDevice": "devices",
    "find_device": "devices",
    "list_input_devices": "devices",
    "list_output_devices": "devices",
    "refresh": "devices",
    "MutedTalkDetector": "levels",
    "peak_dbfs": "levels",
    "rms_dbfs": "levels",
    "Playback": "playback",
    "AudioProcessor": "processing",
    "DeviceWatcher": "watch",
    "set_muted": "watch",
    "switch_microphone": "watch",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def estimate_stream_delay_ms(mic: MicrophoneTrack, playback: Playback) -> int:
    """Render + capture latency for the echo canceller's delay hint."""
    return round(mic.latency_ms + playback.latency_ms + playback.mixer.target * 1000 / 48_000)


__all__ = [
    "AudioDevice",
    "AudioProcessor",
    "DeviceWatcher",
    "MicrophoneTrack",
    "MutedTalkDetector",
    "Playback",
    "estimate_stream_delay_ms",
    "find_device",
    "list_input_devices",
    "list_output_devices",
    "open_microphone",
    "peak_dbfs",
    "refresh",
    "rms_dbfs",
    "set_muted",
    "switch_microphone",
]

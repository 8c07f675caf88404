"""Audio devices by human-readable name: listing, the OS default, opening streams, and safe re-scanning."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

import sounddevice as sd  # type: ignore[import-untyped]

from app.media.audio import pulse

Kind = Literal["input", "output"]
SAMPLE_RATE = 48_000
HEADSET_WORDS = (
    "headset", "headphone", "earphone", "earbud", "hodetelefon", "hörlur", "hörlurar", "kuulokkeet",
    "airpods", "jabra", "plantronics", "poly ", "sennheiser", "epos", "bose", "buds", "hands-free",
    "handsfree", "bluez_output.", "bluez_input.",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class AudioDevice:
    """One microphone or loudspeaker. ``name`` is what the patient sees; ``ident`` is the backend's key.

    ``backend`` is ``"pulse"`` (a PulseAudio/PipeWire source or sink, ``ident`` its name) or
    ``"portaudio"`` (``ident`` the PortAudio device name).
    """

    name: str
    kind: Kind
    backend: Literal["pulse", "portaudio"]
    ident: str
    is_default: bool = False
    is_monitor: bool = False

    @property
    def looks_like_headset(self) -> bool:
        text = f"{self.name} {self.ident}".lower()
        return any(word in text for word in HEADSET_WORDS)


def pick_device(devices: list[AudioDevice], key: str | None) -> AudioDevice | None:
    """The device called ``key`` (backend key or name) if present, else the OS default, else the first."""
    named = [d for d in devices if key is not None and key in (d.ident, d.name)]
    default = [d for d in devices if d.is_default]
    choices = named or default or devices
    return choices[0] if choices else None


_open_streams = 0
_lock = threading.RLock()


def list_input_devices(*, include_monitors: bool = False) -> list[AudioDevice]:
    """Microphones, the OS default first; monitors of outputs only when asked (tests, loopback checks)."""
    return _list("input", include_monitors)


def list_output_devices() -> list[AudioDevice]:
    """Loudspeakers and headphones, the OS default first."""
    return _list("output", False)


def find_device(name: str | None, kind: Kind) -> AudioDevice | None:
    """The device called ``name`` (display name or backend key); ``None`` asks for the OS default."""
    devices = _list(kind, True)
    if name is None:
        return next((d for d in devices if d.is_default), devices[0] if devices else None)
    return next((d for d in devices if name in (d.name, d.ident)), None)


def _list(kind: Kind, include_monitors: bool) -> list[AudioDevice]:
    found = pulse.list_devices(kind) if pulse.available() else None
    if found is None:
        found = _portaudio_devices(kind)
    devices = [d for d in found if include_monitors or not d.is_monitor]
    return sorted(devices, key=lambda d: not d.is_default)


def _portaudio_devices(kind: Kind) -> list[AudioDevice]:
    channels_key = "max_input_channels" if kind == "input" else "max_output_channels"
    with _lock:
        try:
            infos: list[dict[str, Any]] = list(sd.query_devices())
            default_index = sd.default.device[0 if kind == "input" else 1]
        except sd.PortAudioError:
            return []
    return [
        AudioDevice(
            name=str(info["name"]),
            kind=kind,
            backend="portaudio",
            ident=str(info["name"]),
            is_default=index == default_index,
        )
        for index, info in enumerate(infos)
        if int(info[channels_key]) > 0
    ]


def refresh() -> bool:
    """Re-initialise PortAudio so it sees added or removed devices; skipped (False) while a stream is open."""
    with _lock:
        if _open_streams:
            return False
        sd._terminate()
        sd._initialize()
        return True


@contextmanager
def stream_opened() -> Iterator[None]:
    """Count a stream as open for its whole life, so ``refresh`` never pulls PortAudio from under it."""
    global _open_streams
    with _lock:
        _open_streams += 1
    try:
        yield
    finally:
        with _lock:
            _open_streams -= 1


def open_stream(device: AudioDevice | None, kind: Kind, **kwargs: Any) -> sd.RawInputStream:
    """Open (not start) a raw sounddevice stream at 48 kHz on ``device`` (None: the OS default).

    Raw streams hand the callback a plain buffer (sounddevice's numpy wrapping warns on NumPy 2.5).

    A PulseAudio device is reached through PortAudio's ``pulse`` device with ``PULSE_SOURCE`` /
    ``PULSE_SINK`` naming it while the stream is opened (libpulse reads them at connect time).
    """
    cls = sd.RawInputStream if kind == "input" else sd.RawOutputStream
    env_key = "PULSE_SOURCE" if kind == "input" else "PULSE_SINK"
    with _lock:
        if device is None or device.backend == "portaudio":
            target = None if device is None else _portaudio_index(device)
            return cls(device=target, samplerate=SAMPLE_RATE, **kwargs)
        saved = os.environ.get(env_key)
        os.environ[env_key] = device.ident
        try:
            return cls(device="pulse", samplerate=SAMPLE_RATE, **kwargs)
        finally:
            if saved is None:
                os.environ.pop(env_key, None)
            else:
                os.environ[env_key] = saved


def _portaudio_index(device: AudioDevice) -> int:
    channels_key = "max_input_channels" if device.kind == "input" else "max_output_channels"
    for index, info in enumerate(sd.query_devices()):
        if info["name"] == device.ident and int(info[channels_key]) > 0:
            return index
    raise LookupError("the audio device is no longer present")

"""PulseAudio / PipeWire sources and sinks with their descriptions, read with ``pactl`` (Linux only)."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.media.audio.devices import AudioDevice, Kind

log = logging.getLogger(__name__)
_TIMEOUT_S = 2.0


def available() -> bool:
    """True when a PulseAudio-compatible server answers (PipeWire's pipewire-pulse counts)."""
    if shutil.which("pactl") is None:
        return False
    if not os.environ.get("PULSE_SERVER") and not os.path.exists(_default_socket()):
        return False
    return _pactl("info") is not None


def _default_socket() -> str:
    runtime = os.environ.get("XDG_RUNTIME_DIR", f"/run/user/{os.getuid()}")
    return os.path.join(runtime, "pulse", "native")


def list_devices(kind: Kind) -> list[AudioDevice] | None:
    """Sources (``input``) or sinks (``output``); None when the server cannot be asked."""
    from app.media.audio.devices import AudioDevice

    info = _pactl("info")
    entries = _pactl("list", "sources" if kind == "input" else "sinks")
    if info is None or entries is None or not isinstance(entries, list):
        return None
    default = info.get("default_source_name" if kind == "input" else "default_sink_name")
    devices = []
    for entry in entries:
        ident = str(entry.get("name", ""))
        if not ident:
            continue
        name = str(entry.get("description") or ident)
        is_monitor = kind == "input" and entry.get("monitor_source") not in (None, "", "n/a")
        devices.append(AudioDevice(name, kind, "pulse", ident, ident == default, is_monitor))
    return devices


def _pactl(*args: str) -> Any:
    try:
        done = subprocess.run(
            ["pactl", "-f", "json", *args], capture_output=True, text=True, timeout=_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.debug("pactl failed: %s", type(exc).__name__)
        return None
    if done.returncode != 0:
        return None
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError:
        return None

"""Hot-plug and default-device changes: a polling watcher, switching and muting the microphone mid-call."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from app.media.audio import devices
from app.media.audio.capture import MicrophoneTrack, open_microphone
from app.media.audio.devices import AudioDevice
from app.media.audio.processing import AudioProcessor
from app.media.switchable import SwitchableTrack

log = logging.getLogger(__name__)
Snapshot = tuple[list[AudioDevice], list[AudioDevice]]


def snapshot() -> Snapshot:
    """(inputs, outputs) as they are now; PortAudio is re-scanned first when no stream is open."""
    devices.refresh()
    return devices.list_input_devices(), devices.list_output_devices()


class DeviceWatcher:
    """Calls ``on_change(inputs, outputs)`` whenever a device appears, disappears or the default moves.

    Polls every ``interval_s`` in a task (``start``/``close``). While a stream is open PortAudio is not
    re-initialised (PulseAudio devices are still seen, through ``pactl``).
    """

    def __init__(self, on_change: Callable[[list[AudioDevice], list[AudioDevice]], None], *,
                 interval_s: float = 2.0) -> None:  # fmt: skip
        self._on_change = on_change
        self._interval = interval_s
        self._task: asyncio.Task[None] | None = None
        self.current: Snapshot | None = None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        while True:
            found = await asyncio.to_thread(snapshot)
            if self.current is not None and found != self.current:
                log.info("audio devices changed: %d inputs, %d outputs", len(found[0]), len(found[1]))
                try:
                    self._on_change(*found)
                except Exception:
                    log.exception("device change handler failed")
            self.current = found
            await asyncio.sleep(self._interval)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None


def switch_microphone(
    sending: SwitchableTrack,
    name: str | None,
    *,
    processor: AudioProcessor | None = None,
    on_muted_talk: Callable[[], None] | None = None,
) -> MicrophoneTrack:
    """Open microphone ``name`` and send from it without renegotiation; the old source is stopped.

    The processor (echo canceller state) carries over; the new track inherits the muted state.
    """
    mic = open_microphone(name, processor=processor, on_muted_talk=on_muted_talk)
    mic.muted = not sending.enabled
    sending.replace_source(mic)
    return mic


def set_muted(sending: SwitchableTrack, mic: MicrophoneTrack, muted: bool) -> None:
    """Mute or unmute the outgoing audio and tell the "talking while muted" detector (keep them in step)."""
    sending.enabled = not muted
    mic.muted = muted

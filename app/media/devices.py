"""A person's camera, microphone and speaker for a consultation (patient or clinician): opened, switched
live, and followed.

Creating ``LocalDevices`` loads nothing heavy: sounddevice (PortAudio), Qt Multimedia, PyAV, aiortc
and OpenCV are imported when a list is first asked for or media is opened, not with the window.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.media.audio.devices import AudioDevice
    from app.media.audio.watch import DeviceWatcher
    from app.media.camera.handle import CameraHandle
    from app.media.frame_slot import FrameSlot
    from app.media.live_audio import LiveAudio
    from app.media.sources import MediaSources

    CameraOpener = Callable[[str | None, FrameSlot], CameraHandle]  # name (None: default), self view
    Listing = Callable[[], list[AudioDevice]]

log = logging.getLogger(__name__)


class DeviceKind(StrEnum):
    CAMERA = "camera"
    MICROPHONE = "microphone"
    SPEAKER = "speaker"


@dataclass(frozen=True, slots=True)
class DeviceOption:
    """One device the person can pick: ``key`` is what ``switch`` takes, ``name`` what they see."""

    key: str
    name: str
    is_default: bool = False


class LocalDevices:
    """The person's choices, and while media is open the camera handle and ``LiveAudio``.

    ``LocalDevices`` lives as long as the window. Before media is open it only remembers the person's
    choice per kind; ``media_sources(preview)`` (the consultation's sources factory) opens the chosen or
    default devices and returns the ``MediaSources`` the session sends; closing those releases the devices
    again. While open, ``switch(kind, key)`` changes a device without renegotiation: the camera through
    ``CameraHandle.switch``, the microphone by giving the one ``SwitchableTrack`` the peer connection
    sends a new source, the speaker by re-opening ``Playback`` on the new output, still feeding the echo
    canceller. Hot-plug and OS default changes are followed (``DeviceWatcher``, camera events): a device
    that disappears is replaced by the default, a chosen one that comes back is used again, and listeners
    (plain callbacks, on the event loop) are told which kind changed.
    """

    def __init__(
        self,
        *,
        size: tuple[int, int] = (640, 480),
        fps: float = 30.0,
        open_camera: CameraOpener | None = None,
        list_cameras: Callable[[], list[str]] | None = None,
        list_microphones: Listing | None = None,
        list_speakers: Listing | None = None,
        watch_interval_s: float = 2.0,
        synthetic: bool = False,
    ) -> None:
        self._size, self._fps = size, fps
        # ``--synthetic-media``: a test pattern and a tone stand in for a missing camera and microphone;
        # without it a missing device sends nothing (and the person is told).
        self.synthetic = synthetic
        self._open_camera = open_camera or self._qt_camera
        self._list_cameras = list_cameras or _qt_camera_names
        self._listings = {
            DeviceKind.MICROPHONE: list_microphones or _list_microphones,
            DeviceKind.SPEAKER: list_speakers or _list_speakers,
        }
        self._watch_interval = watch_interval_s
        self._chosen: dict[DeviceKind, str | None] = dict.fromkeys(DeviceKind)
        self._listeners: list[Callable[[DeviceKind], None]] = []
        self.muted_talk_listeners: list[Callable[[], None]] = []
        self.camera: CameraHandle | None = None
        self.audio: LiveAudio | None = None
        self._sources: MediaSources | None = None
        self._watcher: DeviceWatcher | None = None
        self._known: dict[DeviceKind, list[AudioDevice]] = {}  # audio devices last seen while open
        self._retired: list[LiveAudio] = []  # closed at once, their output streams awaited later
        self._closing: set[asyncio.Task[None]] = set()

    # --- what the chooser asks ------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._sources is not None

    @property
    def microphone_denied(self) -> bool:
        """The OS refused the microphone the last time one was opened."""
        return self.audio is not None and self.audio.denied

    def listen(self, callback: Callable[[DeviceKind], None]) -> Callable[[], None]:
        """Call ``callback(kind)`` when that kind's list or current device changes; returns "stop"."""
        self._listeners.append(callback)
        return lambda: self._listeners.remove(callback) if callback in self._listeners else None

    def options(self, kind: DeviceKind) -> list[DeviceOption]:
        """The devices of ``kind`` as the OS offers them now (the default first)."""
        if kind is DeviceKind.CAMERA:
            return [DeviceOption(n, n, i == 0) for i, n in enumerate(self._list_cameras())]
        return [DeviceOption(d.ident, d.name, d.is_default) for d in self._audio_list(kind)]

    def current(self, kind: DeviceKind) -> str | None:
        """The key of the device in use (or, before media is open, the one that will be used)."""
        if kind is DeviceKind.CAMERA:
            if self.camera is not None and not self.camera.closed:
                return None if self.camera.is_stand_in else self.camera.name
            names = self._list_cameras()
            chosen = self._chosen[kind]
            return chosen if chosen in names else (names[0] if names else None)
        device = self.audio_device(kind)
        return device.ident if device is not None else None

    def audio_device(self, kind: DeviceKind) -> AudioDevice | None:
        """The microphone or speaker in use, or to be used (what the pre-call checks should test)."""
        if self.audio is not None:
            audio = self.audio
            return audio.microphone_device if kind is DeviceKind.MICROPHONE else audio.speaker_device
        from app.media.audio.devices import pick_device

        return pick_device(self._audio_list(kind), self._chosen[kind])

    def switch(self, kind: DeviceKind, key: str) -> bool:
        """Use device ``key`` of ``kind`` from now on (live if open); False if it could not be opened."""
        self._chosen[kind] = key
        done = True
        if kind is DeviceKind.CAMERA and self.camera is not None:
            self.camera.switch(key)
        elif kind is not DeviceKind.CAMERA and self.audio is not None:
            from app.media.audio.devices import pick_device

            device = pick_device(self._audio_list(kind, fresh=True), key)
            use = self.audio.use_microphone if kind is DeviceKind.MICROPHONE else self.audio.use_speaker
            done = device is not None and use(device)
        self._tell(kind)
        return done

    # --- the session's media --------------------------------------------------------------------

    def media_sources(self, preview: FrameSlot) -> MediaSources:
        """Open the devices and return what the session sends; for a missing device nothing is sent
        (with ``synthetic``, a test pattern or a tone stands in).

        This is the consultation's ``sources_factory``. Call inside the running event loop.
        """
        from app.media.audio.devices import pick_device
        from app.media.audio.watch import DeviceWatcher
        from app.media.live_audio import LiveAudio
        from app.media.sources import MediaSources

        if self._sources is not None:
            self._sources.close()  # one consultation's media at a time
        camera = self._open_camera(self._chosen[DeviceKind.CAMERA], preview)
        camera.listen(lambda _event: self._tell(DeviceKind.CAMERA))
        self.camera = camera
        inputs = self._audio_list(DeviceKind.MICROPHONE, fresh=True)
        outputs = self._audio_list(DeviceKind.SPEAKER, fresh=True)
        audio = LiveAudio(
            pick_device(inputs, self._chosen[DeviceKind.MICROPHONE]),
            pick_device(outputs, self._chosen[DeviceKind.SPEAKER]),
            self._muted_talk,
            synthetic=self.synthetic,
        )
        self.audio = audio
        sources = MediaSources(
            audio.sending,
            camera.track,
            preview,
            on_close=self._release,
            play_remote_audio=audio.play,
            forget_remote_audio=audio.forget,
            on_aclose=self._arelease,
            # No microphone at all (nothing or the tone is sent): no level, so the meter stays hidden.
            microphone_level=(lambda: _or_silence(audio.level())) if audio.microphone is not None else None,
            on_mute=audio.set_muted,
        )
        self._sources = sources
        self._known = {DeviceKind.MICROPHONE: inputs, DeviceKind.SPEAKER: outputs}
        self._watcher = DeviceWatcher(self._audio_changed, interval_s=self._watch_interval)
        self._watcher.start()
        for kind in DeviceKind:
            self._tell(kind)
        return sources

    def microphone_level(self) -> float | None:
        """The live microphone's level in dBFS (None without one)."""
        return self.audio.level() if self.audio is not None else None

    def set_microphone_enabled(self, on: bool) -> None:
        """Mute or unmute what is sent (the muted-talk detector follows)."""
        if self._sources is not None:
            self._sources.set_microphone_enabled(on)

    async def aclose(self) -> None:
        """Release everything that is open (idempotent); the choices are kept."""
        if self._sources is not None:
            await self._sources.aclose()
        await self._arelease()

    # --- internals ------------------------------------------------------------------------------

    def _audio_changed(self, inputs: list[AudioDevice], outputs: list[AudioDevice]) -> None:
        """The watcher saw a device come or go, or the OS default move: follow it, then tell."""
        if self.audio is None:
            return
        self._known = {DeviceKind.MICROPHONE: inputs, DeviceKind.SPEAKER: outputs}
        chosen = self._chosen
        self.audio.follow(inputs, outputs, chosen[DeviceKind.MICROPHONE], chosen[DeviceKind.SPEAKER])
        self._tell(DeviceKind.MICROPHONE)
        self._tell(DeviceKind.SPEAKER)

    def _audio_list(self, kind: DeviceKind, *, fresh: bool = False) -> list[AudioDevice]:
        if self.is_open and not fresh and kind in self._known:
            return list(self._known[kind])
        from app.media.audio.denied import DEVICE_ERRORS

        try:
            found = list(self._listings[kind]())
        except DEVICE_ERRORS as exc:
            log.warning("audio devices unavailable: %s", type(exc).__name__)
            found = []
        if self.is_open:
            self._known[kind] = found
        return found

    def _muted_talk(self) -> None:
        if self._sources is not None:
            self._sources.notify_muted_talk()
        for listener in list(self.muted_talk_listeners):
            listener()

    def _tell(self, kind: DeviceKind) -> None:
        for listener in list(self._listeners):
            try:
                listener(kind)
            except Exception:  # one broken listener must not stop the others
                log.exception("device listener failed")

    def _release(self) -> None:
        """What closing the sources does at once: the camera, the microphone, the watcher's polling."""
        self._sources = None
        camera, self.camera = self.camera, None
        if camera is not None:
            camera.close()
        audio, self.audio = self.audio, None
        if audio is not None:
            audio.close()
            self._retired.append(audio)
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            try:
                task = asyncio.get_running_loop().create_task(watcher.close())
            except RuntimeError:  # no loop any more: nothing polls either
                return
            self._closing.add(task)
            task.add_done_callback(self._closing.discard)

    async def _arelease(self) -> None:
        """What closing needs awaited: the output streams and the watcher's task."""
        retired, self._retired = self._retired, []
        for audio in retired:
            await audio.aclose()
        if self._closing:
            await asyncio.gather(*self._closing, return_exceptions=True)

    def _qt_camera(self, name: str | None, preview: FrameSlot) -> CameraHandle:
        from app.media.camera import open_camera

        return open_camera(name, self._size, preview, self._fps, synthetic=self.synthetic)


def _qt_camera_names() -> list[str]:
    from app.media.camera.qt_devices import list_cameras

    return list_cameras()


def _list_microphones() -> list[AudioDevice]:
    from app.media.audio.devices import list_input_devices

    return list_input_devices()


def _list_speakers() -> list[AudioDevice]:
    from app.media.audio.devices import list_output_devices

    return list_output_devices()


def _or_silence(level: float | None) -> float:
    from app.media.audio.levels import SILENCE_DBFS

    return SILENCE_DBFS if level is None else level

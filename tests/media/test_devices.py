"""LocalDevices on real PulseAudio devices: live microphone and speaker switches, hot-plug, release."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable, Iterator

import av
import numpy as np
import pytest
import sounddevice as sd  # type: ignore[import-untyped]

from app.media.audio import MicrophoneTrack, find_device, rms_dbfs
from app.media.camera.feed import CameraFeed
from app.media.camera.handle import Camera, CameraHandle
from app.media.camera.synthetic import SyntheticCamera, for_missing_camera
from app.media.devices import DeviceKind, LocalDevices
from app.media.frame_slot import FrameSlot
from tests.support import pulse as _pulse
from tests.support.pulse import PulseDaemon, tone

pytestmark = pytest.mark.usefixtures("pulse_daemon")
pulse_daemon = _pulse.pulse_daemon  # the session's PulseAudio daemon (one per test process)
SIZE = (64, 48)


def fake_cameras(
    names: list[str], *, synthetic: bool = True
) -> tuple[Callable[[str | None, FrameSlot], CameraHandle], list[str]]:
    """A camera opener over synthetic cameras called ``names`` (the list may change: hot-plug); with
    none, what the Qt opener gives (nothing, or with ``synthetic`` the moving-pattern stand-in)."""

    def open_handle(name: str | None, preview: FrameSlot) -> CameraHandle:
        def opener(wanted: str | None) -> Camera:
            chosen = wanted if wanted in names else (names[0] if names else None)
            if chosen is None:
                return for_missing_camera(synthetic, SIZE, 30, preview)
            return SyntheticCamera(CameraFeed(chosen, preview=preview), size=SIZE, fps=30)

        return CameraHandle(opener, name, size=SIZE, fps=30, preview=preview)

    return open_handle, names


class Modules:
    """Loads PulseAudio modules for one test and unloads what is left at the end."""

    def __init__(self, daemon: PulseDaemon) -> None:
        self.daemon = daemon
        self.loaded: dict[str, str] = {}

    def mic(self, name: str, master: str, description: str) -> None:
        """A real (non-monitor) input ``name`` that hears what is played into the sink ``master``."""
        self._load(name, "module-remap-source", f"source_name={name}", f"master={master}.monitor",
                   f"source_properties=\"device.description='{description}'\"")  # fmt: skip

    def sink(self, name: str, description: str) -> None:
        self._load(name, "module-null-sink", f"sink_name={name}", "rate=48000", "channels=1",
                   f"sink_properties=\"device.description='{description}'\"")  # fmt: skip

    def _load(self, name: str, *args: str) -> None:
        self.loaded[name] = self.daemon.pactl("load-module", *args).stdout.strip()

    def unload(self, name: str) -> None:
        self.daemon.pactl("unload-module", self.loaded.pop(name))

    def close(self) -> None:
        for name in list(self.loaded):
            self.unload(name)
        self.daemon.pactl("set-default-sink", "vsink")
        self.daemon.pactl("set-default-source", "vmic.monitor")


@pytest.fixture
def modules(pulse_daemon: PulseDaemon) -> Iterator[Modules]:
    loaded = Modules(pulse_daemon)
    try:
        yield loaded
    finally:
        loaded.close()


async def frames_of(track: object, count: int) -> list[av.AudioFrame]:
    recv = track.recv  # type: ignore[attr-defined]
    out = [await asyncio.wait_for(recv(), 2) for _ in range(count)]
    assert all(isinstance(f, av.AudioFrame) for f in out)
    return out


async def until(condition: Callable[[], bool], limit_s: float = 6.0) -> None:
    deadline = time.monotonic() + limit_s
    while not condition():
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(0.05)


async def test_microphone_switch_mid_stream_keeps_the_sent_track_and_its_timeline(
    pulse_daemon: PulseDaemon, modules: Modules
) -> None:
    modules.mic("deskmic", "vsink", "Desk Microphone")
    modules.mic("headsetmic", "vmic", "Headset Microphone")
    pulse_daemon.pactl("set-default-source", "deskmic")
    opener, _ = fake_cameras(["Front"])
    local = LocalDevices(size=SIZE, open_camera=opener, list_cameras=lambda: ["Front"])
    sources = local.media_sources(FrameSlot())
    try:
        sent = sources.audio
        assert local.current(DeviceKind.MICROPHONE) == "deskmic"
        assert local.options(DeviceKind.MICROPHONE)[0].name == "Desk Microphone"
        before = await frames_of(sent, 10)
        assert local.switch(DeviceKind.MICROPHONE, "headsetmic")
        assert sources.audio is sent and local.current(DeviceKind.MICROPHONE) == "headsetmic"
        assert isinstance(sources.microphone_level(), float)  # the meter follows the microphone in use
        pulse_daemon.play("vmic", tone(1.0, level_dbfs=-6))
        after = await frames_of(sent, 60)
    finally:
        await sources.aclose()
        pulse_daemon.stop_players()
    pts = [f.pts for f in before + after]
    assert all(b - a == f.samples for (a, b), f in zip(itertools.pairwise(pts), before + after, strict=False))
    assert max(rms_dbfs(f.to_ndarray()) for f in after) > -20  # the new microphone is what is sent
    assert not local.is_open and local.audio is None and local.camera is None
    assert local.current(DeviceKind.MICROPHONE) == "headsetmic"  # the choice outlives the consultation


async def test_a_plugged_in_microphone_appears_and_an_unplugged_one_is_replaced(
    pulse_daemon: PulseDaemon, modules: Modules
) -> None:
    modules.mic("deskmic", "vsink", "Desk Microphone")
    pulse_daemon.pactl("set-default-source", "deskmic")
    opener, _ = fake_cameras(["Front"])
    local = LocalDevices(size=SIZE, open_camera=opener, list_cameras=lambda: ["Front"], watch_interval_s=0.2)
    told: list[DeviceKind] = []
    local.listen(told.append)
    sources = local.media_sources(FrameSlot())
    try:
        await asyncio.sleep(0.5)  # the watcher's first look
        told.clear()
        modules.mic("usbmic", "vmic", "USB Microphone")
        await until(lambda: "USB Microphone" in [o.name for o in local.options(DeviceKind.MICROPHONE)])
        assert DeviceKind.MICROPHONE in told
        assert local.current(DeviceKind.MICROPHONE) == "deskmic"  # plugging in does not take over
        modules.unload("deskmic")
        await until(lambda: local.current(DeviceKind.MICROPHONE) == "usbmic")
        pulse_daemon.play("vmic", tone(1.0, level_dbfs=-6))
        heard = await frames_of(sources.audio, 60)
        assert max(rms_dbfs(f.to_ndarray()) for f in heard) > -20
    finally:
        await sources.aclose()
        pulse_daemon.stop_players()


async def test_speaker_switch_keeps_playing_and_feeds_the_echo_canceller(
    pulse_daemon: PulseDaemon, modules: Modules
) -> None:
    modules.sink("headphones", "USB Headphones")
    opener, _ = fake_cameras([])
    local = LocalDevices(size=SIZE, open_camera=opener, list_cameras=lambda: [])
    sources = local.media_sources(FrameSlot())
    listen = MicrophoneTrack(find_device("headphones.monitor", "input"))
    assert sources.play_remote_audio is not None
    play = sources.play_remote_audio
    signal = (tone(1.5, 700, -6) * 32767).astype(np.int16)
    try:
        assert local.current(DeviceKind.SPEAKER) == "vsink"
        assert local.current(DeviceKind.CAMERA) is None  # only the stand-in
        for index, start in enumerate(range(0, len(signal), 960)):
            if index == 25:
                assert local.switch(DeviceKind.SPEAKER, "headphones")
            frame = av.AudioFrame.from_ndarray(signal[None, start : start + 960], format="s16", layout="mono")
            frame.sample_rate = 48_000
            play("remote", frame)
            await asyncio.sleep(0.02)
        heard = [rms_dbfs((await listen.recv()).to_ndarray()) for _ in range(30)]
        assert local.audio is not None
        playback, processor = local.audio.playback, local.audio.processor
        assert playback is not None and playback.device is not None
        assert playback.device.ident == "headphones"
        assert processor is not None and playback.far_end == processor.feed_far_end
    finally:
        listen.stop()
        await sources.aclose()
    assert max(heard) > -20


async def test_without_any_device_nothing_is_sent_and_the_missing_ones_are_told() -> None:
    """No camera, no microphone, no --synthetic-media: no test pattern, no tone (issue 11)."""
    opener, names = fake_cameras([], synthetic=False)
    local = LocalDevices(size=SIZE, open_camera=opener, list_cameras=lambda: list(names),
                         list_microphones=lambda: [], list_speakers=lambda: [])  # fmt: skip
    sources = local.media_sources(FrameSlot())
    told: list[tuple[bool, bool]] = []
    sources.missing_listeners.append(lambda camera, microphone: told.append((camera, microphone)))
    try:
        assert sources.missing == (True, True)
        assert local.camera is not None and local.camera.is_stand_in and local.camera.absent
        for track in (sources.audio, sources.video):
            with pytest.raises(TimeoutError):  # not a frame: the sender has nothing to send
                await asyncio.wait_for(track.recv(), 0.5)
        sources.video.enabled = sources.audio.enabled = False  # off: still nothing, not black or silence
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(sources.video.recv(), 0.3)
        assert local.camera.preview.peek() is None  # no picture in the self view either
        # A camera plugged in later is used at once and the user is told it is there.
        names.append("USB Camera")
        local.camera.devices_changed(["USB Camera"], [])
        assert told == [(False, True)] and local.camera.name == "USB Camera"
    finally:
        await sources.aclose()


async def test_with_synthetic_media_a_tone_stands_in_and_choices_are_remembered() -> None:
    opener, names = fake_cameras(["Front", "Side"])
    local = LocalDevices(
        size=SIZE, open_camera=opener, list_cameras=lambda: list(names),
        list_microphones=lambda: [], list_speakers=lambda: [], synthetic=True,
    )  # fmt: skip
    assert local.switch(DeviceKind.CAMERA, "Side") and local.current(DeviceKind.CAMERA) == "Side"
    sources = local.media_sources(FrameSlot())
    try:
        assert local.camera is not None and local.camera.name == "Side"
        frame = await asyncio.wait_for(sources.audio.recv(), 2)
        assert isinstance(frame, av.AudioFrame) and rms_dbfs(frame.to_ndarray()) > -40  # the tone
        assert sources.microphone_level() is None and local.microphone_level() is None
        local.switch(DeviceKind.CAMERA, "Front")
        assert local.camera.name == "Front"
    finally:
        await sources.aclose()


async def test_a_refused_microphone_is_reported_and_silence_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.media.audio import devices as audio_devices
    from app.media.audio.devices import AudioDevice

    real_open = audio_devices.open_stream

    def refuse_input(device: AudioDevice | None, kind: str, **kwargs: object) -> object:
        if kind == "input":
            raise sd.PortAudioError("Error opening RawInputStream", -9999, (0, -13, "Permission denied"))
        return real_open(device, kind, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(audio_devices, "open_stream", refuse_input)
    mic = AudioDevice("Built-in Microphone", "input", "pulse", "builtin", is_default=True)
    opener, _ = fake_cameras([])
    local = LocalDevices(size=SIZE, open_camera=opener, list_cameras=lambda: [],
                         list_microphones=lambda: [mic], list_speakers=lambda: [])  # fmt: skip
    sources = local.media_sources(FrameSlot())
    try:
        assert local.microphone_denied and local.audio is not None and local.audio.microphone is None
        frame = await asyncio.wait_for(sources.audio.recv(), 2)
        assert isinstance(frame, av.AudioFrame) and not frame.to_ndarray().any()  # silence, not a tone
        assert not local.switch(DeviceKind.MICROPHONE, "builtin") and local.microphone_denied
    finally:
        await sources.aclose()


async def test_the_speaker_follows_the_os_default_until_one_is_chosen(
    pulse_daemon: PulseDaemon, modules: Modules
) -> None:
    modules.sink("headphones", "USB Headphones")
    modules.mic("deskmic", "vsink", "Desk Microphone")
    opener, _ = fake_cameras([])
    local = LocalDevices(size=SIZE, open_camera=opener, list_cameras=lambda: [], watch_interval_s=0.2)
    assert local.switch(DeviceKind.MICROPHONE, "deskmic")  # before media is open: only remembered
    assert local.current(DeviceKind.MICROPHONE) == "deskmic" and not local.is_open
    sources = local.media_sources(FrameSlot())
    try:
        assert local.current(DeviceKind.MICROPHONE) == "deskmic"
        assert local.current(DeviceKind.SPEAKER) == "vsink"
        await asyncio.sleep(0.5)  # the watcher's first look
        pulse_daemon.pactl("set-default-sink", "headphones")
        await until(lambda: local.current(DeviceKind.SPEAKER) == "headphones")
        assert local.switch(DeviceKind.SPEAKER, "vsink")  # chosen: the default no longer decides
        pulse_daemon.pactl("set-default-sink", "headphones")
        pulse_daemon.pactl("set-default-sink", "vsink")
        pulse_daemon.pactl("set-default-sink", "headphones")
        await asyncio.sleep(0.8)
        assert local.current(DeviceKind.SPEAKER) == "vsink"
    finally:
        await sources.aclose()

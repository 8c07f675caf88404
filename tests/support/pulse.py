"""A private PulseAudio daemon with null sinks (``vsink`` stereo, ``vmic`` mono, 48 kHz) for audio tests.

One daemon per test session: ``pulse_daemon`` (session fixture) starts it on first use, sets
``PULSE_SERVER`` for this process, keeps a tiny ``pacat`` stream of zeros running into each sink (new streams
otherwise stall 1.5–2 s), re-initialises PortAudio so sounddevice sees it, and stops everything by PID.
Import the fixture into a test module or conftest: ``from tests.support.pulse import pulse_daemon``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

RATE = 48_000
_DESC = "sink_properties=device.description"


class PulseDaemon:
    """A running private daemon; ``server`` is its ``PULSE_SERVER`` address."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.server = f"unix:{root}/run/native"
        self._env = {
            **os.environ,
            "XDG_RUNTIME_DIR": str(root / "run"),
            "HOME": str(root / "home"),
            "PULSE_SERVER": self.server,
        }
        self._daemon: subprocess.Popen[bytes] | None = None
        self._keepalive: list[subprocess.Popen[bytes]] = []
        self._players: list[tuple[subprocess.Popen[bytes], threading.Thread]] = []
        self._saved_env: dict[str, str | None] = {}

    def start(self) -> None:
        for sub in ("run", "home"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        args = [
            "pulseaudio", "--daemonize=no", "-n", "--exit-idle-time=-1", "--disallow-exit",
            "--use-pid-file=no", "--system=false", "--log-target=stderr", "--log-level=error",
            "-L", f"module-native-protocol-unix auth-anonymous=1 socket={self.root}/run/native",
            "-L", f"module-null-sink sink_name=vsink rate={RATE} channels=2 {_DESC}=VirtualSpeaker",
            "-L", f"module-null-sink sink_name=vmic rate={RATE} channels=1 {_DESC}=VirtualMic",
            "-L", "module-always-sink",
        ]  # fmt: skip
        self._daemon = subprocess.Popen(
            args, env=self._env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 10
        while self.pactl("info", check=False).returncode != 0:
            if self._daemon.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the private PulseAudio daemon did not start")
            time.sleep(0.05)
        self.pactl("set-default-sink", "vsink")
        self.pactl("set-default-source", "vmic.monitor")
        for sink in ("vsink", "vmic"):
            self._keep_alive(sink)
        for key in ("PULSE_SERVER", "PULSE_SINK", "PULSE_SOURCE"):
            self._saved_env[key] = os.environ.get(key)
        os.environ["PULSE_SERVER"] = self.server
        os.environ.pop("PULSE_SINK", None)
        os.environ.pop("PULSE_SOURCE", None)
        reinit_portaudio()
        self._warm_up()

    def _warm_up(self) -> None:
        """The first capture stream of a process stalls ~2.4 s; take that hit here, once."""
        import sounddevice as sd  # type: ignore[import-untyped]

        with sd.RawInputStream(device="pulse", samplerate=RATE, channels=1, dtype="int16") as stream:
            stream.read(480)

    def pactl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["pactl", *args], env=self._env, capture_output=True, text=True, check=check, timeout=10
        )

    def add_null_sink(self, name: str, channels: int = 2) -> str:
        """Load one more null sink (with its keep-alive stream, so new streams do not stall); returns
        the module's index for ``unload``."""
        module = self.pactl(
            "load-module", "module-null-sink", f"sink_name={name}", f"rate={RATE}", f"channels={channels}",
            f"{_DESC}={name}",
        ).stdout.strip()  # fmt: skip
        self._keep_alive(name)
        return module

    def _keep_alive(self, sink: str) -> None:
        """A tiny stream of zeros into ``sink``, so every new stream on it starts at once."""
        with open("/dev/zero", "rb") as zero:
            self._keepalive.append(
                subprocess.Popen(
                    ["pacat", "-p", "-d", sink, "--latency-msec=10", "--raw", "--channels=1"],
                    env=self._env,
                    stdin=zero,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )

    def add_microphone(self, name: str, sink: str) -> str:
        """A source ``name`` that hears what is played into null sink ``sink`` (a monitor is not offered
        as a microphone; this remapped source is); returns the module's index."""
        return self.pactl(
            "load-module", "module-remap-source", f"master={sink}.monitor", f"source_name={name}",
            f"source_properties=device.description={name}",
        ).stdout.strip()  # fmt: skip

    def unload(self, module: str) -> None:
        self.pactl("unload-module", module, check=False)

    def record(self, sink: str, seconds: float) -> npt.NDArray[np.float32]:
        """What ``sink`` plays for the next ``seconds`` (recorded from its monitor), mono float32."""
        proc = subprocess.Popen(
            ["parec", "-d", f"{sink}.monitor", "--raw", "--format=float32le", f"--rate={RATE}",
             "--channels=1"],
            env=self._env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            assert proc.stdout is not None
            data = proc.stdout.read(int(seconds * RATE) * 4)
        finally:
            proc.terminate()
            proc.wait(5)
            if proc.stdout is not None:
                proc.stdout.close()
        return np.frombuffer(data, dtype=np.float32)

    def play(self, sink: str, samples: npt.NDArray[np.float32], *, channels: int = 1) -> None:
        """Play float32 samples in [-1, 1] into ``sink`` (``vmic``: the virtual mic) in the background."""
        pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes()
        player = subprocess.Popen(
            ["pacat", "-p", "-d", sink, "--raw", "--format=s16le", f"--rate={RATE}",
             f"--channels={channels}", "--latency-msec=40"],
            env=self._env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        writer = threading.Thread(target=_feed, args=(player, pcm), daemon=True)
        writer.start()  # the pipe takes only ~64 KiB: pacat reads the rest in real time
        self._players.append((player, writer))

    def play_and_wait(self, sink: str, samples: npt.NDArray[np.float32], settle_s: float = 0.3) -> None:
        """``play``, then give the player time to connect, so a recording started now hears it."""
        self.play(sink, samples)
        time.sleep(settle_s)

    def stop_players(self) -> None:
        for player, writer in self._players:
            if player.poll() is None:
                player.terminate()
            player.wait(5)
            writer.join(5)
        self._players.clear()

    def stop(self) -> None:
        self.stop_players()
        for proc in [*self._keepalive, self._daemon]:
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(5)
        self._keepalive, self._daemon = [], None
        for key, value in self._saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        self._saved_env.clear()


def _feed(player: subprocess.Popen[bytes], pcm: bytes) -> None:
    assert player.stdin is not None
    with contextlib.suppress(BrokenPipeError, ValueError):  # stopped before the end: fine
        player.stdin.write(pcm)
    with contextlib.suppress(BrokenPipeError):
        player.stdin.close()


def reinit_portaudio() -> None:
    """Make sounddevice (PortAudio) see the current ``PULSE_SERVER``; only call with no stream open."""
    import sounddevice as sd  # type: ignore[import-untyped]

    sd._terminate()
    sd._initialize()


def pulse_available() -> bool:
    return all(shutil.which(tool) for tool in ("pulseaudio", "pacat", "pactl"))


_SHARED: PulseDaemon | None = None


@pytest.fixture(scope="session")
def pulse_daemon() -> Iterator[PulseDaemon]:
    """The session's private daemon (one per process, however many modules import this fixture)."""
    global _SHARED
    if not pulse_available():
        pytest.skip("PulseAudio is not installed (scripts/setup installs it)")
    owner = _SHARED is None
    if _SHARED is None:
        root = Path(tempfile.mkdtemp(prefix="samtale-pulse-"))
        daemon = PulseDaemon(root)
        daemon.start()
        _SHARED = daemon
    try:
        yield _SHARED
    finally:
        if owner and _SHARED is not None:
            _SHARED.stop()
            shutil.rmtree(_SHARED.root, ignore_errors=True)
            _SHARED = None
            reinit_portaudio()


def tone(seconds: float, frequency: float = 1000.0, level_dbfs: float = -12.0) -> npt.NDArray[np.float32]:
    """A sine tone whose peak is ``level_dbfs``."""
    t = np.arange(int(seconds * RATE)) / RATE
    return (10 ** (level_dbfs / 20) * np.sin(2 * np.pi * frequency * t)).astype(np.float32)


def speechlike(seconds: float, seed: int = 1, peak: float = 0.5) -> npt.NDArray[np.float32]:
    """Noise shaped by three formant bands and a 3–4 Hz syllable envelope, peaking at ``peak``."""
    rng = np.random.default_rng(seed)
    n = int(seconds * RATE)
    spectrum = np.fft.rfft(rng.standard_normal(n))
    f = np.fft.rfftfreq(n, 1 / RATE)
    bands = [(500, 300, 1.0), (1500, 500, 0.6), (2500, 700, 0.3)]
    spectrum *= sum(g * np.exp(-(((f - c) / w) ** 2)) for c, w, g in bands)
    x = np.fft.irfft(spectrum, n)
    rate = rng.uniform(3, 4)
    x *= np.clip(np.sin(2 * np.pi * rate * np.arange(n) / RATE + rng.uniform(0, 6)), 0, None) ** 0.5
    return (x / np.abs(x).max() * peak).astype(np.float32)

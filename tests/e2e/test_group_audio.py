"""End to end: in a three-person call every listener hears both other voices at once, mixed, without gaps.

Three participants, each in its own process as on real desktops (``tests/support/voice_client.py``), in
one room of the real service, over loopback. Each plays what it receives exactly as the desktop does
(``LocalDevices.media_sources``: ``LiveAudio`` → ``Playback`` on a real PulseAudio output) into a null
sink of its own, and sends a tone of its own (300, 440, 700 Hz). What each speaker actually played is
recorded from the sink's monitor and cut into 20 ms windows, 10 ms apart: every window must hold both
other tones at the level they were sent at, and not the listener's own (issue 12, finding 1).

On this shared 2-core machine, other work sometimes starves the three clients so that packets come later
than the jitter buffer holds: the speaker then has a gap, which no mixer can fill. Each client reports
whether its jitter buffers ran dry while recording: if none did, both voices must be in every window; if
one did (the gap is measured, not assumed), both must still be heard together in most windows. Before
the mixer, both were heard together in none.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

from tests.support import pulse as _pulse
from tests.support.pulse import RATE, PulseDaemon
from tests.support.service import ServiceProcess
from tests.support.voice_client import SENT_DBFS

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("pulse_daemon")]
pulse_daemon = _pulse.pulse_daemon

ROOT = Path(__file__).resolve().parents[2]
WINDOW = RATE // 50  # 20 ms
HOP = RATE // 100  # 10 ms
RECORD_S = 3.0
HEARD_DBFS = SENT_DBFS - 3.0
SETTLE_S = 2.0  # after everyone hears both others: the links settle, Opus warms up


@pytest.fixture(scope="module")
def service() -> Iterator[ServiceProcess]:
    with ServiceProcess() as svc:
        yield svc


@dataclass
class Client:
    name: str
    hz: float
    proc: asyncio.subprocess.Process

    @property
    def sink(self) -> str:
        return f"spk_{self.name}"

    async def read(self, key: str, timeout: float = 30) -> Any:
        assert self.proc.stdout is not None
        async with asyncio.timeout(timeout):
            while line := await self.proc.stdout.readline():
                message = json.loads(line)
                if key in message:
                    return message[key]
        raise AssertionError(f"{self.name} ended before saying {key!r}")


@pytest.fixture
async def sinks(pulse_daemon: PulseDaemon) -> AsyncIterator[None]:
    modules = [
        pulse_daemon.pactl(
            "load-module", "module-null-sink", f"sink_name=spk_{name}", f"rate={RATE}", "channels=1",
            f"sink_properties=device.description=Speaker_{name}",
        ).stdout.strip()
        for name in ("doc", "ann", "bo")
    ]  # fmt: skip
    yield
    for module in modules:
        pulse_daemon.pactl("unload-module", module, check=False)


async def _client(service: ServiceProcess, role: str, name: str, hz: float, code: str = "") -> Client:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.support.voice_client", "--role", role, "--service", service.url,
        "--sink", f"spk_{name}", "--hz", str(hz), "--name", name, "--code", code,
        cwd=ROOT, env=env, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    return Client(name, hz, proc)


async def _say(client: Client, line: bytes) -> None:
    assert client.proc.stdin is not None
    with contextlib.suppress(ConnectionError):
        client.proc.stdin.write(line)
        await client.proc.stdin.drain()


async def _counters(client: Client) -> dict[str, int]:
    """The client's speaker counters now (underruns, dropped samples, voices)."""
    await _say(client, b"count\n")
    return dict(await client.read("counters", timeout=10))


async def _hang_up(client: Client) -> None:
    await _say(client, b"bye\n")
    try:
        await asyncio.wait_for(client.proc.wait(), 15)
    except TimeoutError:
        client.proc.kill()
        await client.proc.wait()


async def _record(daemon: PulseDaemon, source: str, seconds: float) -> npt.NDArray[np.float64]:
    """What ``source`` (a sink's monitor) carries for ``seconds``, as floats in [-1, 1]."""
    proc = await asyncio.create_subprocess_exec(
        "pacat", "--record", "-d", source, "--raw", "--format=s16le", f"--rate={RATE}", "--channels=1",
        "--latency-msec=20", env={"PULSE_SERVER": daemon.server},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    assert proc.stdout is not None
    try:
        data = await asyncio.wait_for(proc.stdout.readexactly(int(seconds * RATE) * 2), seconds + 10)
    finally:
        proc.terminate()
        await proc.wait()
    return np.frombuffer(data, dtype="<i2").astype(np.float64) / 32768


def tone_levels(signal: npt.NDArray[np.float64], hz: float) -> npt.NDArray[np.float64]:
    """The peak level in dBFS of the ``hz`` component in each 20 ms Hann window, every 10 ms."""
    window = np.hanning(WINDOW)
    probe = window * np.exp(-2j * np.pi * hz * np.arange(WINDOW) / RATE)
    starts = range(0, len(signal) - WINDOW + 1, HOP)
    amplitude = np.array([abs(np.dot(signal[s : s + WINDOW], probe)) for s in starts]) * 2 / window.sum()
    return np.asarray(20 * np.log10(np.maximum(amplitude, 1e-9)))


async def test_each_listener_hears_both_other_voices_mixed_without_gaps(
    service: ServiceProcess, pulse_daemon: PulseDaemon, sinks: None
) -> None:
    doc = await _client(service, "clinician", "doc", 300.0)
    clients = [doc]
    try:
        code = await doc.read("room")
        clients.append(await _client(service, "patient", "ann", 440.0, code))
        clients.append(await _client(service, "patient", "bo", 700.0, code))
        for client in clients:
            assert await client.read("hearing") == 2
        await asyncio.sleep(SETTLE_S)
        before = await asyncio.gather(*(_counters(c) for c in clients))
        recorded = await asyncio.gather(
            *(_record(pulse_daemon, f"{c.sink}.monitor", RECORD_S) for c in clients)
        )
        after = await asyncio.gather(*(_counters(c) for c in clients))
    finally:
        for client in clients:
            await _hang_up(client)
    assert all(c["voices"] == 2 for c in after), after
    late = {c.name: a["underruns"] - b["underruns"] for c, b, a in zip(clients, before, after, strict=True)}
    for listener, signal in zip(clients, recorded, strict=True):
        others = [c for c in clients if c is not listener]
        a, b = (tone_levels(signal, c.hz) for c in others)
        own = tone_levels(signal, listener.hz)
        # Both voices at the level they were sent at (a mono voice comes back from Opus as stereo and
        # is downmixed for the speaker: -3 dB), and at the same level: summed, not taking turns.
        both = (np.abs(a - HEARD_DBFS) < 3) & (np.abs(b - HEARD_DBFS) < 3) & (np.abs(a - b) < 3)
        what = (
            f"at {listener.name}: {others[0].hz:.0f} Hz median {np.median(a):.1f} dBFS, "
            f"{others[1].hz:.0f} Hz median {np.median(b):.1f} dBFS; both heard in {both.sum()} of "
            f"{len(both)} windows; packets that came too late for the jitter buffers while recording: {late}"
        )
        if late[listener.name] == 0:  # nothing came late: both voices in every 20 ms window, no gap
            assert both.all(), what
        else:  # this busy machine starved the call, so there were gaps; still, mixed most of the time
            assert both.mean() > 0.5, what
        assert np.median(own[both]) < SENT_DBFS - 40, f"{listener.name} hears itself; {what}"

"""A therapist's day in one standing room, as people live it (issue 11: "The day as a test").

The real service runs as a subprocess; the clinician's and the patients' windows are the builds' own
(``build_clinician_window``, ``build_patient_window``: the composition roots) with their real devices.
Audio goes through a private PulseAudio daemon: each person has a null-sink "microphone" the test plays
a tone into and a null-sink speaker the test records, so the clinician's voice is heard in the patient's
speaker and the other way round. There is no camera on this machine: the clinician's camera is the
project's camera stand-in (a still picture through the real capture path), the patients have none and
join with audio only. Each step asserts what each side's window shows, not only protocol events:

1. The therapist signs in and opens their standing room at the address they chose.
2. Patient A knocks, is admitted, they hear each other, A hangs up.
3. Patient B knocks and is admitted.
4. A reopens the link: A waits in the lobby, never in B's call; the knock shows on the call page.
5. B's app dies; B opens it again and knocks: B waits in the lobby; the therapist sees B leave the call.
6. The therapist's app restarts, finds the room in its list with both waiting, and admits B.
7. A's network drops while waiting: A is told at once, and sees their place again when it is back.
8. The service restarts (a deploy, issue 13): B's call goes on and is heard, A keeps their place,
   the therapist still sees A waiting, and nobody is signed out.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pytest

from app.core.call_state import CallState
from app.main.clinician import build_clinician_window
from app.main.patient import build_patient_window
from app.media.analysis import dominant_frequency
from app.media.camera.feed import CameraFeed
from app.media.camera.handle import Camera, CameraHandle
from app.media.camera.synthetic import SyntheticCamera
from app.media.devices import DeviceKind, LocalDevices
from app.media.frame_slot import FrameSlot
from app.session.config import SessionConfig
from app.ui.bridge import ClinicianBridge, PatientBridge
from app.ui.clinician_window import ClinicianWindow
from app.ui.patient_window import PatientWindow
from tests.support import pulse as _pulse
from tests.support.pulse import RATE, PulseDaemon, tone
from tests.support.service import ServiceProcess
from tests.support.tcp_proxy import TcpProxy
from tests.ui.helpers import until

pytestmark = [
    pytest.mark.e2e,
    # The patients' real device lists ask Qt Multimedia for cameras: it says it has no PipeWire here.
    pytest.mark.qt_log_ignore("pipewire", "Using Qt multimedia with FFmpeg"),
]
pulse_daemon = _pulse.pulse_daemon

CLINICIAN_VOICE, PATIENT_VOICE = 660.0, 440.0  # what each side's microphone hears
# Which voice a speaker plays: on a loaded machine the drops and gaps of the recording and of the
# jitter buffers smear the spectrum and moved the measured peak by up to 27 Hz (632, 676 and 687 Hz
# for the 660 Hz voice were seen in loaded runs). The other tones in a day are 440 Hz and the
# 1000 Hz ring, so 30 Hz still says which voice is heard.
VOICE_HZ = 30
ADDRESS = "drberg"  # the therapist's standing room
STEP_S = 30.0


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    """Kept in a database file with configured keys, so it can restart mid-day (step 8)."""
    database = tmp_path_factory.mktemp("day") / "samtale.db"
    keys = "day:" + secrets.token_urlsafe(32)
    with ServiceProcess(database_url=f"sqlite:///{database}", token_keys=keys) as svc:
        yield svc


@pytest.fixture
def audio(pulse_daemon: PulseDaemon) -> Iterator[PulseDaemon]:
    """Speakers ``spk_c`` and ``spk_p``; microphones ``mic_c_in`` and ``mic_p_in``, which hear what the
    test plays into ``mic_c`` and ``mic_p``."""
    modules = [pulse_daemon.add_null_sink(sink, 2) for sink in ("spk_c", "spk_p")]
    modules += [pulse_daemon.add_null_sink(sink, 1) for sink in ("mic_c", "mic_p")]
    modules += [pulse_daemon.add_microphone(f"{mic}_in", mic) for mic in ("mic_c", "mic_p")]
    pulse_daemon.play("mic_c", tone(600, CLINICIAN_VOICE, -12))  # the therapist talks all day
    pulse_daemon.play("mic_p", tone(600, PATIENT_VOICE, -12))  # and so does whoever is the patient
    try:
        yield pulse_daemon
    finally:
        pulse_daemon.stop_players()
        for module in reversed(modules):
            pulse_daemon.unload(module)


async def heard(daemon: PulseDaemon, speaker: str, seconds: float = 1.5) -> float:
    """The loudest frequency ``speaker`` plays over ``seconds`` (recorded in a thread: the call goes on)."""
    return dominant_frequency(await asyncio.to_thread(daemon.record, speaker, seconds), RATE)


async def heard_again(daemon: PulseDaemon, speaker: str, voice: float, windows: int = 3) -> bool:
    """Whether ``voice`` is the dominant tone in ``speaker`` in one of the next ``windows`` windows."""
    for _ in range(windows):
        if abs(await heard(daemon, speaker) - voice) <= VOICE_HZ:
            return True
    return False


def stand_in_camera(*, size: tuple[int, int], synthetic: bool) -> LocalDevices:
    """The clinician's devices: real PulseAudio microphone and speaker, and the camera stand-in."""

    def open_handle(name: str | None, preview: FrameSlot) -> CameraHandle:
        def opener(_wanted: str | None) -> Camera:
            picture = np.full((size[1], size[0], 3), 120, dtype=np.uint8)
            return SyntheticCamera(
                CameraFeed("Desk camera", preview=preview), size=size, fps=15, image=picture
            )

        return CameraHandle(opener, name, size=size, fps=15, preview=preview)

    return LocalDevices(
        size=size, synthetic=synthetic, open_camera=open_handle, list_cameras=lambda: ["Desk camera"]
    )


async def crash(bridge: PatientBridge) -> None:
    """The patient's app dies: its connection to the service and its peer connections drop, and no
    ``leave`` is sent (a test can only reach into the session to do this; a real crash needs nothing)."""
    consultation = bridge._patient
    signaling, consultation._link.client = consultation._link.client, None
    if signaling is not None:
        await signaling.close()
    call, consultation._calls.current = consultation._calls.current, None
    if call is not None:
        await call.close()


@dataclass
class Day:
    """Everything open in the day, closed in reverse at the end."""

    service: ServiceProcess
    translations: Any
    qtbot: Any
    closers: list[Callable[[], Any]] = field(default_factory=list)

    def clinician(self) -> tuple[ClinicianWindow, ClinicianBridge, LocalDevices]:
        config = SessionConfig(self.service.url, loopback_only=True)
        window, bridge, devices = build_clinician_window(
            config, self.translations, synthetic_media=False, make_devices=stand_in_camera
        )
        assert devices is not None
        devices.switch(DeviceKind.MICROPHONE, "mic_c_in")
        devices.switch(DeviceKind.SPEAKER, "spk_c")
        self.qtbot.addWidget(window)
        window.show()

        async def close() -> None:
            if window.device_check is not None:
                await window.device_check.controller.close()
            await bridge.close()
            await devices.aclose()
            window.close()

        self.closers.append(close)
        return window, bridge, devices

    def patient(self, url: str | None = None) -> tuple[PatientWindow, PatientBridge, LocalDevices]:
        config = SessionConfig(url or self.service.url, loopback_only=True)
        window, bridge, devices = build_patient_window(config, self.translations)
        devices.switch(DeviceKind.MICROPHONE, "mic_p_in")
        devices.switch(DeviceKind.SPEAKER, "spk_p")
        self.qtbot.addWidget(window)
        window.show()

        async def close() -> None:
            if window.preflight is not None:
                await window.preflight.close()
            await bridge.close()
            await devices.aclose()
            window.close()

        self.closers.append(close)
        return window, bridge, devices

    async def close(self) -> None:
        for close in reversed(self.closers):
            await close()


async def sign_in(window: PatientWindow | ClinicianWindow, name: str) -> None:
    window.login_page.name.setText(name)
    window.login_page.primary.click()
    await until(lambda: window.bridge.user is not None, STEP_S)


async def knock(p: PatientWindow, room: str) -> None:
    """Open the room, wait for the pre-call check, press "I'm ready"."""
    p.code_page.code.setText(room)
    p.code_page.primary.click()
    await until(lambda: p.current_page() is p.ready_page, STEP_S)
    await until(p.ready_page.primary.isEnabled, STEP_S)
    p.ready_page.primary.click()
    await until(lambda: p.current_page() is p.waiting_page, STEP_S)


def waiting_names(c: ClinicianWindow) -> list[str]:
    view = c.queue_page.view
    return [view.row(i).name.text() for i in range(view.row_count())]


async def admit(c: ClinicianWindow, name: str) -> None:
    await until(lambda: name in waiting_names(c), STEP_S)
    row = c.queue_page.view.row(waiting_names(c).index(name))
    row.admit.click()
    await until(lambda: c.current_page() is c.call_page and c.bridge.state is CallState.IN_CALL, STEP_S)


def test_a_day_in_one_standing_room(qtbot, run_async, translations, service, audio) -> None:
    day = Day(service, translations, qtbot)

    async def walk() -> None:
        proxy = await TcpProxy("127.0.0.1", int(service.url.rsplit(":", 1)[1])).start()
        try:
            # 1. The therapist signs in and opens the standing room.
            c, c_bridge, _ = day.clinician()
            await sign_in(c, "Dr. Berg")
            assert c.current_page() is c.queue_page
            c.queue_page.standing.address.setText(ADDRESS)
            c.queue_page.standing.open_button.click()
            await until(lambda: c_bridge.room is not None, STEP_S)
            assert c_bridge.room is not None
            link = c_bridge.room.link
            assert c.queue_page.code.text() == c_bridge.room.code

            # 2. Patient A knocks (through a network the test can cut), is admitted, they talk.
            a, a_bridge, _ = day.patient(f"http://127.0.0.1:{proxy.port}")
            await sign_in(a, "Anna Aas")
            await knock(a, ADDRESS)
            await admit(c, "Anna Aas")
            await until(
                lambda: a.current_page() is a.call_page and a_bridge.state is CallState.IN_CALL, STEP_S
            )
            await until(lambda: a.call_page.remote_view.frames_drawn > 5, STEP_S)  # the therapist is seen
            assert await heard(audio, "spk_p") == pytest.approx(CLINICIAN_VOICE, abs=VOICE_HZ)  # and heard
            assert await heard(audio, "spk_c") == pytest.approx(PATIENT_VOICE, abs=VOICE_HZ)  # A is heard too
            a.call_page.hang_up.click()
            a.call_page.confirm.confirm_button.click()  # "Leave the consultation?" — yes
            await until(lambda: a.current_page() is a.ended_page, STEP_S)
            await until(lambda: c.current_page() is c.ended_page, STEP_S)
            c.ended_page.primary.click()  # back to the waiting list
            assert c.current_page() is c.queue_page

            # 3. Patient B knocks and is admitted.
            b, b_bridge, _ = day.patient()
            await sign_in(b, "Bo Berg")
            await knock(b, ADDRESS)
            await admit(c, "Bo Berg")
            await until(lambda: b_bridge.state is CallState.IN_CALL, STEP_S)

            # 4. A reopens the link: the lobby, never B's call; the therapist sees the knock in the call.
            a.open_link(link)
            await until(lambda: a.current_page() is a.ready_page, STEP_S)  # "I'm ready" again, not the call
            await until(a.ready_page.primary.isEnabled, STEP_S)
            a.ready_page.primary.click()
            await until(lambda: a.current_page() is a.waiting_page, STEP_S)
            await until(
                lambda: c.knock_banner.isVisible() and "Anna Aas" in c.knock_banner.knock.text(), STEP_S
            )
            assert a_bridge.state is CallState.WAITING
            assert sorted(p.name for p in b_bridge.room_bridge.participants) == ["Bo Berg", "Dr. Berg"]
            assert sorted(p.name for p in c_bridge.room_bridge.participants) == ["Bo Berg", "Dr. Berg"]

            # 5. B's app dies mid-call (no goodbye); B opens it again and lands in the lobby.
            await crash(b_bridge)
            b.hide()
            b2, b2_bridge, _ = day.patient()
            await sign_in(b2, "Bo Berg")
            await knock(b2, ADDRESS)
            await until(lambda: c.current_page() is c.ended_page or c_bridge.state is CallState.ENDED, STEP_S)
            c.ended_page.primary.click()
            await until(lambda: sorted(waiting_names(c)) == ["Anna Aas", "Bo Berg"], STEP_S)
            assert b2_bridge.state is CallState.WAITING

            # 6. The therapist's app restarts: the room is in their list with both waiting; admit B.
            await day.closers.pop(0)()
            c, c_bridge, _ = day.clinician()
            await sign_in(c, "Dr. Berg")
            await until(lambda: any(r.summary.waiting == 2 for r in c.queue_page.my_rooms.rows), STEP_S)
            row = next(r for r in c.queue_page.my_rooms.rows if r.summary.standing)
            row.open_button.click()
            await until(lambda: sorted(waiting_names(c)) == ["Anna Aas", "Bo Berg"], STEP_S)
            await admit(c, "Bo Berg")
            await until(lambda: b2_bridge.state is CallState.IN_CALL, STEP_S)
            assert await heard(audio, "spk_p") == pytest.approx(CLINICIAN_VOICE, abs=VOICE_HZ)

            # 7. A's network drops while waiting: told at once; back, A sees their place again.
            queues: list[list[Any]] = []  # what the therapist's waiting list is told from now on
            c_bridge.queueChanged.connect(queues.append)
            proxy.offline = True
            proxy.cut()
            await until(lambda: a.waiting_page.connection.isVisible(), 3)
            assert "Trying to reconnect" in a.waiting_page.connection.text()
            proxy.offline = False
            await until(lambda: a.waiting_page.connection.text() == "Connected again.", STEP_S)
            await until(lambda: a.waiting_page.body.text().startswith("You are next in the queue"), STEP_S)
            assert "Anna Aas" in waiting_names(c)

            # 8. The service restarts (a deploy): the call goes on, A keeps their place, nobody signs out.
            await until(lambda: bool(queues), STEP_S)
            since = next(e.waiting_since for e in queues[-1] if e.name == "Anna Aas")
            told = len(queues)
            await asyncio.to_thread(service.restart)
            await until(lambda: a.waiting_page.connection.text() == "Connected again.", STEP_S)
            await until(lambda: a.waiting_page.body.text().startswith("You are next in the queue"), STEP_S)
            await until(lambda: "Anna Aas" in waiting_names(c), STEP_S)
            await until(lambda: len(queues) > told, STEP_S)  # told afresh by the new process ...
            assert next(e.waiting_since for e in queues[-1] if e.name == "Anna Aas") == since  # ... same wait
            assert (c_bridge.state, b2_bridge.state, a_bridge.state) == (
                CallState.IN_CALL,
                CallState.IN_CALL,
                CallState.WAITING,
            )
            assert c.current_page() is c.call_page and b2.current_page() is b2.call_page
            # Heard both ways (a window or two may still carry the glitch of a machine busy restarting).
            assert await heard_again(audio, "spk_p", CLINICIAN_VOICE)
            assert await heard_again(audio, "spk_c", PATIENT_VOICE)
        finally:
            await day.close()
            await proxy.close()

    run_async(walk())

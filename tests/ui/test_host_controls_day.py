"""A clinician's day of calls for real (embedded service, real consultations, the clinician's window):
the host's per-patient controls are on the patient's row from the first room state that lists them,
in the first call and the Nth, whoever ended the call before (issue 11, finding 7)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from app.core.call_state import CallState
from app.media.sources import synthetic_factory
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.ui.bridge import ClinicianBridge
from app.ui.clinician_window import ClinicianWindow
from app.ui.queue.queue_model import QueueModel
from server.embedded import EmbeddedService, start_embedded_service
from server.settings import ServiceSettings
from tests.support.recorder import EventRecorder
from tests.ui.helpers import until

pytestmark = pytest.mark.e2e

CALLS = 7
CONTROLS = ["hard_mute", "kick", "mute", "stop_video", "to_lobby"]


@pytest.fixture
def service() -> Iterator[EmbeddedService]:
    with start_embedded_service(ServiceSettings(dev_mode=True)) as running:
        yield running


def test_host_controls_are_there_from_the_first_frame_of_every_call(qtbot, run_async, translations, service):
    config = SessionConfig(service.url, loopback_only=True)
    bridge = ClinicianBridge(
        lambda sink: ClinicianConsultation(config, sink, sources_factory=synthetic_factory())
    )
    win = ClinicianWindow(bridge, translations, QueueModel(time.time), tray=None, knock_sound=lambda: None)
    qtbot.addWidget(win)
    win.show()
    panel = win.call_page.participants_panel
    seen: dict[int, list[str]] = {}  # call → the patient row's visible host controls when first listed
    call = [0]

    def first_look(_people: object) -> None:
        rows = [r for r in panel.rows if r.person.name == f"Patient {call[0]}"]
        if rows and call[0] not in seen:
            seen[call[0]] = sorted(k for k, b in rows[0].buttons.items() if not b.isHidden())

    bridge.room_bridge.roomStateChanged.connect(first_look)

    async def day() -> None:
        bridge.login("Dr. Day")
        await bridge.wait_for_actions()
        bridge.create_room("Thursday")
        await bridge.wait_for_actions()
        assert bridge.room is not None
        for n in range(CALLS):
            call[0] = n
            patient = PatientConsultation(config, EventRecorder(), sources_factory=synthetic_factory())
            try:
                await patient.login_test(f"Patient {n}")
                await patient.open_room(bridge.room.code)
                await patient.knock()
                await until(lambda: win.queue_page.model.rowCount() == 1, 10)
                win.queue_page.view.row(0).admit.click()
                await until(lambda: bridge.state is CallState.IN_CALL, 15)
                assert n in seen
                ending = n % 3  # the patient leaves, the clinician hangs up, the clinician ends for all
                if ending == 0:
                    await patient.hang_up()
                elif ending == 1:
                    bridge.hang_up()
                else:
                    bridge.room_bridge.end_call()
                await until(lambda: bridge.state is CallState.ENDED, 10)
                await bridge.wait_for_actions()
                if n % 2:
                    win.ended_page.primary.click()  # back to the waiting list, or straight to the next
            finally:
                await patient.close()
        await bridge.close()

    run_async(day())
    assert seen == {n: CONTROLS for n in range(CALLS)}

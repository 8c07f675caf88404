"""For real (embedded service, real consultations): a patient who left the call returns from the
after-call page to the waiting room of the same room, through the lobby, and the clinician sees them
waiting (issue 11, finding 9; admission per consultation is finding 1)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.call_state import CallState
from app.media.sources import synthetic_factory
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.events import QueueChanged
from app.ui.bridge import PatientBridge
from app.ui.patient_window import PatientWindow
from server.embedded import EmbeddedService, start_embedded_service
from server.settings import ServiceSettings
from tests.support.recorder import EventRecorder
from tests.ui.helpers import until

pytestmark = pytest.mark.e2e


@pytest.fixture
def service() -> Iterator[EmbeddedService]:
    with start_embedded_service(ServiceSettings(dev_mode=True)) as running:
        yield running


def test_a_patient_who_left_returns_to_the_waiting_room(qtbot, run_async, translations, service):
    config = SessionConfig(service.url, loopback_only=True)
    bridge = PatientBridge(
        lambda sink: PatientConsultation(config, sink, sources_factory=synthetic_factory())
    )
    win = PatientWindow(bridge, translations)
    qtbot.addWidget(win)
    win.show()
    events = EventRecorder()
    doc = ClinicianConsultation(config, events, sources_factory=synthetic_factory())

    async def visit() -> None:
        try:
            await doc.login_test("Dr. Berg")
            room = await doc.create_room("Thursday")
            bridge.login("Kari Nordmann")
            await bridge.wait_for_actions()
            bridge.open_room(room.code)
            await bridge.wait_for_actions()
            bridge.knock()
            waiting = await events.wait_for(QueueChanged, lambda e: len(e.entries) == 1)
            await doc.admit(waiting.entries[0].participant_id)
            await until(lambda: bridge.state is CallState.IN_CALL, 15)
            win.call_page.hang_up.click()
            win.call_page.confirm.confirm()  # "Leave the consultation?" — yes
            await until(lambda: win.current_page() is win.ended_page, 10)
            assert win.ended_page.return_button.isVisible()
            events.events.clear()
            win.ended_page.return_button.click()
            await until(lambda: win.current_page() is win.waiting_page, 10)
            back = await events.wait_for(QueueChanged, lambda e: len(e.entries) == 1)
            assert [e.name for e in back.entries] == ["Kari Nordmann"]
            assert bridge.state is CallState.WAITING
        finally:
            await bridge.close()
            await doc.close()

    run_async(visit())

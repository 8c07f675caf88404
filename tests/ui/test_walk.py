"""The whole UI walk for real: the service, real patient and clinician consultations, both windows.

Clicks through login, create room, code, "I'm ready", admit, sees remote video drawn in both
windows' VideoViews, hangs up, and sees both after-call pages; then asserts the state sequences.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from app.core.call_state import CallState
from app.media.sources import synthetic_factory
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.events import EndReason
from app.ui.bridge import ClinicianBridge, PatientBridge
from app.ui.clinician_window import ClinicianWindow
from app.ui.patient_window import PatientWindow
from app.ui.queue.queue_model import QueueModel
from server.embedded import EmbeddedService, start_embedded_service
from server.settings import ServiceSettings
from tests.ui.helpers import until

pytestmark = pytest.mark.e2e

MIN_FRAMES = 5


def _decoder_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.endswith("-decoder") and t.is_alive()]


@pytest.fixture
def service() -> Iterator[EmbeddedService]:
    with start_embedded_service(ServiceSettings(dev_mode=True)) as running:
        yield running


def test_a_whole_consultation_through_both_windows(qtbot, run_async, translations, service):
    config = SessionConfig(service.url, loopback_only=True)
    patient_bridge = PatientBridge(
        lambda sink: PatientConsultation(config, sink, sources_factory=synthetic_factory())
    )
    clinician_bridge = ClinicianBridge(
        lambda sink: ClinicianConsultation(config, sink, sources_factory=synthetic_factory())
    )
    p = PatientWindow(patient_bridge, translations)
    c = ClinicianWindow(clinician_bridge, translations, QueueModel(time.time))
    for window in (p, c):
        qtbot.addWidget(window)
        window.show()
    states: dict[str, list[CallState]] = {"patient": [], "clinician": []}
    patient_bridge.stateChanged.connect(lambda _old, new: states["patient"].append(new))
    clinician_bridge.stateChanged.connect(lambda _old, new: states["clinician"].append(new))
    click = Qt.MouseButton.LeftButton

    async def walk() -> None:
        try:
            qtbot.keyClicks(c.login_page.name, "Dr. Berg")
            qtbot.mouseClick(c.login_page.primary, click)
            qtbot.keyClicks(p.login_page.name, "Kari Nordmann")
            qtbot.mouseClick(p.login_page.primary, click)
            await until(lambda: c.current_page() is c.queue_page and p.current_page() is p.code_page)

            qtbot.mouseClick(c.queue_page.primary, click)
            await until(lambda: clinician_bridge.room is not None)
            assert clinician_bridge.room is not None
            code = clinician_bridge.room.code
            assert c.queue_page.code.text() == code

            qtbot.keyClicks(p.code_page.code, code)
            qtbot.mouseClick(p.code_page.primary, click)
            await until(lambda: p.current_page() is p.ready_page)
            assert p.ready_page.body.text() == "With Dr. Berg"
            await until(lambda: p.ready_page.self_view.frames_drawn > 0)  # preview runs after login

            qtbot.mouseClick(p.ready_page.primary, click)
            await until(lambda: p.current_page() is p.waiting_page)
            await until(lambda: c.queue_page.view.row_count() == 1)
            row = c.queue_page.view.row(0)
            assert row.name.text() == "Kari Nordmann"
            assert row.details.text() == "Test identity (not checked)"
            await until(lambda: p.waiting_page.body.text().startswith("You are next in the queue."))

            qtbot.mouseClick(row.admit, click)
            await until(lambda: p.current_page() is p.call_page and c.current_page() is c.call_page)
            await until(
                lambda: (
                    p.call_page.remote_view.frames_drawn >= MIN_FRAMES
                    and c.call_page.remote_view.frames_drawn >= MIN_FRAMES
                ),
                limit_s=20,
            )
            assert patient_bridge.remote_video.count >= MIN_FRAMES
            assert clinician_bridge.remote_video.count >= MIN_FRAMES
            await until(lambda: p.call_page.status.text() == "In consultation with Dr. Berg")

            qtbot.mouseClick(p.call_page.hang_up, click)
            qtbot.mouseClick(p.call_page.confirm.confirm_button, click)  # "Leave the consultation?"
            await until(lambda: p.current_page() is p.ended_page and c.current_page() is c.ended_page)
        finally:
            await patient_bridge.close()
            await clinician_bridge.close()

    run_async(walk())
    # aiortc starts a non-daemon decoder thread per receiver; one still alive means a peer
    # connection was never closed, and the interpreter would hang at exit waiting for it.
    deadline = time.monotonic() + 3
    while _decoder_threads() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _decoder_threads(), "a peer connection was left open after close()"
    assert states["patient"] == [CallState.WAITING, CallState.CONNECTING, CallState.IN_CALL, CallState.ENDED]
    assert states["clinician"] == [CallState.CONNECTING, CallState.IN_CALL, CallState.ENDED]
    assert patient_bridge.end_reason is EndReason.HUNG_UP
    assert clinician_bridge.end_reason is EndReason.REMOTE_LEFT
    assert p.ended_page.body.text() == "You ended the consultation."
    assert c.ended_page.body.text() == "The other person has left the consultation."

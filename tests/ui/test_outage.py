"""The service goes away while a patient waits: the real service, a proxy that goes away, the real window.

The patient's traffic goes through a loopback proxy; when it goes offline the waiting page must say at
once that the app is trying to reconnect, and when it is back, that it is connected again and where
the patient is in the queue.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from PySide6.QtWidgets import QApplication

from app.core.call_state import CallState
from app.media.frame_slot import FrameSlot
from app.media.sources import MediaSources, synthetic_factory
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from app.session.events import EventSink, QueueChanged, ServiceConnectionChanged
from app.session.moderation_events import ChatReceived, ChatUnsentChanged
from app.ui.bridge import PatientBridge
from app.ui.patient_window import PatientWindow
from tests.support.recorder import EventRecorder
from tests.support.service import ServiceProcess
from tests.support.tcp_proxy import TcpProxy
from tests.ui.helpers import until
from tests.ui.moderation_fakes import ModPatient


@pytest.fixture(scope="module")
def service() -> Iterator[ServiceProcess]:
    with ServiceProcess(reconnect_grace=1.0) as svc:
        yield svc


def _queue(events: EventRecorder) -> list[str] | None:
    """The names in the clinician's queue as last shown (None before the first)."""
    shown = events.of(QueueChanged)
    return [entry.name for entry in shown[-1].entries] if shown else None


def _sources(preview: FrameSlot) -> MediaSources:
    return MediaSources.synthetic(size=(320, 240), fps=5, preview=preview)


def test_a_waiting_patient_is_told_at_once_and_sees_the_place_again(
    service: ServiceProcess, qtbot, translations, run_async
) -> None:
    async def walk() -> None:
        target = urlsplit(service.url)
        assert target.hostname is not None and target.port is not None
        proxy = await TcpProxy(target.hostname, target.port).start()
        c_events = EventRecorder()
        clinician = ClinicianConsultation(
            SessionConfig(service.url, loopback_only=True), c_events, sources_factory=synthetic_factory()
        )
        config = SessionConfig(f"http://127.0.0.1:{proxy.port}", loopback_only=True)

        def make(sink: EventSink) -> PatientConsultation:
            return PatientConsultation(config, sink, sources_factory=_sources)

        bridge = PatientBridge(make)
        win = PatientWindow(bridge, translations)
        qtbot.addWidget(win)
        win.show()
        page = win.waiting_page
        try:
            await clinician.login_test("Dr. Berg")
            room = await clinician.create_room("Outage")
            await bridge.login("Kari Nordmann")
            await bridge.open_room(room.code)
            await bridge.knock()
            await until(lambda: win.current_page() is page, 10)
            await until(lambda: "You are next in the queue" in page.body.text(), 10)
            await until(lambda: _queue(c_events) == ["Kari Nordmann"], 5)
            assert not page.connection.isVisible()

            loop = asyncio.get_running_loop()
            proxy.offline = True  # the service goes away
            proxy.cut()
            gone = loop.time()
            await until(lambda: page.connection.isVisible(), 5)
            assert loop.time() - gone < 1.0
            assert page.connection.text() == ("The connection to the service was lost. Trying to reconnect…")
            assert page.connection.accessibleName() == page.connection.text()

            # Longer than the grace time: the service forgot the place, and the app knocks again.
            await asyncio.sleep(2.0)
            await until(lambda: _queue(c_events) == [], 5)
            proxy.offline = False
            await until(lambda: page.connection.text() == "Connected again.", 15)
            await until(lambda: "You are next in the queue" in page.body.text(), 5)
            await until(lambda: _queue(c_events) == ["Kari Nordmann"], 5)
            assert bridge.state is CallState.WAITING
        finally:
            await bridge.close()
            await clinician.close()
            await proxy.close()

    run_async(walk())


def test_a_chat_line_not_yet_sent_shows_as_such_and_goes_when_sent(qtbot, translations) -> None:
    made: list[ModPatient] = []
    bridge = PatientBridge(lambda sink: made.append(ModPatient(sink)) or made[0])
    win = PatientWindow(bridge, translations)
    qtbot.addWidget(win)
    win.show()
    fake = made[0]
    for state in (CallState.WAITING, CallState.CONNECTING, CallState.IN_CALL):
        fake.move(state)
    chat = win.chat_panel
    fake.emit(ChatReceived("c-1", "Dr. Berg", "Hi Ann", 0.0, own=False))
    fake.emit(ServiceConnectionChanged(False))
    fake.emit(ChatUnsentChanged(["Can you hear me?"]))
    shown = [chat.lines.item(i).text() for i in range(chat.lines.count())]
    assert shown[1:] == ["You: Can you hear me? (not sent yet: it is sent when the connection is back)"]
    translations.switch("nb")
    QApplication.processEvents()  # LanguageChange is posted to the widgets
    shown = [chat.lines.item(i).text() for i in range(chat.lines.count())]
    assert shown[1:] == ["Du: Can you hear me? (ikke sendt ennå: sendes når forbindelsen er tilbake)"]
    translations.switch("en")
    fake.emit(ServiceConnectionChanged(True))
    fake.emit(ChatUnsentChanged([]))
    fake.emit(ChatReceived("p-1", "Ann", "Can you hear me?", 1.0, own=True))
    shown = [chat.lines.item(i).text()[6:] for i in range(chat.lines.count())]
    assert shown == [" Dr. Berg: Hi Ann", " You: Can you hear me?"]

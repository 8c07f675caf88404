"""Ringing a patient: the Ring buttons, Answer / Decline / Join call, and Admit everyone."""

from __future__ import annotations

import pytest

from app.core.protocol import PrecallSummary, QueueEntry, Verification
from app.core.protocol.moderation import NearbyPatient
from app.session.events import QueueChanged
from app.session.moderation_events import NearbyChanged, RingAnswerReceived, RingingReceived
from app.ui.bridge import ClinicianBridge, PatientBridge
from app.ui.clinician_window import ClinicianWindow
from app.ui.patient_window import PatientWindow
from app.ui.queue.queue_model import QueueModel
from tests.ui.moderation_fakes import ModClinician, ModPatient


@pytest.fixture
def host(qtbot, translations, run_async):
    made: list[ModClinician] = []
    bridge = ClinicianBridge(lambda sink: made.append(ModClinician(sink)) or made[0])
    win = ClinicianWindow(bridge, translations, QueueModel(lambda: 0.0))
    qtbot.addWidget(win)
    win.show()

    async def start() -> None:
        bridge.login("Dr. Berg")
        await bridge.wait_for_actions()
        bridge.create_room()
        await bridge.wait_for_actions()

    run_async(start())
    return win, made[0]


def test_host_rings_a_nearby_patient_and_hears_the_answer(host, run_async) -> None:
    win, fake = host
    panel = win.nearby_panel
    assert not panel.isVisible()
    fake.emit(NearbyChanged([NearbyPatient("u-7", "Ann"), NearbyPatient("u-8", "Bo")]))
    assert panel.isVisible()
    assert [b.text() for b in panel.buttons.values()] == ["Ring Ann", "Ring Bo"]
    assert panel.buttons["u-7"].accessibleName() == "Ring Ann"

    async def ring() -> None:
        panel.buttons["u-7"].click()
        await win.bridge.wait_for_actions()

    run_async(ring())
    assert fake.calls[-1] == ("ring", "u-7")
    fake.emit(RingAnswerReceived("u-7", True))
    assert panel.answer.text() == "Ann answered and will join the waiting room."
    fake.emit(RingAnswerReceived("u-8", False))
    assert panel.answer.text() == "Bo declined the call."


def test_admit_everyone_shows_with_two_waiting(host, run_async) -> None:
    win, fake = host
    page = win.queue_page
    one = QueueEntry("p-1", "Ann", Verification.TEST, 0.0, PrecallSummary())
    two = QueueEntry("p-2", "Bo", Verification.TEST, 0.0, PrecallSummary())
    fake.emit(QueueChanged([one]))
    assert not page.admit_all.isVisible()
    fake.emit(QueueChanged([one, two]))
    assert page.admit_all.isVisible()
    assert page.admit_all.accessibleName() == "Admit everyone who is waiting"
    fake.admit_all = lambda: fake._called("admit_all")  # type: ignore[attr-defined]

    async def press() -> None:
        page.admit_all.click()
        await win.bridge.wait_for_actions()

    run_async(press())
    assert fake.calls[-1] == ("admit_all",)


def test_patient_answers_the_ring_and_joins_with_a_knock(qtbot, translations, run_async) -> None:
    made: list[ModPatient] = []
    bridge = PatientBridge(lambda sink: made.append(ModPatient(sink)) or made[0])
    tones: list[str] = []
    win = PatientWindow(
        bridge, translations, ring_tone=(lambda: tones.append("start"), lambda: tones.append("stop"))
    )
    qtbot.addWidget(win)
    win.show()
    fake = made[0]

    async def walk() -> None:
        bridge.login("Ann")
        await bridge.wait_for_actions()
        bridge.open_room("KX7-42Q")
        await bridge.wait_for_actions()
        fake.emit(RingingReceived("Dr. Berg"))
        ring = win.ring_panel
        assert win.current_page() is win.ready_page
        assert ring.isVisible() and ring.text.text() == "Dr. Berg is calling you."
        assert (ring.answer.text(), ring.decline.text()) == ("Answer", "Decline")
        ring.answer.click()
        await bridge.wait_for_actions()
        assert ring.join.isVisible() and not ring.answer.isVisible()
        assert ring.text.text() == "Press “Join call” when you are ready."
        ring.join.click()
        await bridge.wait_for_actions()
        assert not ring.isVisible()

    run_async(walk())
    assert tones == ["start", "stop"]
    assert [c[0] for c in fake.calls] == ["login_test", "open_room", "answer_ring", "knock"]
    assert ("answer_ring", True) in fake.calls


def test_patient_declines(qtbot, translations, run_async) -> None:
    made: list[ModPatient] = []
    bridge = PatientBridge(lambda sink: made.append(ModPatient(sink)) or made[0])
    win = PatientWindow(bridge, translations)
    qtbot.addWidget(win)
    win.show()
    made[0].emit(RingingReceived("Dr. Berg"))

    async def decline() -> None:
        win.ring_panel.decline.click()
        await bridge.wait_for_actions()

    run_async(decline())
    assert made[0].calls == [("answer_ring", False)]
    assert not win.ring_panel.isVisible()


def test_room_type_and_pins_go_into_create_room(qtbot, translations, run_async) -> None:
    from app.core.room_types import RoomType

    made: list[ModClinician] = []
    bridge = ClinicianBridge(lambda sink: made.append(ModClinician(sink)) or made[0])
    win = ClinicianWindow(bridge, translations, QueueModel(lambda: 0.0))
    qtbot.addWidget(win)
    win.show()
    fake = made[0]
    seen: list[tuple[object, ...]] = []

    async def create_room(title: str = "", **options: object) -> object:
        seen.append((title, options))
        return await ModClinician.create_room(fake, title)

    fake.create_room = create_room  # type: ignore[method-assign]
    options = win.queue_page.room_options
    assert options.kind.accessibleName() == "Room type"
    assert not options.host_pin.isVisibleTo(options)  # a personal room has no PINs
    options.kind.setCurrentIndex(list(RoomType).index(RoomType.SENSITIVE))
    assert options.host_pin.isVisibleTo(options) and not options.guest_pin.isVisibleTo(options)
    assert options.host_label.text() == "Host PIN (required)"
    options.host_pin.setText("9911")

    async def create() -> None:
        bridge.login("Dr. Berg")
        await bridge.wait_for_actions()
        win.queue_page.primary.click()
        await bridge.wait_for_actions()

    run_async(create())
    assert seen == [("Video consultation", {"room_type": RoomType.SENSITIVE, "host_pin": "9911"})]
    assert not options.isVisibleTo(win.queue_page)

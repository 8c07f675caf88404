"""The device chooser on the pre-call panel, with fake devices and a scripted pre-call check."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QComboBox

from app.core.preflight import CheckName, CheckResult, PreflightCode, PreflightReport
from app.core.protocol import Verdict
from app.media.devices import DeviceKind, DeviceOption
from app.ui.preflight.controller import PreflightController
from app.ui.preflight.devices import DeviceChooser
from app.ui.preflight.panel import PreflightPanel
from tests.ui.helpers import until

K, N, C = DeviceKind, CheckName, PreflightCode


class FakeDevices:
    """What the OS offers (mutable: hot-plug) and what is in use; records every switch."""

    def __init__(self) -> None:
        self.lists: dict[DeviceKind, list[DeviceOption]] = {
            K.CAMERA: [DeviceOption("Front", "Front", True), DeviceOption("USB Cam", "USB Cam")],
            K.MICROPHONE: [
                DeviceOption("builtin", "Built-in Microphone", True),
                DeviceOption("jabra", "Jabra Evolve 65"),
            ],
            K.SPEAKER: [DeviceOption("builtin-out", "Built-in Speakers", True)],
        }
        self.using: dict[DeviceKind, str | None] = {kind: opts[0].key for kind, opts in self.lists.items()}
        self.switched: list[tuple[DeviceKind, str]] = []
        self.listeners: list[Callable[[DeviceKind], None]] = []

    def options(self, kind: DeviceKind) -> list[DeviceOption]:
        return list(self.lists[kind])

    def current(self, kind: DeviceKind) -> str | None:
        return self.using[kind]

    def switch(self, kind: DeviceKind, key: str) -> bool:
        self.switched.append((kind, key))
        self.using[kind] = key
        return True

    def listen(self, callback: Callable[[DeviceKind], None]) -> Callable[[], None]:
        self.listeners.append(callback)
        return lambda: self.listeners.remove(callback)

    def plug(self, kind: DeviceKind, option: DeviceOption) -> None:
        self.lists[kind].append(option)
        for listener in list(self.listeners):
            listener(kind)


def texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def pick(combo: QComboBox, text: str) -> None:
    """What a click on an entry does: select it and emit ``activated``."""
    index = combo.findText(text)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


class Runs:
    """A runner factory: each run reports ``results`` (filtered to the checks asked for)."""

    def __init__(self, results: list[CheckResult]) -> None:
        self.results = results
        self.asked: list[frozenset[CheckName] | None] = []

    def __call__(self, on_result: Callable[[CheckResult], None], only: frozenset[CheckName] | None) -> Runs:
        self.asked.append(only)
        self._on_result, self._only = on_result, only
        return self

    async def run(self) -> PreflightReport:
        results = [r for r in self.results if self._only is None or r.check in self._only]
        for result in results:
            self._on_result(result)
        return PreflightReport(results)


SILENT_BUT_JABRA = CheckResult(
    N.MICROPHONE, Verdict.FAIL, [C.MIC_SILENT, C.MIC_OTHER_HAS_SIGNAL], {}, "Jabra Evolve 65"
)


@pytest.fixture
def fake() -> FakeDevices:
    return FakeDevices()


def test_lists_show_names_with_the_device_in_use_selected(qtbot, translations, fake) -> None:
    fake.using[K.MICROPHONE] = "jabra"
    chooser = DeviceChooser(fake)
    qtbot.addWidget(chooser)
    chooser.show()  # the lists are read when first shown
    assert texts(chooser.combos[K.CAMERA]) == ["Front", "USB Cam"]
    assert texts(chooser.combos[K.MICROPHONE]) == ["Built-in Microphone", "Jabra Evolve 65"]
    assert chooser.combos[K.MICROPHONE].currentText() == "Jabra Evolve 65"
    labels = [chooser.labels[k].text() for k in DeviceKind]
    assert labels == ["Camera", "Microphone", "Speakers or headphones"]
    assert chooser.labels[K.SPEAKER].buddy() is chooser.combos[K.SPEAKER]
    assert not chooser.use_suggested.isVisible()


def test_no_device_of_a_kind_shows_a_disabled_none_found(qtbot, translations, fake) -> None:
    fake.lists[K.CAMERA], fake.using[K.CAMERA] = [], None
    chooser = DeviceChooser(fake)
    qtbot.addWidget(chooser)
    chooser.show()  # the lists are read when first shown
    assert texts(chooser.combos[K.CAMERA]) == ["None found"]
    assert not chooser.combos[K.CAMERA].isEnabled()


def test_choosing_switches_live_and_rechecks_that_device(qtbot, translations, fake, run_async) -> None:
    runs = Runs([CheckResult(N.CAMERA, Verdict.OK, [C.CAMERA_OK]),
                 CheckResult(N.SPEAKER, Verdict.OK, [C.SPEAKER_OK])])  # fmt: skip
    controller = PreflightController(runs)
    chooser = DeviceChooser(fake, controller)
    qtbot.addWidget(chooser)
    chooser.show()  # the lists are read when first shown

    async def walk() -> None:
        pick(chooser.combos[K.CAMERA], "USB Cam")  # before any check ran: only switched
        assert fake.switched == [(K.CAMERA, "USB Cam")] and runs.asked == []
        task = controller.start()
        assert task is not None
        pick(chooser.combos[K.CAMERA], "Front")  # while the run goes: re-checked once it is over
        await until(lambda: len(runs.asked) == 2)
        await until(lambda: not controller.running)
        assert runs.asked == [None, frozenset({N.CAMERA})]
        pick(chooser.combos[K.CAMERA], "Front")  # already in use: nothing happens
        assert len(fake.switched) == 2

    run_async(walk())


def test_hot_plug_refreshes_the_list_and_keeps_the_selection(qtbot, translations, fake, run_async) -> None:
    chooser = DeviceChooser(fake)
    qtbot.addWidget(chooser)
    chooser.show()  # the lists are read when first shown
    fake.using[K.SPEAKER] = "builtin-out"

    async def walk() -> None:
        fake.plug(K.SPEAKER, DeviceOption("usb-out", "USB Headphones"))
        await until(lambda: chooser.combos[K.SPEAKER].count() == 2)
        assert texts(chooser.combos[K.SPEAKER]) == ["Built-in Speakers", "USB Headphones"]
        assert chooser.combos[K.SPEAKER].currentText() == "Built-in Speakers"
        fake.using[K.SPEAKER] = "usb-out"  # the OS default moved and the devices followed it
        fake.plug(K.CAMERA, DeviceOption("Side", "Side"))
        fake.listeners[0](K.SPEAKER)
        await until(lambda: chooser.combos[K.SPEAKER].currentText() == "USB Headphones")
        assert "Side" in texts(chooser.combos[K.CAMERA])

    run_async(walk())


def test_mic_other_has_signal_offers_one_click_use(qtbot, translations, fake, run_async) -> None:
    runs = Runs([SILENT_BUT_JABRA])
    controller = PreflightController(runs)
    panel = PreflightPanel(controller, devices=fake)
    qtbot.addWidget(panel)
    panel.show()
    chooser = panel.chooser
    assert chooser is not None

    async def walk() -> None:
        controller.start()
        await until(lambda: chooser.use_suggested.isVisible())
        assert chooser.use_suggested.text() == "Use “Jabra Evolve 65”"
        await until(lambda: not controller.running)
        runs.results = [CheckResult(N.MICROPHONE, Verdict.OK, [C.MIC_OK])]
        chooser.use_suggested.click()
        assert fake.switched == [(K.MICROPHONE, "jabra")]
        assert chooser.combos[K.MICROPHONE].currentText() == "Jabra Evolve 65"
        assert not chooser.use_suggested.isVisible()
        await until(lambda: runs.asked == [None, frozenset({N.MICROPHONE})])
        await until(lambda: panel.rows[N.MICROPHONE].result is not None
                    and panel.rows[N.MICROPHONE].result.codes == [C.MIC_OK])  # fmt: skip

    run_async(walk())


def test_a_suggestion_already_in_use_is_not_offered(qtbot, translations, fake, run_async) -> None:
    fake.using[K.MICROPHONE] = "jabra"
    controller = PreflightController(Runs([SILENT_BUT_JABRA]))
    chooser = DeviceChooser(fake, controller)
    qtbot.addWidget(chooser)
    chooser.show()

    async def walk() -> None:
        controller.start()
        await until(lambda: not controller.running)
        assert not chooser.use_suggested.isVisible()

    run_async(walk())


def test_devices_are_not_asked_for_until_the_chooser_is_shown(qtbot, translations, fake) -> None:
    asked: list[DeviceKind] = []
    options = fake.options
    fake.options = lambda kind: asked.append(kind) or options(kind)  # type: ignore[method-assign]
    chooser = DeviceChooser(fake)
    qtbot.addWidget(chooser)
    translations.switch("nb")  # re-translating does not list them either
    assert asked == [] and chooser.combos[K.CAMERA].count() == 0
    chooser.show()
    assert asked == list(DeviceKind)
    assert texts(chooser.combos[K.CAMERA]) == ["Front", "USB Cam"]


def test_the_listener_is_dropped_with_the_widget(qtbot, translations, fake) -> None:
    chooser = DeviceChooser(fake)
    assert len(fake.listeners) == 1
    chooser.deleteLater()
    qtbot.wait(10)
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert fake.listeners == []

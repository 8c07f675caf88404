"""Walks every page of both windows against fakes and reads each control through Qt's accessibility
interfaces (QAccessible.queryAccessibleInterface), in every language. Used by the accessibility tests.

``walk_patient`` and ``walk_clinician`` drive a window through all its pages (with the pre-call
check, devices, sign-in providers, ringing, the queue, the host's controls and chat present) and call
``visit(page_name)`` on each.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTranslator
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.core.call_state import CallState
from app.core.preflight import CheckName, CheckResult, PreflightCode, PreflightReport
from app.core.protocol import LoginResponse, PrecallSummary, QueueEntry, Verdict, Verification
from app.core.protocol.moderation import MediaControl, NearbyPatient
from app.session.events import CallEnded, EndReason, QueueChanged
from app.session.moderation_events import NearbyChanged, RingingReceived
from app.ui.bridge import ClinicianBridge, PatientBridge
from app.ui.clinician_window import ClinicianWindow
from app.ui.i18n import LANGUAGES, Translations
from app.ui.login.identity_panel import IdentityPanel
from app.ui.patient_window import PatientWindow
from app.ui.preflight.controller import PreflightController
from app.ui.queue.queue_model import QueueModel
from tests.ui.moderation_fakes import ModClinician, ModPatient, person, room

PENDING = Path(__file__).resolve().parents[2] / "resources" / "translations" / "pending" / "a11y.tsv"
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
Visit = Callable[[str], None]


class PendingTranslator(QTranslator):
    """Serves the not-yet-merged sentences of ``resources/translations/pending/a11y.tsv`` (source, nb, sv),
    so the tests see new accessible names translated before the lead merges them into the .ts files."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        column = {"nb": 1, "sv": 2}.get(language)
        self.messages: dict[str, str] = {}
        for path in [PENDING] if column is not None and PENDING.is_file() else []:
            for line in path.read_text(encoding="utf-8").splitlines():
                parts = line.split("\t")
                if len(parts) == 3 and parts[column]:
                    self.messages[parts[0]] = parts[column]

    def isEmpty(self) -> bool:
        return not self.messages

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.messages.get(source)


def switch_language(translations: Translations, language: str) -> None:
    """Switch the app's language, with the pending sentences on top (the last installed wins)."""
    for old in QCoreApplication.instance().findChildren(PendingTranslator):  # type: ignore[union-attr]
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    translations.switch(language)
    extra = PendingTranslator(language, QCoreApplication.instance())
    if not extra.isEmpty():
        QCoreApplication.installTranslator(extra)
    # Qt posts LanguageChange to each widget; deliver them now, as the event loop would.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


@dataclass(frozen=True)
class Control:
    """One interactive widget as assistive technology sees it (``label`` says which, for messages)."""

    label: str
    name: str
    description: str
    role: QAccessible.Role
    focusable: bool  # the accessible state says so
    tab_focus: bool  # Qt's focus policy lets Tab reach it
    labelled_by: tuple[str, ...]  # the texts of the labels that name it (buddy relations)


def interactive(window: QWidget) -> Iterator[QWidget]:
    """Every shown control of ``window``, leaving out the popups Qt owns (combo lists)."""
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue  # a combo box's popup list or a menu: Qt names and drives those
        selectable_label = isinstance(widget, QLabel) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        if isinstance(widget, INTERACTIVE) or selectable_label:
            yield widget


def read(widget: QWidget) -> Control:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid(), widget
    tab = bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)
    labels = tuple(
        other.text(QAccessible.Text.Name) for other, _flag in iface.relations(QAccessible.RelationFlag.Label)
    )
    return Control(
        f"{type(widget).__name__}#{widget.objectName() or '?'}",
        iface.text(QAccessible.Text.Name).strip(),
        iface.text(QAccessible.Text.Description).strip(),
        iface.role(),
        bool(iface.state().focusable),
        tab,
        labels,
    )


def accessible_tree(root: QWidget) -> list[QAccessibleInterface]:
    """Every interface under ``root``'s, by walking ``child(i)`` from the top (as a screen reader does)."""
    found: list[QAccessibleInterface] = []
    todo = [QAccessible.queryAccessibleInterface(root)]
    while todo:
        iface = todo.pop()
        found.append(iface)
        todo.extend(c for c in (iface.child(i) for i in range(iface.childCount())) if c is not None)
    return found


# -- the two windows, every page ------------------------------------------------------------------


async def settle() -> None:
    """Let Qt deliver what it deferred (layouts show new rows on the next turn of the loop)."""
    for _ in range(3):
        await asyncio.sleep(0.01)


class _Devices:
    def options(self, kind: object) -> list[object]:
        from app.media.devices import DeviceOption

        return [DeviceOption("a", "Built-in"), DeviceOption("b", "USB headset")]

    def current(self, kind: object) -> str | None:
        return "a"

    def switch(self, kind: object, key: str) -> bool:
        return True

    def listen(self, callback: Callable[[object], None]) -> Callable[[], None]:
        return lambda: None


class _Runner:
    def __init__(self, on_result: Callable[[CheckResult], None]) -> None:
        self.on_result = on_result

    async def run(self) -> PreflightReport:
        results = [
            CheckResult(CheckName.CAMERA, Verdict.WARNING, [PreflightCode.CAMERA_TOO_DARK]),
            CheckResult(CheckName.MICROPHONE, Verdict.OK, [PreflightCode.MIC_OK]),
            CheckResult(CheckName.SPEAKER, Verdict.WARNING, [PreflightCode.SPEAKER_NOT_HEARD]),
            CheckResult(CheckName.NETWORK, Verdict.OK, [PreflightCode.NETWORK_OK]),
        ]
        for result in results:
            self.on_result(result)
        return PreflightReport(results)


def identity_panel() -> IdentityPanel:
    from tests.ui.test_login_identity import LOGIN, PROVIDER

    async def login(*_args: object) -> LoginResponse:
        return LOGIN

    return IdentityPanel(login, login, [PROVIDER], lambda _url: None, act_for=login)  # type: ignore[arg-type]


def patient_window(translations: Translations) -> tuple[PatientWindow, ModPatient]:
    made: list[ModPatient] = []
    bridge = PatientBridge(lambda sink: made.append(ModPatient(sink)) or made[0])
    preflight = PreflightController(lambda on_result, _only: _Runner(on_result))
    win = PatientWindow(
        bridge, translations, preflight=preflight, identity=identity_panel(), devices=_Devices()
    )
    return win, made[0]


def clinician_window(translations: Translations) -> tuple[ClinicianWindow, ModClinician]:
    made: list[ModClinician] = []
    bridge = ClinicianBridge(lambda sink: made.append(ModClinician(sink)) or made[0])
    win = ClinicianWindow(bridge, translations, QueueModel(lambda: 100.0), identity=identity_panel())
    return win, made[0]


async def walk_patient(win: PatientWindow, fake: ModPatient, visit: Visit) -> None:
    bridge = win.patient_bridge
    await settle()
    visit("login")
    bridge.login("Ann Olsen")
    await bridge.wait_for_actions()
    await settle()
    visit("room code")
    bridge.open_room("KX7-42Q")
    await bridge.wait_for_actions()
    if win.preflight is not None and win.preflight._task is not None:
        await win.preflight._task
    fake.emit(RingingReceived("Dr. Berg"))
    await settle()
    visit("ready")
    fake.move(CallState.WAITING)
    await settle()
    visit("waiting")
    fake.move(CallState.CONNECTING)
    hard_muted = person("p-1", "Ann Olsen", audio_on=False, audio_control=MediaControl.HARD_MUTE)
    fake.emit(room("p-1", person("c-1", "Dr. Berg"), hard_muted))
    fake.move(CallState.IN_CALL)
    await settle()
    visit("call")
    fake.move(CallState.ENDED)
    fake.emit(CallEnded(EndReason.REMOTE_LEFT))
    await settle()
    visit("ended")


async def walk_clinician(win: ClinicianWindow, fake: ModClinician, visit: Visit) -> None:
    bridge = win.clinician_bridge
    await settle()
    visit("login")
    bridge.login("Dr. Berg")
    await bridge.wait_for_actions()
    await settle()
    visit("create room")
    bridge.create_room("Knee check-up")
    await bridge.wait_for_actions()
    fake.emit(NearbyChanged([NearbyPatient("u-9", "Bo Ek")]))
    fake.emit(
        QueueChanged(
            [
                QueueEntry("p-1", "Ann Olsen", Verification.TEST, 40.0, PrecallSummary(Verdict.OK)),
                QueueEntry("p-2", "Bo Ek", Verification.BANKID_SE, 70.0, PrecallSummary(Verdict.FAIL)),
            ]
        )
    )
    await settle()
    visit("queue")
    fake.move(CallState.CONNECTING)
    fake.emit(room("c-1", person("c-1", "Dr. Berg"), person("p-1", "Ann Olsen"), person("c-2", "Ida")))
    fake.move(CallState.IN_CALL)
    await settle()
    visit("call")
    fake.move(CallState.ENDED)
    fake.emit(CallEnded(EndReason.HUNG_UP))
    await settle()
    visit("ended")


__all__ = [
    "LANGUAGES",
    "Control",
    "accessible_tree",
    "clinician_window",
    "interactive",
    "patient_window",
    "read",
    "switch_language",
    "walk_clinician",
    "walk_patient",
]

"""Knock notifications: one tray message and one sound per new waiting patient, the count, Admit / Deny."""

from __future__ import annotations

from typing import Any

import pytest

from app.core.protocol import PrecallSummary, QueueEntry, Verification
from app.session.events import QueueChanged
from app.ui.clinician_window import ClinicianWindow
from app.ui.notify.tray import KnockNotifier
from app.ui.queue.queue_model import QueueModel
from tests.ui.test_bridge import clinician


class FakeTray:
    """Records what the notifier asked of the tray icon, in order."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.menu: Any = None

    def showMessage(self, title: str, message: str, icon: Any, msecs: int) -> None:
        self.calls.append(("message", title, message))

    def setToolTip(self, tip: str) -> None:
        self.calls.append(("tooltip", tip))

    def setContextMenu(self, menu: Any) -> None:
        self.menu = menu

    def show(self) -> None:
        self.calls.append(("show",))


def waiting(pid: str, name: str) -> QueueEntry:
    return QueueEntry(pid, name, Verification.TEST, 0.0, PrecallSummary())


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform has no stacking
def test_each_knock_is_announced_once_with_a_sound_and_a_count(qtbot, translations, run_async) -> None:
    bridge, fake = clinician()
    tray, sounds = FakeTray(), []
    win = ClinicianWindow(
        bridge, translations, QueueModel(lambda: 0.0), tray=tray, knock_sound=lambda: sounds.append(1)
    )
    qtbot.addWidget(win)
    win.hide()  # the window is hidden or minimised all day
    fake.emit(QueueChanged([waiting("p-1", "Ann")]))
    fake.emit(QueueChanged([waiting("p-1", "Ann"), waiting("p-2", "Bo")]))
    fake.emit(QueueChanged([waiting("p-2", "Bo")]))
    assert tray.calls == [
        ("show",),
        ("tooltip", "Samtale: nobody is waiting"),
        ("message", "Samtale: a patient is waiting", "Ann is ready. Admit or deny from the Samtale icon."),
        ("tooltip", "Samtale: a patient is waiting"),
        ("message", "Samtale: 2 patients are waiting", "Bo is ready. Admit or deny from the Samtale icon."),
        ("tooltip", "Samtale: 2 patients are waiting"),
        ("tooltip", "Samtale: a patient is waiting"),
    ]
    assert sounds == [1, 1]
    assert win.knocks.count == 1
    assert win.knocks.announced == ["p-1", "p-2"]

    async def answer() -> None:
        fake.emit(QueueChanged([waiting("p-2", "Bo"), waiting("p-3", "Cy")]))
        menus = [a.menu() for a in tray.menu.actions() if a.menu() is not None]
        assert [m.title() for m in menus] == ["Bo", "Cy"]
        admit_bo, _deny_bo = menus[0].actions()
        _admit_cy, deny_cy = menus[1].actions()
        assert admit_bo.text() == "Admit Bo" and deny_cy.text() == "Deny Cy"
        admit_bo.trigger()
        await bridge.wait_for_actions()
        deny_cy.trigger()  # sending away cannot be undone: the window asks first (issue 11, finding 9)
        await bridge.wait_for_actions()
        assert fake.calls == [("admit", "p-2")]
        assert win.isVisible() and win.queue_page.confirm.pending
        win.queue_page.confirm.confirm()
        await bridge.wait_for_actions()

    run_async(answer())
    assert fake.calls == [("admit", "p-2"), ("deny", "p-3")]


def test_without_a_tray_nothing_is_shown_but_the_count_is_kept(qtbot, translations) -> None:
    bridge, fake = clinician()
    notifier = KnockNotifier(bridge, None, None)
    fake.emit(QueueChanged([waiting("p-1", "Ann"), waiting("p-2", "Bo")]))
    assert notifier.count == 2
    assert notifier.title() == "Samtale: 2 patients are waiting"


def test_a_day_of_knocks_leaves_no_menus_behind(qtbot, translations) -> None:
    """Each rebuild of the tray menu replaces the per-patient submenus; none outlive their patient
    (a clinic day's knocks once left one QMenu per patient per queue change: issue 11, finding 12)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QMenu

    bridge, fake = clinician()
    win = ClinicianWindow(
        bridge, translations, QueueModel(lambda: 0.0), tray=FakeTray(), knock_sound=lambda: None
    )
    qtbot.addWidget(win)

    def menus() -> int:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # deleteLater happens here
        return sum(1 for w in QApplication.allWidgets() if isinstance(w, QMenu))

    before = menus()
    for n in range(40):  # forty patients, one after another, each waiting beside one other
        fake.emit(QueueChanged([waiting(f"p-{n}", f"Patient {n}"), waiting(f"q-{n}", "Other")]))
        fake.emit(QueueChanged([]))
    fake.emit(QueueChanged([waiting("p-last", "Last")]))
    assert [a.text() for a in win.knocks.menu.actions() if a.menu() is not None] == ["Last"]
    assert menus() == before + 1

"""The announcer: what it says stays readable on its status label, through the accessibility interface."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from app.ui.widgets.announcer import MAX_HISTORY, Announcer
from tests.ui.helpers import SignalLog


def test_each_announcement_is_kept_as_the_labels_accessible_name(qtbot) -> None:
    announcer = Announcer()
    qtbot.addWidget(announcer)
    log = SignalLog(announced=announcer.announced)
    announcer.announce("Microphone off. You are muted.")
    announcer.announce("")  # nothing to say: nothing said
    announcer.announce("You have been let in.", assertive=True)
    iface = QAccessible.queryAccessibleInterface(announcer)
    assert iface.text(QAccessible.Text.Name) == "You have been let in."
    assert announcer.text() == "You have been let in."
    assert announcer.history == ["Microphone off. You are muted.", "You have been let in."]
    assert log.events == [
        ("announced", "Microphone off. You are muted.", False),
        ("announced", "You have been let in.", True),
    ]


def test_the_history_keeps_only_the_latest(qtbot) -> None:
    announcer = Announcer()
    qtbot.addWidget(announcer)
    for n in range(MAX_HISTORY + 5):
        announcer.announce(f"message {n}")
    assert len(announcer.history) == MAX_HISTORY
    assert announcer.history[0] == "message 5"
    assert announcer.last == f"message {MAX_HISTORY + 4}"

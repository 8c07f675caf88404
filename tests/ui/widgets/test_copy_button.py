"""The copy button puts the room's link on the clipboard and says so for a moment."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from app.ui.widgets import copy_button
from app.ui.widgets.copy_button import CopyButton


def test_copies_the_current_text_and_confirms_then_shows_its_words_again(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(copy_button, "CONFIRM_MS", 50)
    said: list[str] = []
    current = ["https://video.example/join/AB12-CD34"]
    button = CopyButton(lambda: current[0], lambda: "Copy link", lambda: "Copied", said.append)
    qtbot.addWidget(button)
    assert button.text() == "Copy link"
    button.click()
    assert QGuiApplication.clipboard().text() == "https://video.example/join/AB12-CD34"
    assert (button.text(), said) == ("Copied", ["Copied"])
    qtbot.waitUntil(lambda: button.text() == "Copy link", timeout=2000)
    current[0] = "https://video.example/join/ZZ99-YY88"  # another room: the newest text is copied
    button.click()
    assert QGuiApplication.clipboard().text() == "https://video.example/join/ZZ99-YY88"


def test_nothing_to_copy_changes_nothing(qtbot) -> None:
    QGuiApplication.clipboard().setText("before")
    button = CopyButton(lambda: "", lambda: "Copy code", lambda: "Copied")
    qtbot.addWidget(button)
    button.click()
    assert (QGuiApplication.clipboard().text(), button.text()) == ("before", "Copy code")

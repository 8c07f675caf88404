"""UI test fixtures: an offscreen Qt platform and a qasync loop runner.

Qt warnings fail every test through ``qt_log_level_fail`` in pyproject.toml.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QApplication

from app.main.event_loop import QEventLoop
from app.ui.i18n import Translations
from app.ui.theme import apply_theme

HERE = Path(__file__).resolve().parent
TRANSLATIONS = HERE.parents[1] / "resources" / "translations"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.ui)


Runner = Callable[[Coroutine[Any, Any, Any]], Any]


@pytest.fixture
def run_async(qapp: QApplication) -> Runner:
    """Run a coroutine on a fresh app event loop (app.main.event_loop) over the test's QApplication."""
    apply_theme(qapp)

    def run(coro: Coroutine[Any, Any, Any]) -> Any:
        return asyncio.run(coro, loop_factory=lambda: QEventLoop(qapp))

    return run


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """The app's translations; switched back to English afterwards."""
    apply_theme(qapp)
    tr = Translations(TRANSLATIONS)
    tr.switch("en")
    yield tr
    tr.switch("en")


@pytest.fixture(autouse=True)
def _silent_knocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The clinician's knock sound plays tray or no tray; UI tests record it instead of asking the
    machine's audio (CI has no sound device, and Qt's warnings about that would fail the test)."""
    monkeypatch.setattr("app.ui.clinician_window.qt_player", lambda _name, **_kw: lambda: None)


@pytest.fixture(autouse=True)
def _windows_close_at_teardown(qtbot: Any) -> Iterator[None]:
    """A window still in a call asks before it closes (issue 11, finding 9) and stays open; at the
    end of a test it is closed as answered, so no window outlives its test (a stray last window
    closing during the next test's loop would quit that loop)."""
    yield
    from app.ui.main_window import ConsultationWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ConsultationWindow) and widget.isVisible():
            widget.close_confirmed()

"""Presenting from the call bar: PDF pages, screen and window grabs into the slot, the Present menu
through a fake consultation, and "<name> is presenting" with the presenter pinned."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QLabel

from app.core.call_state import CallState
from app.core.errors import ErrorCode
from app.media.frame_slot import FrameSlot
from app.ui.bridge import ClinicianBridge
from app.ui.call.gallery import Layout
from app.ui.clinician_window import ClinicianWindow
from app.ui.present.sources import (
    PdfSource,
    ScreenSource,
    WindowSource,
    app_windows,
    pdf_pages,
    qimage_to_rgb,
)
from app.ui.queue.queue_model import QueueModel
from tests.ui.fakes import refused
from tests.ui.helpers import until
from tests.ui.moderation_fakes import ModClinician, person, room

RED, BLUE = (230, 20, 20), (20, 40, 220)


def write_pdf(path: Path) -> Path:
    """Two A4 pages: red with big text, then blue with big text."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    font = QFont()
    font.setPointSize(72)
    painter.setFont(font)
    for index, colour in enumerate((RED, BLUE)):
        if index:
            writer.newPage()
        painter.fillRect(area, QColor(*colour))
        painter.setPen(QColor("white"))
        painter.drawText(area.adjusted(200, 200, 0, 0), f"Page {index + 1}")
    painter.end()
    return path


def centre_colour(rgb: np.ndarray) -> np.ndarray:
    h, w = rgb.shape[:2]
    return rgb[h // 2 - 10 : h // 2 + 10, w // 2 - 10 : w // 2 + 10].reshape(-1, 3).mean(axis=0)


def near(colour: np.ndarray, expected: tuple[int, int, int], tolerance: int = 30) -> bool:
    return bool(np.abs(colour - np.array(expected)).max() <= tolerance)


def test_qimage_with_padded_rows_converts_with_its_stride(qapp) -> None:
    image = QImage(33, 10, QImage.Format.Format_RGB888)  # 99 bytes a row, padded to 100
    image.fill(QColor(*RED))
    image.setPixelColor(32, 9, QColor(*BLUE))
    assert image.bytesPerLine() != 33 * 3
    rgb = qimage_to_rgb(image)
    assert rgb.shape == (10, 33, 3) and rgb.flags.c_contiguous
    assert tuple(rgb[0, 0]) == RED and tuple(rgb[9, 32]) == BLUE
    del image  # the array owns its pixels
    assert tuple(rgb[5, 5]) == RED


@pytest.mark.skipif(pdf_pages() is None, reason="no PDF renderer (QtPdf or Ghostscript) here")
def test_pdf_pages_render_into_the_slot_and_page_buttons_turn_them(qapp, tmp_path) -> None:
    pdf = write_pdf(tmp_path / "two.pdf")
    slot = FrameSlot()
    source = PdfSource(slot)
    assert source.load(str(pdf))
    assert source.page_count == 2
    first = slot.peek()
    assert first is not None
    height, width = first.rgb.shape[:2]
    assert height > width  # a portrait page
    assert near(centre_colour(first.rgb), RED)
    source.next_page()
    assert source.page == 1 and near(centre_colour(slot.peek().rgb), BLUE)  # type: ignore[union-attr]
    source.next_page()  # already on the last page: stays
    assert source.page == 1
    source.previous_page()
    assert source.page == 0 and near(centre_colour(slot.peek().rgb), RED)  # type: ignore[union-attr]
    assert not PdfSource(FrameSlot()).load(str(tmp_path / "missing.pdf"))


def qapp_screen_size() -> tuple[int, int]:
    geometry = QGuiApplication.primaryScreen().geometry()
    ratio = QGuiApplication.primaryScreen().devicePixelRatio()
    return round(geometry.width() * ratio), round(geometry.height() * ratio)


def test_screen_and_window_sources_produce_frames(qtbot) -> None:
    slot = FrameSlot()
    screen = ScreenSource(slot)
    screen.capture()
    frame = slot.peek()
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen" and os.environ.get("DISPLAY"):
        # A real (Xvfb) screen: the grab has the screen's size.
        assert frame is not None
        size = qapp_screen_size()
        assert frame.rgb.shape[:2] == (size[1], size[0])
    if frame is not None:  # offscreen grabs may be empty
        assert frame.rgb.ndim == 3 and frame.rgb.shape[2] == 3 and frame.rgb.dtype == np.uint8
    window = QLabel("Presented window")
    window.setWindowTitle("Notes")
    window.setStyleSheet("background: rgb(20, 40, 220);")
    window.resize(320, 200)
    qtbot.addWidget(window)
    window.show()
    assert window in app_windows()
    source = WindowSource(window, slot)
    assert source.capture()
    rgb = slot.peek().rgb  # type: ignore[union-attr]
    assert rgb.shape[:2] == (200, 320)
    assert near(centre_colour(rgb), BLUE, 40)
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen" and os.environ.get("DISPLAY"):
        # X11 (Xvfb): any window by its id, as another application's window would be grabbed.
        by_id = WindowSource(int(window.winId()), slot)
        qtbot.waitUntil(by_id.capture)
        assert slot.peek().rgb.shape[:2] == (200, 320)  # type: ignore[union-attr]


class Presenting(ModClinician):
    """The fake clinician consultation, presenting into what the UI captures."""

    def __init__(self, on_event: Any) -> None:
        super().__init__(on_event)
        self.presenting = False
        self.presentation_view = FrameSlot()
        self.presented: FrameSlot | None = None

    async def start_presenting(self, source: FrameSlot) -> None:
        await self._called("start_presenting")
        self.presented, self.presenting = source, True

    async def stop_presenting(self) -> None:
        await self._called("stop_presenting")
        self.presenting = False


@pytest.fixture
def host(qtbot, translations):
    made: list[Presenting] = []
    bridge = ClinicianBridge(lambda sink: made.append(Presenting(sink)) or made[0])
    win = ClinicianWindow(bridge, translations, QueueModel(lambda: 0.0))
    qtbot.addWidget(win)
    win.show()
    fake = made[0]
    fake.move(CallState.CONNECTING)
    fake.move(CallState.IN_CALL)
    return win, fake


DOC, ANN = person("c-1", "Dr. Berg"), person("p-1", "Ann")


def test_present_menu_starts_and_stops_through_the_consultation(host, run_async) -> None:
    win, fake = host
    control = win.present
    page = win.call_page
    assert control.button.isEnabled() and control.button.text() == "Present"
    assert control.button.accessibleName() == "Present your screen, a window or a PDF file"
    assert [a.text() for a in control.menu.actions() if a.text()] == [
        "Your screen",
        "A window",
        "A PDF file…",
        "Stop presenting",
    ]
    assert not control.stop_action.isEnabled()
    assert control.isAncestorOf(control.button) and page.isAncestorOf(control)

    async def present() -> None:
        control.window_menu.aboutToShow.emit()  # lists this application's windows
        titles = [a.text() for a in control.window_menu.actions()]
        assert win.windowTitle() in titles
        control.window_menu.actions()[titles.index(win.windowTitle())].trigger()
        await win.bridge.wait_for_actions()
        await until(lambda: control.slot.peek() is not None)

    run_async(present())
    assert fake.calls[-1] == ("start_presenting",)
    assert fake.presented is control.slot
    assert control.button.text() == "Presenting" and control.stop_action.isEnabled()
    assert page.self_view._slot is fake.presentation_view  # the self view shows what is sent
    fake.emit(room("c-1", replace(DOC, presenting=True), ANN))
    assert page.presenting_notice.isVisibleTo(page) and page.presenting_notice.text() == "You are presenting"

    async def stop() -> None:
        control.stop_action.trigger()
        await win.bridge.wait_for_actions()

    run_async(stop())
    assert fake.calls[-1] == ("stop_presenting",)
    assert control.source is None and control.button.text() == "Present"
    assert page.self_view._slot is fake.local_video
    fake.emit(room("c-1", DOC, ANN))
    assert not page.presenting_notice.isVisibleTo(page)


@pytest.mark.skipif(pdf_pages() is None, reason="no PDF renderer (QtPdf or Ghostscript) here")
def test_presenting_a_pdf_shows_page_buttons(host, run_async, tmp_path) -> None:
    win, fake = host
    control = win.present
    pdf = write_pdf(tmp_path / "slides.pdf")

    async def present() -> None:
        control.choose_pdf()  # the non-blocking dialog opens; a test answers it by its signal
        assert control.dialog is not None and control.dialog.isVisible()
        control.dialog.fileSelected.emit(str(pdf))
        control.dialog.close()
        await win.bridge.wait_for_actions()

    run_async(present())
    assert fake.calls[-1] == ("start_presenting",)
    assert control.next_page.isVisibleTo(win) and control.page_label.text() == "Page 1 of 2"
    assert not control.previous_page.isEnabled()
    assert near(centre_colour(control.slot.peek().rgb), RED)  # type: ignore[union-attr]
    control.next_page.click()
    assert control.page_label.text() == "Page 2 of 2" and not control.next_page.isEnabled()
    assert near(centre_colour(control.slot.peek().rgb), BLUE)  # type: ignore[union-attr]
    fake.move(CallState.ENDED)  # the call ended: capture stops, page buttons go
    assert control.source is None and not control.next_page.isVisibleTo(win)


def test_someone_elses_presentation_is_announced_and_pinned(host) -> None:
    win, fake = host
    page = win.call_page
    page.set_layout(Layout.GALLERY)
    presenting_ann = replace(ANN, presenting=True)
    fake.emit(room("c-1", DOC, presenting_ann))
    assert page.presenting_notice.text() == "Ann is presenting"
    assert page.presenting_notice.accessibleName() == "Ann is presenting"
    assert page.gallery.layout_mode is Layout.PINNED and page.gallery.pinned == "p-1"
    fake.emit(room("c-1", DOC, ANN))
    assert not page.presenting_notice.isVisibleTo(page)
    assert page.gallery.layout_mode is Layout.GALLERY  # back to what was chosen before


def test_a_refused_presentation_stops_capturing_and_says_why(host, run_async) -> None:
    win, fake = host
    fake.fail["start_presenting"] = refused(ErrorCode.HARD_MUTED)

    async def present() -> None:
        win.present.screen_action.trigger()
        await win.bridge.wait_for_actions()

    run_async(present())
    assert win.present.source is None and win.present.button.text() == "Present"
    assert win.call_page.notice.isVisibleTo(win) and win.call_page.notice.text()
    assert win.call_page.self_view._slot is fake.local_video

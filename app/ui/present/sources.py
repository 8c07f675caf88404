"""What can be presented, captured with Qt into a ``FrameSlot`` that the session's presentation track reads.

* ``ScreenSource``: the primary screen (``QScreen.grabWindow(0)``) on a timer.
* ``WindowSource``: one of this application's own windows (``QWidget.grab``), or on platforms where
  the window system allows it (X11) another window by its id (``QScreen.grabWindow(wid)``).
* ``PdfSource``: one page of a PDF file, rendered with QtPdf where the installed PySide6 has it, else
  with Ghostscript's ``gs``; ``next_page`` / ``previous_page``.

Each converts the ``QImage`` to an RGB numpy array it owns (the image's rows may be padded: the stride
is ``bytesPerLine``, not ``width * 3``) and puts it into ``slot``; only the newest picture is kept.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
from typing import Any, Protocol

import numpy as np
import shiboken6
from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from app.media.frame_slot import FrameSlot, RGBFrame
from app.media.present_size import PRESENT_SIZE, fit_size

CAPTURE_MS = 100  # 10 pictures a second at most; the presentation track paces what is sent


def qimage_to_rgb(image: QImage) -> RGBFrame:
    """A C-contiguous ``(height, width, 3)`` RGB copy of ``image`` (any format)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    if width == 0 or height == 0:
        return np.zeros((0, 0, 3), dtype=np.uint8)
    # A view into the QImage's buffer; the copy below makes the picture independent of it.
    buffer = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=stride * height)
    rows = buffer.reshape(height, stride)[:, : width * 3]
    return np.ascontiguousarray(rows.reshape(height, width, 3)).copy()


class CaptureSource(QObject):
    """Grabs a picture every ``interval_ms`` while started and puts it into ``slot``."""

    ended = Signal()  # what was captured went away (a window closed)

    def __init__(self, slot: FrameSlot, interval_ms: int = CAPTURE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.slot = slot
        self.captured = 0
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.capture)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self.capture()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def capture(self) -> bool:
        """Grab one picture now; False if there was nothing to grab."""
        image = self.grab()
        if image is None or image.isNull() or image.width() < 2 or image.height() < 2:
            return False
        self.slot.put(qimage_to_rgb(image))
        self.captured += 1
        return True

    def grab(self) -> QImage | None:
        raise NotImplementedError


class ScreenSource(CaptureSource):
    """The whole primary screen."""

    def grab(self) -> QImage | None:
        screen = QGuiApplication.primaryScreen()
        return screen.grabWindow(0).toImage() if screen is not None else None


class WindowSource(CaptureSource):
    """One window: a widget of this application, or a native window id where the platform allows."""

    def __init__(
        self,
        target: QWidget | int,
        slot: FrameSlot,
        interval_ms: int = CAPTURE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(slot, interval_ms, parent)
        self.target = target

    def grab(self) -> QImage | None:
        if isinstance(self.target, QWidget):
            if not shiboken6.isValid(self.target):  # the window was closed and deleted
                self.target = 0
                self.stop()
                self.ended.emit()
                return None
            return self.target.grab().toImage() if self.target.isVisible() else None
        if not self.target:
            return None
        screen = QGuiApplication.primaryScreen()
        return screen.grabWindow(self.target).toImage() if screen is not None else None


def app_windows(exclude: QWidget | None = None) -> list[QWidget]:
    """This application's visible top-level windows that have a title (menus and popups have none)."""
    found = []
    for widget in QApplication.topLevelWidgets():
        if widget is exclude or not widget.isVisible() or not widget.isWindow():
            continue
        if widget.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip) or not widget.windowTitle():
            continue
        found.append(widget)
    return found


class PdfPages(Protocol):
    """Renders the pages of one PDF file."""

    def load(self, path: str) -> bool: ...

    def page_count(self) -> int: ...

    def render(self, index: int, box: tuple[int, int]) -> QImage | None: ...


class QtPdfPages:
    """QtPdf (pdfium), when the installed PySide6 has the QtPdf module."""

    def __init__(self, parent: QObject | None = None) -> None:
        qtpdf: Any = importlib.import_module("PySide6.QtPdf")  # not in every PySide6 wheel set
        self._document = qtpdf.QPdfDocument(parent)
        self._ok = qtpdf.QPdfDocument.Error.None_

    def load(self, path: str) -> bool:
        self._document.close()
        return bool(self._document.load(path) == self._ok and self._document.pageCount() > 0)

    def page_count(self) -> int:
        return int(self._document.pageCount())

    def render(self, index: int, box: tuple[int, int]) -> QImage | None:
        points = self._document.pagePointSize(index)
        width, height = fit_size(round(points.width()), round(points.height()), box)
        page: QImage = self._document.render(index, QSize(width, height))
        return on_white(page)


class GhostscriptPages:
    """Ghostscript's ``gs`` command, where QtPdf is missing (it renders a page in about 50 ms)."""

    DPI = 96
    TIMEOUT_S = 10

    def __init__(self, gs: str) -> None:
        self._gs = gs
        self._path: str | None = None
        self._count = 0

    def load(self, path: str) -> bool:
        literal = path.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        command = f"({literal}) (r) file runpdfbegin pdfpagecount = quit"
        try:
            done = subprocess.run(
                [self._gs, "-q", "-dNODISPLAY", "-dSAFER", f"--permit-file-read={path}", "-c", command],
                capture_output=True,
                timeout=self.TIMEOUT_S,
                check=False,
            )
            count = int(done.stdout.decode("ascii", "replace").split()[-1])
        except (OSError, subprocess.SubprocessError, ValueError, IndexError):
            return False
        self._path, self._count = path, count
        return count > 0

    def page_count(self) -> int:
        return self._count

    def render(self, index: int, box: tuple[int, int]) -> QImage | None:
        del box  # rendered at a fixed resolution; the presentation track scales it to fit
        if self._path is None:
            return None
        page = str(index + 1)
        try:
            done = subprocess.run(
                [self._gs, "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=png16m", f"-r{self.DPI}",
                 f"-dFirstPage={page}", f"-dLastPage={page}", "-sOutputFile=-", self._path],
                capture_output=True,
                timeout=self.TIMEOUT_S,
                check=False,
            )  # fmt: skip
        except (OSError, subprocess.SubprocessError):
            return None
        image = QImage.fromData(done.stdout)
        return None if image.isNull() else image


def pdf_pages(parent: QObject | None = None) -> PdfPages | None:
    """The best PDF renderer available here, or None if there is none."""
    try:
        return QtPdfPages(parent)
    except ImportError:
        pass
    gs = shutil.which("gs") or shutil.which("gswin64c")
    return GhostscriptPages(gs) if gs else None


def on_white(page: QImage) -> QImage:
    """A page with transparent parts painted white."""
    image = QImage(page.width(), page.height(), QImage.Format.Format_RGB888)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, page)
    painter.end()
    return image


class PdfSource(QObject):
    """A PDF file, one page at a time; ``pageChanged(index, count)`` after each page is shown."""

    pageChanged = Signal(int, int)

    def __init__(self, slot: FrameSlot, pages: PdfPages | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.slot = slot
        self.pages = pages if pages is not None else pdf_pages(self)
        self.page = 0
        self._count = 0

    @property
    def available(self) -> bool:
        """False when this installation has no PDF renderer."""
        return self.pages is not None

    def load(self, path: str) -> bool:
        """Open ``path`` and show its first page; False if it is not a readable PDF."""
        if self.pages is None or not self.pages.load(path):
            return False
        self._count = self.pages.page_count()
        self.page = 0
        return self.show_page(0)

    @property
    def page_count(self) -> int:
        return self._count

    def start(self) -> None:
        self.show_page(self.page)

    def stop(self) -> None:
        """Nothing runs between page changes."""

    def next_page(self) -> None:
        self.show_page(self.page + 1)

    def previous_page(self) -> None:
        self.show_page(self.page - 1)

    def show_page(self, index: int) -> bool:
        if self.pages is None or self._count < 1:
            return False
        self.page = max(0, min(self._count - 1, index))
        image = self.pages.render(self.page, PRESENT_SIZE)
        if image is None or image.isNull():
            return False
        self.slot.put(qimage_to_rgb(image))
        self.pageChanged.emit(self.page, self._count)
        return True

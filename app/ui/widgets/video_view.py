"""A widget that paints the newest RGB frame of a FrameSlot, scaled with its aspect ratio.

It is told when its slot changes (``FrameSlot.watch``) and then asks Qt for a repaint; the paint takes
the slot's newest frame (``peek``), so a frame is drawn on the next paint after it arrives, several
arrivals between two paints cost one paint, and no timer runs. It watches only while shown, and an
arrival while its window is minimised or covered (not exposed) draws nothing; the paint that
follows showing or restoring the window takes the newest frame. It keeps its own sequence number, so
two views may watch the same slot (``take_new`` would split frames between them).
When its slot is emptied (the participant left) it forgets the last frame rather than freeze on it;
``show_off`` puts a labelled placeholder (initials in a circle, and a caption) in place of the
picture while a camera is off, whatever frames (black filler, a live preview) still arrive.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QMargins, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHideEvent, QImage, QPainter, QPaintEvent, QRegion, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.media.frame_slot import BGRAFrame, FrameSlot, RGBFrame, SlotFrame

BACKGROUND = QColor("#1b2430")
PLACEHOLDER_INK = QColor("#c9d1db")
AVATAR = QColor("#3a4a5e")  # the circle behind a camera-off participant's initials


def initials(name: str) -> str:
    """ "KN" for "Kari Nordmann", "DB" for "Dr. Berg": the first letters of the first and last words."""
    words = [w for w in name.replace(".", " ").split() if w[:1].isalpha()]
    if not words:
        return ""
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def fit_rect(frame_w: int, frame_h: int, area: QRect) -> QRectF:
    """The largest rectangle of the frame's aspect ratio centred inside ``area``."""
    if frame_w <= 0 or frame_h <= 0 or area.width() <= 0 or area.height() <= 0:
        return QRectF()
    scale = min(area.width() / frame_w, area.height() / frame_h)
    w, h = frame_w * scale, frame_h * scale
    return QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)


class VideoView(QWidget):
    """Draws the newest frame of ``slot``; shows ``placeholder`` text when there is none."""

    # Emitted at the end of a paint that drew a frame not drawn before, with where it went (widget
    # coordinates) and the frame's size; the call bench reads the stamp back from those pixels.
    framePainted = Signal(QRectF, int, int)
    # The slot changed. Emitted from whatever thread put the frame; Qt's automatic connection runs
    # the slot on the GUI thread (at once when it is the GUI thread, as for aiortc on the qasync loop).
    _slotChanged = Signal()

    def __init__(
        self, slot: FrameSlot | None = None, *, mirrored: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self._slot = slot
        self._mirrored = mirrored
        self._placeholder = ""
        self._off_initials: str | None = None  # set while the camera shown here is off
        self._keep_clear = QMargins()  # where the placeholder must not go (a self view on top)
        self._frame: SlotFrame | None = None  # the frame shown
        self._rgb: RGBFrame | None = None  # keeps the buffer alive while _image points into it
        self._image: QImage | None = None  # an RGB frame, drawn scaled by Qt
        self._scaled: tuple[int, int, int, QImage, BGRAFrame] | None = (
            None  # seq, w, h: a decoded frame at size
        )
        self._seq = 0
        self._painted_seq = 0
        self.frames_drawn = 0  # distinct frames painted so far (tests and the self-test read it)
        self._unwatch: Callable[[], None] | None = None
        self._slotChanged.connect(self._on_slot_changed)

    def set_slot(self, slot: FrameSlot | None) -> None:
        self._stop_watching()
        self._slot = slot
        self.clear()
        if self.isVisible():
            self._start_watching()

    @property
    def watching(self) -> bool:
        """Whether the view is listening to its slot (only while shown)."""
        return self._unwatch is not None

    def set_mirrored(self, mirrored: bool) -> None:
        self._mirrored = mirrored
        self.update()

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.update()

    def keep_placeholder_clear_of(self, margins: QMargins) -> None:
        """Draw the placeholder inside ``rect() - margins`` (a self view sits in the corner)."""
        self._keep_clear = margins
        self.update()

    def placeholder(self) -> str:
        return self._placeholder

    def has_frame(self) -> bool:
        return self._frame is not None

    @property
    def camera_off(self) -> bool:
        return self._off_initials is not None

    def off_initials(self) -> str:
        return self._off_initials or ""

    def show_off(self, initials_text: str, caption: str) -> None:
        """The camera is off: initials and ``caption`` instead of any picture, until ``show_video``."""
        self._off_initials = initials_text
        self.setAccessibleName(caption)
        self.clear()
        self.set_placeholder(caption)

    def show_video(self) -> None:
        if self._off_initials is not None:
            self._off_initials = None
            self.refresh()
            self.update()

    def clear(self) -> None:
        """Forget the current frame and show the placeholder again."""
        self._frame = self._rgb = self._image = self._scaled = None
        self._seq = 0
        self.update()

    def refresh(self) -> None:
        """Take the slot's newest frame if it is one this view has not shown yet, and repaint."""
        if self._take_newest():
            self.update()

    def _take_newest(self) -> bool:
        """Point ``_image`` at the slot's newest frame; True if what is to be drawn changed."""
        if self._off_initials is not None:
            return False  # the camera is off: no picture, whatever still arrives
        frame = self._slot.peek() if self._slot is not None else None
        if frame is None and self._frame is not None:
            # The slot was emptied (they left): never a frozen frame.
            self._frame = self._rgb = self._image = self._scaled = None
            self._seq = 0
            return True
        if frame is None or frame.seq == self._seq:
            return False
        self._seq = frame.seq
        self._frame = frame
        self._rgb = self._image = None
        if frame.video is None:  # an RGB source (self view, presentation): Qt scales it
            rgb = np.ascontiguousarray(frame.rgb)
            height, width = rgb.shape[0], rgb.shape[1]
            self._rgb = rgb
            self._image = QImage(rgb.data, width, height, rgb.strides[0], QImage.Format.Format_RGB888)
        return True

    def on_screen(self) -> bool:
        """Shown in a window that is not minimised and that the window system says can be seen."""
        if not self.isVisible():
            return False
        window = self.window()
        if window.isMinimized():
            return False
        handle = window.windowHandle()
        return handle is not None and handle.isExposed()

    def _on_slot_changed(self) -> None:
        # Nothing is taken or drawn for a view nobody can see; the paint after it is shown again
        # (or its window restored) takes the newest frame.
        if self._off_initials is None and self.on_screen():
            self.update()

    def _start_watching(self) -> None:
        if self._slot is None or self._unwatch is not None:
            return
        view = weakref.ref(self)

        # Weak, so the slot does not keep a closed view alive; a view whose C++ side is gone raises
        # here and FrameSlot drops the watcher.
        def changed() -> None:
            alive = view()
            if alive is not None:
                alive._slotChanged.emit()

        self._unwatch = self._slot.watch(changed)

    def _stop_watching(self) -> None:
        if self._unwatch is not None:
            self._unwatch()
            self._unwatch = None

    def showEvent(self, event: QShowEvent) -> None:
        self._start_watching()
        self.refresh()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._stop_watching()
        super().hideEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._take_newest()
        painter = QPainter(self)
        frame = self._frame
        if frame is not None:
            frame_w, frame_h = frame.size
            target = fit_rect(frame_w, frame_h, self.rect())
            image = self._image
            if image is None:
                # A decoded frame: converted from YUV and scaled to the size shown in one pass, then
                # drawn 1:1 at whole pixels (a plain copy into the window's buffer).
                target = QRectF(target.toRect())
                image = self._at_size(frame, target)
            # Only the bars around the picture get the background (the picture covers the rest; the
            # inner rectangle is 1 px smaller so no unpainted seam is left at a fractional edge).
            inner = QRegion(target.toAlignedRect().adjusted(1, 1, -1, -1))
            painter.setClipRegion(QRegion(self.rect()).subtracted(inner))
            painter.fillRect(self.rect(), BACKGROUND)
            painter.setClipping(False)
            if self._mirrored:
                painter.translate(target.center().x() * 2, 0)
                painter.scale(-1, 1)
            if image is not None and image is self._image:
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
                painter.drawImage(target, image)
            elif image is not None:
                painter.drawImage(target.topLeft(), image)
            new = self._painted_seq != self._seq
            if new:
                self._painted_seq = self._seq
                self.frames_drawn += 1
            painter.end()
            if new:
                self.framePainted.emit(target, frame_w, frame_h)
            return
        painter.fillRect(self.rect(), BACKGROUND)
        self._paint_placeholder(painter)
        painter.end()

    def _at_size(self, frame: SlotFrame, target: QRectF) -> QImage | None:
        """``frame`` as BGRA at ``target``'s size in device pixels, kept until the frame or size changes."""
        ratio = self.devicePixelRatioF()
        width, height = round(target.width() * ratio), round(target.height() * ratio)
        if width < 2 or height < 2:
            return None
        cached = self._scaled
        if cached is not None and cached[:3] == (frame.seq, width, height):
            return cached[3]
        bgra = frame.bgra(width, height)
        if bgra is None:
            return None
        image = QImage(bgra.data, width, height, bgra.strides[0], QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(ratio)
        self._scaled = (frame.seq, width, height, image, bgra)
        return image

    def _paint_placeholder(self, painter: QPainter) -> None:
        area = self.rect().marginsRemoved(self._keep_clear)
        text_area = area.adjusted(12, 12, -12, -12)
        if self._off_initials:
            side = min(area.width(), area.height()) // 2
            circle = QRect(0, 0, side, side)
            circle.moveCenter(area.center())
            circle.moveTop(max(8, area.center().y() - side * 3 // 4))
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(AVATAR)
            painter.drawEllipse(circle)
            painter.setPen(PLACEHOLDER_INK)
            font = QFont(self.font())
            font.setPixelSize(max(10, side * 2 // 5))
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(circle, int(Qt.AlignmentFlag.AlignCenter), self._off_initials)
            text_area.setTop(circle.bottom() + 6)
        if self._placeholder:
            painter.setPen(PLACEHOLDER_INK)
            font = QFont(self.font())
            font.setPointSize(max(9, min(16, self.height() // 14)))
            painter.setFont(font)
            top = Qt.AlignmentFlag.AlignTop if self._off_initials else Qt.AlignmentFlag.AlignVCenter
            flags = Qt.AlignmentFlag.AlignHCenter | top | Qt.TextFlag.TextWordWrap
            painter.drawText(text_area, int(flags), self._placeholder)

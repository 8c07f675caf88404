"""VideoView paints the newest frame of a FrameSlot with its aspect ratio, or a placeholder."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor

from app.media.frame_slot import FrameSlot
from app.ui.widgets.video_view import BACKGROUND, VideoView, fit_rect


def solid(width: int, height: int, rgb: tuple[int, int, int]) -> np.ndarray:
    frame = np.zeros((height, width, 3), dtype=np.uint8)
    frame[:, :] = rgb
    return frame


def colour_at(view: VideoView, x: int, y: int) -> tuple[int, int, int]:
    colour = QColor(view.grab().toImage().pixel(x, y))
    return colour.red(), colour.green(), colour.blue()


def test_paints_the_frame_scaled_with_its_aspect_ratio(qtbot):
    slot = FrameSlot()
    view = VideoView(slot)
    qtbot.addWidget(view)
    view.resize(400, 200)
    slot.put(solid(40, 30, (200, 30, 40)))  # 4:3 in a 2:1 widget: bars left and right
    view.refresh()
    assert colour_at(view, 200, 100) == (200, 30, 40)
    assert colour_at(view, 5, 100) == (BACKGROUND.red(), BACKGROUND.green(), BACKGROUND.blue())
    assert view.frames_drawn == 1


def test_shows_only_new_frames_and_counts_distinct_frames(qtbot):
    slot = FrameSlot()
    view = VideoView(slot)
    qtbot.addWidget(view)
    view.resize(160, 120)
    slot.put(solid(16, 12, (0, 200, 0)))
    view.refresh()
    view.grab()
    view.grab()  # repainting the same frame is not a new frame
    slot.put(solid(16, 12, (0, 0, 200)))
    view.refresh()
    assert colour_at(view, 80, 60) == (0, 0, 200)
    assert view.frames_drawn == 2


def test_mirrored_view_flips_left_and_right(qtbot):
    slot = FrameSlot()
    view = VideoView(slot, mirrored=True)
    qtbot.addWidget(view)
    view.resize(200, 100)
    frame = solid(20, 10, (255, 0, 0))
    frame[:, 10:] = (0, 0, 255)  # left red, right blue
    slot.put(frame)
    view.refresh()
    assert colour_at(view, 20, 50) == (0, 0, 255)
    assert colour_at(view, 180, 50) == (255, 0, 0)


def test_two_views_on_one_slot_both_get_every_frame(qtbot):
    slot = FrameSlot()
    views = [VideoView(slot), VideoView(slot)]
    for view in views:
        qtbot.addWidget(view)
        view.resize(160, 120)
    slot.put(solid(16, 12, (250, 250, 0)))
    for view in views:
        view.refresh()
        assert colour_at(view, 80, 60) == (250, 250, 0)


def test_visible_view_polls_the_slot_on_its_timer(qtbot):
    slot = FrameSlot()
    view = VideoView(slot)
    qtbot.addWidget(view)
    view.resize(160, 120)
    view.show()
    qtbot.waitExposed(view)
    slot.put(solid(16, 12, (10, 200, 10)))
    qtbot.waitUntil(lambda: view.frames_drawn == 1, timeout=2000)


def test_placeholder_text_without_a_frame(qtbot):
    view = VideoView(FrameSlot())
    qtbot.addWidget(view)
    view.resize(300, 200)
    empty = view.grab().toImage()
    view.set_placeholder("Waiting for the picture…")
    with_text = view.grab().toImage()
    assert not view.has_frame()
    assert empty != with_text  # some text was drawn
    assert colour_at(view, 2, 2) == (BACKGROUND.red(), BACKGROUND.green(), BACKGROUND.blue())


def test_clear_returns_to_the_placeholder(qtbot):
    slot = FrameSlot()
    view = VideoView(slot)
    qtbot.addWidget(view)
    slot.put(solid(16, 12, (255, 255, 255)))
    view.refresh()
    assert view.has_frame()
    view.clear()
    assert not view.has_frame()


def test_fit_rect_keeps_the_aspect_ratio():
    assert fit_rect(640, 480, QRect(0, 0, 800, 300)).getRect() == (200.0, 0.0, 400.0, 300.0)
    assert fit_rect(0, 480, QRect(0, 0, 800, 300)).isEmpty()

"""VideoView paints the newest frame of a FrameSlot with its aspect ratio, or a placeholder."""

from __future__ import annotations

import av
import numpy as np
from PySide6.QtCore import QEvent, QRect, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from app.media.frame_slot import FrameSlot, SlotFrame
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


def shown(qtbot, slot: FrameSlot, size: tuple[int, int] = (160, 120)) -> VideoView:
    view = VideoView(slot)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_new_frame_is_painted_on_arrival_not_on_a_timer(qtbot, qapp) -> None:
    slot = FrameSlot()
    view = shown(qtbot, slot)
    assert view.findChildren(QTimer) == []  # nothing polls
    for n in range(1, 4):
        slot.put(solid(16, 12, (10, 20 * n, 10)))
        qapp.processEvents()  # one turn of the event loop: no 33 ms poll to wait for
        assert view.frames_drawn == n
    assert colour_at(view, 80, 60) == (10, 60, 10)


def test_several_arrivals_between_two_paints_cost_one_paint_of_the_newest(qtbot, qapp) -> None:
    slot = FrameSlot()
    view = shown(qtbot, slot)
    painted: list[int] = []
    view.framePainted.connect(lambda *_: painted.append(slot.count))
    for n in range(5):
        slot.put(solid(16, 12, (n * 50, 0, 0)))
    qapp.processEvents()
    assert painted == [5]


def test_a_hidden_view_draws_nothing_and_shows_the_newest_frame_when_shown_again(qtbot, qapp) -> None:
    slot = FrameSlot()
    view = shown(qtbot, slot)
    slot.put(solid(16, 12, (200, 0, 0)))
    qapp.processEvents()
    view.hide()
    assert not view.watching
    for n in range(5):
        slot.put(solid(16, 12, (0, 0, 40 * n)))
        qapp.processEvents()
    assert view.frames_drawn == 1
    view.show()
    qtbot.waitUntil(lambda: view.frames_drawn == 2, timeout=2000)
    assert colour_at(view, 80, 60) == (0, 0, 160)


def test_a_minimised_window_draws_nothing_until_restored(qtbot, qapp) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    slot = FrameSlot()
    view = VideoView(slot, parent=window)
    view.resize(160, 120)
    window.resize(200, 150)
    window.show()
    qtbot.waitExposed(window)
    slot.put(solid(16, 12, (200, 0, 0)))
    qapp.processEvents()
    assert view.frames_drawn == 1
    window.showMinimized()
    qtbot.waitUntil(lambda: window.isMinimized(), timeout=2000)
    for n in range(5):
        slot.put(solid(16, 12, (0, 40 * n, 0)))
        qapp.processEvents()
    assert not view.on_screen()
    assert view.frames_drawn == 1
    window.showNormal()
    qtbot.waitUntil(lambda: view.frames_drawn == 2, timeout=2000)
    assert colour_at(view, 80, 60) == (0, 160, 0)


def test_an_emptied_slot_shows_the_placeholder_without_polling(qtbot, qapp) -> None:
    slot = FrameSlot()
    view = shown(qtbot, slot)
    slot.put(solid(16, 12, (255, 255, 255)))
    qapp.processEvents()
    assert view.has_frame()
    slot.clear()  # they left
    qapp.processEvents()
    assert not view.has_frame()


def test_a_deleted_view_does_not_stop_the_producer(qtbot, qapp) -> None:
    slot = FrameSlot()
    view = shown(qtbot, slot)
    view.deleteLater()
    qapp.processEvents()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    slot.put(solid(16, 12, (1, 2, 3)))  # must not raise
    slot.put(solid(16, 12, (1, 2, 3)))
    assert slot.count == 2


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


def yuv(width: int, height: int, rgb: tuple[int, int, int]) -> av.VideoFrame:
    return av.VideoFrame.from_ndarray(solid(width, height, rgb), format="rgb24").reformat(format="yuv420p")


def near(colour: tuple[int, int, int], expected: tuple[int, int, int], tolerance: int = 6) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected, strict=True))


def test_a_decoded_frame_is_converted_once_at_the_size_shown_and_drawn_unscaled(qtbot, qapp) -> None:
    slot = FrameSlot()
    view = shown(qtbot, slot, (400, 200))
    slot.put_video(yuv(64, 48, (200, 30, 40)))  # 4:3 in a 2:1 widget: 266×200 in the middle
    qapp.processEvents()
    assert view.frames_drawn == 1
    assert near(colour_at(view, 200, 100), (200, 30, 40))
    assert colour_at(view, 5, 100) == (BACKGROUND.red(), BACKGROUND.green(), BACKGROUND.blue())
    scaled = view._scaled
    assert scaled is not None and scaled[1:3] == (267, 200)  # converted at the size shown, not 64×48
    assert slot.peek()._rgb is None  # and never to full-size RGB


def test_a_hidden_view_converts_nothing(qtbot, qapp, monkeypatch) -> None:
    conversions: list[tuple[int, int]] = []
    real = SlotFrame.bgra
    monkeypatch.setattr(SlotFrame, "bgra", lambda self, w, h: conversions.append((w, h)) or real(self, w, h))
    slot = FrameSlot()
    view = shown(qtbot, slot)
    slot.put_video(yuv(32, 24, (0, 200, 0)))
    qapp.processEvents()
    assert len(conversions) == 1
    view.hide()
    for _ in range(5):
        slot.put_video(yuv(32, 24, (0, 0, 200)))
        qapp.processEvents()
    assert len(conversions) == 1
    view.show()
    qtbot.waitUntil(lambda: len(conversions) == 2, timeout=2000)
    assert near(colour_at(view, 80, 60), (0, 0, 200))

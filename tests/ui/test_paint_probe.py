"""The call bench's paint probe reads the stamp back from what a VideoView actually painted."""

from __future__ import annotations

import av
import numpy as np
import pytest

from app.media.frame_slot import FrameSlot
from app.media.stamp import encode_stamp, wall_clock_ms
from app.media.synthetic_video import make_pattern
from app.ui.widgets.video_view import VideoView
from bench.paint_probe import PaintProbe


@pytest.mark.parametrize("decoded", [False, True], ids=["rgb", "yuv"])
@pytest.mark.parametrize(
    ("frame", "view"), [((640, 480), (640, 480)), ((640, 480), (1000, 700)), ((1280, 720), (900, 560))]
)
def test_reads_the_painted_stamp_at_any_drawn_size(qtbot, frame, view, decoded) -> None:
    slot = FrameSlot()
    video = VideoView(slot)
    qtbot.addWidget(video)
    video.resize(*view)
    video.show()
    qtbot.waitExposed(video)
    probe = PaintProbe(video)
    probe.measuring = True
    sent = wall_clock_ms() - 40
    for counter in range(3):
        rgb = make_pattern(*frame)
        encode_stamp(rgb, counter, sent)
        if decoded:
            slot.put_video(av.VideoFrame.from_ndarray(rgb, format="rgb24").reformat(format="yuv420p"))
        else:
            slot.put(rgb)
        video.refresh()
        qtbot.waitUntil(lambda n=counter: len(probe.latencies) + probe.unread == n + 1, timeout=3000)
    assert probe.unread == 0
    assert probe.painted == 3
    assert all(40 <= latency < 2000 for latency in probe.latencies)


def test_a_picture_without_a_stamp_is_unread_not_a_number(qtbot) -> None:
    slot = FrameSlot()
    video = VideoView(slot)
    qtbot.addWidget(video)
    video.resize(640, 480)
    video.show()
    qtbot.waitExposed(video)
    probe = PaintProbe(video)
    probe.measuring = True
    slot.put(np.full((480, 640, 3), 90, dtype=np.uint8))
    video.refresh()
    qtbot.waitUntil(lambda: probe.unread == 1, timeout=3000)
    assert probe.latencies == []


def test_a_picture_too_small_for_a_stamp_is_unread(qtbot) -> None:
    """A link level that scales the sent picture down (192×144) must not break the measurement."""
    slot = FrameSlot()
    video = VideoView(slot)
    qtbot.addWidget(video)
    video.resize(640, 480)
    video.show()
    qtbot.waitExposed(video)
    probe = PaintProbe(video)
    probe.measuring = True
    slot.put(np.full((144, 192, 3), 90, dtype=np.uint8))
    video.refresh()
    qtbot.waitUntil(lambda: probe.unread == 1, timeout=3000)
    assert probe.latencies == []

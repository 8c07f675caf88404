"""CPU per frame from a decoded frame to the picture in the window, two ways, in one process.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.paint_bench [--frames 60]

"RGB, Qt scales": the drain converts the decoded YUV frame to full-size RGB (``to_ndarray``) and
the view has Qt's raster engine scale it smoothly (the path before issue #17). "YUV, at size": the
drain puts the decoded frame as it is and the view converts and scales it in one swscale pass to
the size shown, then copies it 1:1 (``SlotFrame.bgra``). Both paint a real ``VideoView`` in a
window (backing store) and are timed in process CPU time, so other load on the machine matters less
than for wall time. Frame sizes 640×480 and 1280×720; views 960×720 (about the default call page)
and 1920×1080 (full screen).
"""

from __future__ import annotations

import argparse
import os
import time

import av
from PySide6.QtWidgets import QApplication

from app.media.frame_slot import FrameSlot
from app.media.synthetic_video import make_pattern
from app.ui.widgets.video_view import VideoView


def cpu_ms_per_frame(
    app: QApplication, view: VideoView, slot: FrameSlot, frame: av.VideoFrame, rgb: bool, n: int
) -> float:
    def one() -> None:
        if rgb:
            slot.put(frame.to_ndarray(format="rgb24"))
        else:
            slot.put_video(frame)
        view.repaint()  # paint now, into the window's buffer

    for _ in range(5):
        one()
    start = time.process_time()
    for _ in range(n):
        one()
    return (time.process_time() - start) / n * 1000


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--frames", type=int, default=60)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication([])
    print(f"load: {os.getloadavg()[0]:.2f}   platform: {app.platformName()}")
    print(f"{'frame':<10} {'view':<10} {'RGB, Qt scales ms':>18} {'YUV, at size ms':>16} {'ratio':>6}")
    for fw, fh in ((640, 480), (1280, 720)):
        decoded = av.VideoFrame.from_ndarray(make_pattern(fw, fh), format="rgb24").reformat(format="yuv420p")
        for vw, vh in ((960, 720), (1920, 1080)):
            slot = FrameSlot()
            view = VideoView(slot)
            view.resize(vw, vh)
            view.show()
            app.processEvents()
            old = cpu_ms_per_frame(app, view, slot, decoded, True, args.frames)
            new = cpu_ms_per_frame(app, view, slot, decoded, False, args.frames)
            print(f"{fw}x{fh:<6} {vw}x{vh:<5} {old:>18.2f} {new:>16.2f} {new / old:>6.2f}")
            view.close()


if __name__ == "__main__":
    main()

"""Benchmark the camera: open time, image analysis cost per frame, frame conversion, the whole check.

    .venv/bin/python -m bench.camera_bench [--repeat 20]

Opens the real default camera through Qt Multimedia when one exists (else the synthetic stand-in),
times each analysis step on scikit-image's astronaut photo placed in a frame at 640×480, 1280×720
and 1920×1080 (median of ``--repeat`` runs), the QVideoFrame → numpy conversion and the self-view
RGB conversion, and runs the camera check (default 2 s) against a synthetic camera showing the
photo. Prints one table. Runs on a qasync loop, as the app does.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from app.main.event_loop import QEventLoop
from app.media.camera import open_camera
from app.media.camera.analysis import analyse, largest_face, luminance, sharpness, to_grey
from app.media.camera.faces import load_face_detector
from app.media.camera.feed import CameraFeed
from app.media.camera.qt_convert import convert
from app.media.camera.synthetic import SyntheticCamera
from app.media.frame_slot import FrameSlot
from app.preflight.camera import CameraCheck
from tests.media.camera.pictures import face_frame

SIZES = [(640, 480), (1280, 720), (1920, 1080)]
Row = tuple[str, str, str]


def median_ms(work: Callable[[], object], repeat: int) -> float:
    work()  # warm-up
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


async def open_time(size: tuple[int, int]) -> Row:
    started = time.monotonic()
    handle = open_camera(None, size, FrameSlot())
    frame = await handle.feed.next_frame(after=0, wait_s=5)
    elapsed = time.monotonic() - started
    kind = "synthetic stand-in" if handle.is_stand_in else f"Qt: {handle.name}"
    got = f"{frame.width}×{frame.height}" if frame else "no frame"
    handle.close()
    return (f"camera open → first frame ({kind})", f"{size[0]}×{size[1]} → {got}", f"{elapsed * 1000:.1f} ms")


def analysis_rows(repeat: int) -> list[Row]:
    detector = load_face_detector()
    rows: list[Row] = []
    for width, height in SIZES:
        rgb = face_frame(size=(width, height))
        grey = to_grey(rgb)
        label = f"{width}×{height}"
        steps: list[tuple[str, Callable[[], object]]] = [
            ("luminance (luma plane)", partial(luminance, grey)),
            ("sharpness (Laplacian variance)", partial(sharpness, grey)),
        ]
        if detector is not None:
            steps.append((f"face ({detector.name})", partial(largest_face, grey, detector)))
        steps.append(("whole analysis (one pass)", partial(analyse, grey, detector)))
        rows += [(name, label, f"{median_ms(work, repeat):.2f} ms") for name, work in steps]
    return rows


def conversion_rows(repeat: int) -> list[Row]:
    rows: list[Row] = []
    for width, height in SIZES[:2]:
        frame = QVideoFrame(
            QVideoFrameFormat(QSize(width, height), QVideoFrameFormat.PixelFormat.Format_NV12)
        )
        feed = CameraFeed("bench", preview=FrameSlot())
        picture = convert(frame)
        assert picture is not None
        feed.put(picture.data, picture.pixel_format, width, height)
        newest = feed.newest()
        assert newest is not None
        label = f"{width}×{height}"
        rows.append(
            ("QVideoFrame NV12 → numpy", label, f"{median_ms(partial(convert, frame), repeat):.2f} ms")
        )
        rows.append(("self view NV12 → RGB", label, f"{median_ms(newest.rgb, repeat):.2f} ms"))
    return rows


async def check_rows() -> list[Row]:
    detector = load_face_detector()
    rows: list[Row] = []
    for size in SIZES[:2]:
        camera = SyntheticCamera(CameraFeed("bench"), size=size, image=face_frame(size=size))
        camera.start()
        result = await CameraCheck(camera.feed, detector, requested_size=size).run()
        await camera.aclose()
        codes = ",".join(code.value for code in result.codes)
        rows.append((f"camera check, face photo ({codes})", f"{size[0]}×{size[1]}",
                     f"{result.duration_s:.2f} s"))  # fmt: skip
    return rows


async def run(repeat: int) -> list[Row]:
    rows = [await open_time((640, 480)), await open_time((1280, 720))]
    rows += analysis_rows(repeat)
    rows += conversion_rows(repeat)
    rows += await check_rows()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    rows = asyncio.run(run(args.repeat), loop_factory=QEventLoop)
    del app
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    print(f"{'measure':<{widths[0]}}  {'size':<{widths[1]}}  {'time':>{widths[2]}}")
    for name, size, value in rows:
        print(f"{name:<{widths[0]}}  {size:<{widths[1]}}  {value:>{widths[2]}}")


if __name__ == "__main__":
    main()

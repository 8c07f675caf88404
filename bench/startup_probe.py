"""Child process of bench/startup_bench.py: runs the real ``app.main.run`` and reports the first paint.

``python -m bench.startup_probe patient --service URL`` does what ``python -m app patient --service URL``
does, through the very same ``app.main.run`` (nothing patched), with one addition: before ``run`` it
creates the QApplication itself (``run`` reuses an existing instance; same arguments) and installs an
application-wide event filter. When the first Paint event reaches a top-level ConsultationWindow, it
waits for that event to be handled (a zero-delay timer), writes one JSON line of wall-clock stamps to
stdout and closes the windows, so the app shuts down as when a person closes it (the bench does
not time that). Stamps (``time.time()``, seconds):
``started`` (first line of this module: the interpreter is up), ``qt`` (PySide6.QtCore/QtWidgets
imported and the QApplication constructed), ``imported`` (``app.main`` imported),
``painted`` (the first paint of the window handled); and ``loaded``, which of the heavy packages
that start-up must not need (``LAZY``) were imported by then (tests/main/test_lazy_start.py asserts
it is empty for aiortc, PyAV and OpenCV).
"""

from __future__ import annotations

import time

STARTED = time.time()

import json  # noqa: E402
import sys  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

# Loaded with the first call or pre-call check, never for the first window (app/main/__init__.py).
LAZY = ("aiortc", "av", "cv2", "sounddevice", "aioice", "livekit", "PySide6.QtMultimedia")


class FirstPaint(QObject):
    def __init__(self, window_type: type, stamps: dict[str, object]) -> None:
        super().__init__()
        self._type = window_type
        self._stamps = stamps
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and isinstance(watched.window(), self._type)
        ):
            self._seen = True
            QTimer.singleShot(0, self._report)  # after this paint has been handled
        return False

    def _report(self) -> None:
        self._stamps["painted"] = time.time()
        self._stamps["loaded"] = [name for name in LAZY if name in sys.modules]
        sys.stdout.write(json.dumps(self._stamps) + "\n")
        sys.stdout.flush()
        QApplication.closeAllWindows()  # the app then shuts down as when a person closes it


def main() -> None:
    role, argv = sys.argv[1], sys.argv[2:]
    qapp = QApplication([sys.argv[0]])  # what app.main.run would create
    stamps: dict[str, object] = {"started": STARTED, "qt": time.time()}
    import app.main
    from app.ui.main_window import ConsultationWindow

    stamps["imported"] = time.time()
    probe = FirstPaint(ConsultationWindow, stamps)
    qapp.installEventFilter(probe)
    status = app.main.run(role, argv)
    if "painted" not in stamps:
        sys.stderr.write(f"startup_probe: the app exited ({status}) before painting a window\n")
        sys.exit(3)
    sys.exit(status)


if __name__ == "__main__":
    main()

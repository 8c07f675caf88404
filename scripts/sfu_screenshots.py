"""Screenshots of a room through the media server (issue 14): the clinician's room picker offering the
large room types (with the line on how their media travels) and the call page of a meeting of seven
in the gallery (nine pictures fit; the line under the status says the media passes through the health
region's own media server; each picture carries the person's name, a crossed-out microphone for the
one who muted, the speaker ringed; the status line grades our own link and each picture received),
then the same with one picture's quality explained.

    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python scripts/sfu_screenshots.py [--lang nb] [--high-contrast]

Starts a real Janus (``tests/support/janus.py``) and the real service with ``--janus``; the clinician
is the real clinician window (synthetic camera and microphone); six patients are the app's
consultations without windows (``tests/session/sfu_people.py``). Writes
``docs/screenshots/<lang>/clinician-02b-room-picker-sfu.png``, ``clinician-04h-call-sfu-gallery.png``
and ``clinician-04i-call-sfu-quality.png`` (``--high-contrast``: one language, to
``docs/screenshots/high-contrast``).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.call_quality import OWN_LINK_ID, Grade  # noqa: E402
from app.core.room_types import RoomType  # noqa: E402
from app.main import TRANSLATIONS  # noqa: E402
from app.main.clinician import build_clinician_window  # noqa: E402
from app.session.config import SessionConfig  # noqa: E402
from app.ui.call.gallery import Layout  # noqa: E402
from app.ui.i18n import LANGUAGES, Translations  # noqa: E402
from app.ui.theme import apply_theme  # noqa: E402
from scripts.screenshots import Shooter, set_size, settle, wait  # noqa: E402
from tests.session.sfu_people import leave_all, person  # noqa: E402
from tests.support.janus import JanusServer  # noqa: E402
from tests.support.service import ServiceProcess  # noqa: E402

NAMES = ["Kari Nordmann", "Ola Hansen", "Siv Berg", "Per Lund", "Anne Dahl", "Jon Moe"]


async def walk(lang: str, service_url: str, out: Path) -> None:
    translations = Translations(TRANSLATIONS)
    translations.switch(lang)
    config = SessionConfig(service_url, loopback_only=True)
    c, bridge, _devices = build_clinician_window(config, translations, synthetic_media=True)
    c.login_page.name.setText("Dr. Berg")
    set_size(c, (1100, 760))
    c.show()
    s = Shooter(out)
    patients = [person(service_url, name, 300.0 + 50 * i) for i, name in enumerate(NAMES)]
    try:
        c.login_page.primary.click()
        await wait("sign in", lambda: c.current_page() is c.queue_page)
        options = c.queue_page.room_options
        await wait("room types", lambda: options.kind.count() == len(RoomType))
        options.kind.setCurrentIndex(options.offered.index(RoomType.ADMIN_LARGE))
        await s.shot(c, "clinician", 2, "room-picker-sfu", suffix="b")
        c.queue_page.primary.click()
        await wait("create room", lambda: bridge.room is not None)
        assert bridge.room is not None
        for patient in patients:
            await patient.consultation.login_test(patient.name)
            await patient.consultation.open_room(bridge.room.code)  # type: ignore[union-attr]
            await patient.consultation.knock()  # type: ignore[union-attr]
        await wait("queue", lambda: c.queue_page.view.row_count() == len(patients))
        bridge.admit_all()
        await wait("call", lambda: c.current_page() is c.call_page)
        set_size(c, (1280, 800))
        c.call_page.set_layout(Layout.GALLERY)
        gallery = c.call_page.gallery
        await wait(
            "pictures",
            lambda: (
                len(gallery.tiles) == len(patients)
                and all(t.frames_drawn > 3 for t in gallery.tiles.values())
            ),
        )
        patients[1].consultation.set_microphone_enabled(False)  # a crossed-out microphone on his name
        quality = c.call_page.quality

        def graded() -> bool:
            known = [quality.quality_of(pid) for pid in quality.participant_ids()]
            shown = [q for q in known if q is not None and q.verdict.grade is not Grade.UNKNOWN]
            return OWN_LINK_ID in quality.participant_ids() and len(shown) >= 4

        await wait("quality", graded)
        await wait("muted", lambda: any(label.muted for label in gallery.labels.values()))
        await settle(1.5)
        await s.shot(c, "clinician", 4, "call-sfu-gallery", suffix="h")
        picture = next(pid for pid in quality.participant_ids() if pid != OWN_LINK_ID)
        quality._buttons[picture].click()  # the words on demand
        await settle(0.5)
        await s.shot(c, "clinician", 4, "call-sfu-quality", suffix="i")
    finally:
        await leave_all(patients)
        await bridge.close()
        c.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="repeatable; default: all three")
    parser.add_argument("--high-contrast", action="store_true", help="the high-contrast theme (English)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([sys.argv[0], "-style", "Fusion"])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    apply_theme(app, high_contrast=args.high_contrast)
    shots = ROOT / "docs" / "screenshots"
    with (
        JanusServer() as janus,
        ServiceProcess(
            "--janus", janus.url, "--janus-api-secret-file", str(janus.api_secret_file)
        ) as service,
    ):

        async def all_languages() -> None:
            if args.high_contrast:
                await walk((args.lang or ["en"])[0], service.url, shots / "high-contrast")
                return
            for lang in args.lang or list(LANGUAGES):
                await walk(lang, service.url, shots / lang)

        asyncio.run(all_languages(), loop_factory=lambda: qasync.QEventLoop(app))
    return 0


if __name__ == "__main__":
    sys.exit(main())

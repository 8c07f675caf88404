"""Screenshots of every page of both builds, in one language: ``python scripts/screenshots.py --lang nb``.

Run through ``scripts/screenshots`` (which provides a display and loops over nb, sv and en). Builds the
same concrete service, bridges and windows as ``app.main`` (its private factories are reused, nothing in
app/ is changed), starts the service in-process in dev mode, and presses the buttons a person would, as
``app/ui/self_test.py`` does. Each page is captured with ``QWidget.grab()`` at a fixed window size (1100×760;
the call page at 800×600, 1280×800 and 1920×1080, its other moments at 1280×800) and written to
``docs/screenshots/<lang>/<build>-<NN>-<page>.png``.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.core.call_quality import LinkQuality, QualityReading, grade  # noqa: E402
from app.core.call_state import CallState  # noqa: E402
from app.core.client_version import CLIENT_VERSION, parse_version  # noqa: E402
from app.core.link_quality import Level  # noqa: E402
from app.main import TRANSLATIONS, _is_loopback, build_patient_window  # noqa: E402
from app.main.clinician import build_clinician_window  # noqa: E402
from app.main.identity import login_offer  # noqa: E402
from app.media.codecs import use_fast_h264_preset  # noqa: E402
from app.media.frame_slot import FrameSlot  # noqa: E402
from app.media.sources import synthetic_factory  # noqa: E402
from app.session.auth.identity import IdentityLogins  # noqa: E402
from app.session.config import SessionConfig  # noqa: E402
from app.session.consultation import PatientConsultation  # noqa: E402
from app.session.events import CallStateChanged, MediaFailed, MediaRestored  # noqa: E402
from app.session.version_check import check_client_version  # noqa: E402
from app.ui.bridge import PatientBridge  # noqa: E402
from app.ui.clinician_window import ClinicianWindow  # noqa: E402
from app.ui.demo import arrange_demo  # noqa: E402
from app.ui.i18n import LANGUAGES, Translations  # noqa: E402
from app.ui.patient_window import PatientWindow  # noqa: E402
from app.ui.self_test import MIN_FRAMES, until  # noqa: E402
from app.ui.theme import apply_theme  # noqa: E402

SIZE = (1100, 760)  # every page but the call
CALL_SIZES = ((800, 600), (1280, 800), (1920, 1080))  # the call page: small, laptop, full HD
DOC_SIZE = (1280, 800)  # the call page's other moments (chat open, camera off, leave question)
PATIENT_NAME = "Kari Nordmann"
CLINICIAN_NAME = "Dr. Berg"
SECOND_PATIENT = "Ola Hansen"
CHAT = {
    "nb": ("Hei, jeg er klar.", "Hei Kari! Hvordan går det?"),
    "sv": ("Hej, jag är redo.", "Hej Kari! Hur mår du?"),
    "en": ("Hi, I'm ready.", "Hello Kari! How are you?"),
}
STEP_LIMIT_S = 30.0


async def settle(seconds: float = 0.3) -> None:
    """Let layouts, style sheets and a few video frames reach the screen."""
    await asyncio.sleep(seconds)


async def wait(step: str, condition: Callable[[], bool]) -> None:
    try:
        async with asyncio.timeout(STEP_LIMIT_S):
            await until(condition)
    except TimeoutError:
        raise SystemExit(f"[screenshots] timed out at step: {step}") from None


class Shooter:
    def __init__(self, out: Path) -> None:
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        self.saved: list[Path] = []

    async def shot(self, window: QWidget, build: str, number: int, page: str, suffix: str = "") -> None:
        await settle()
        path = self.out / f"{build}-{number:02d}{suffix}-{page}.png"
        if not window.grab().save(str(path), "PNG"):
            raise SystemExit(f"[screenshots] could not write {path}")
        self.saved.append(path)
        print(f"[screenshots] {path}", flush=True)


def _closed_port_url() -> str:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


async def unreachable_sign_in(translations: Translations, s: Shooter) -> None:
    """The patient app started while its service cannot be reached (a port nobody listens on)."""
    url = _closed_port_url()
    logins = IdentityLogins(url, lambda _url: None)
    offer = await login_offer(logins, patient=True)
    bridge = PatientBridge(
        lambda sink: PatientConsultation(
            SessionConfig(url, loopback_only=True), sink, sources_factory=synthetic_factory()
        )
    )
    window = PatientWindow(bridge, translations, identity=offer)
    window.setFixedSize(*SIZE)
    window.show()
    try:
        await s.shot(window, "patient", 1, "sign-in-unreachable")
    finally:
        await offer.aclose()
        await bridge.close()
        await logins.close()
        window.close()
        window.deleteLater()


async def version_shots(translations: Translations, versions_urls: tuple[str, str], s: Shooter) -> None:
    """The patient app against services whose deployment offers a newer version (the quiet line) and
    one that no longer supports this version (the page in place of the sign-in): the real check."""
    pages = ("sign-in-new-version", "update-required")
    for url, suffix, page in zip(versions_urls, "vw", pages, strict=True):
        bridge = PatientBridge(
            lambda sink, url=url: PatientConsultation(
                SessionConfig(url, loopback_only=True), sink, sources_factory=synthetic_factory()
            )
        )
        window = PatientWindow(bridge, translations)
        window.login_page.name.setText(PATIENT_NAME)
        window.setFixedSize(*SIZE)
        window.show()
        try:
            window.show_version(await check_client_version(url))
            await s.shot(window, "patient", 1, page, suffix=suffix)
        finally:
            await bridge.close()
            window.close()
            window.deleteLater()


def set_size(window: QWidget, size: tuple[int, int]) -> None:
    window.setMinimumSize(*size)
    window.setMaximumSize(*size)
    window.resize(*size)


async def call_shots(p: PatientWindow, c: ClinicianWindow, s: Shooter) -> None:
    """The call page at each size (people open for the clinician, panels closed for the patient), then
    the patient's with the chat open."""
    for w, h in CALL_SIZES:
        for window in (p, c):
            set_size(window, (w, h))
        await settle(0.8)
        await s.shot(p, "patient", 5, f"call-{w}x{h}")
        await s.shot(c, "clinician", 4, f"call-{w}x{h}")
    for window in (p, c):
        set_size(window, DOC_SIZE)
    p.call_page.open_panel(p.chat_panel)
    c.call_page.open_panel(c.chat_panel)
    await settle(0.5)
    await s.shot(p, "patient", 5, "call-chat-open", suffix="a")
    await s.shot(c, "clinician", 4, "call-people-and-chat", suffix="a")
    p.call_page.open_panel(p.chat_panel, False)
    c.call_page.open_panel(c.chat_panel, False)


async def quality_shots(p: PatientWindow, s: Shooter) -> None:
    """The connection indicator explained in words (the real link's verdict), then the audio-only offer
    as a weak link makes it (that verdict is given to the page here: loopback never is that weak)."""
    indicator = p.call_page.quality
    await wait("quality measured", lambda: bool(indicator.buttons()))
    button = indicator.buttons()[0]
    button.click()
    await settle(0.3)
    await s.shot(p, "patient", 5, "call-connection-explained", suffix="d")
    button.click()
    pid = indicator.participant_ids()[0]
    weak = LinkQuality(pid, grade(QualityReading(loss=0.12, rtt_s=0.9, fps=4)), Level.MINIMAL, True)
    real = indicator.quality_of(pid)
    p.patient_bridge.callQuality.emit(weak)
    button.click()
    await settle(0.3)
    await s.shot(p, "patient", 5, "call-audio-only-offer", suffix="e")
    button.click()
    if real is not None:
        p.patient_bridge.callQuality.emit(real)


async def recovery_shots(p: PatientWindow, c: ClinicianWindow, s: Shooter) -> None:
    """The media stopped: "Reconnecting…" where the picture was, then the choice (issue 12, finding 2).
    The events are the ones the session emits then (tests/e2e/test_media_recovery.py makes real ones),
    and the picture is taken away as the session does."""
    pages = ((p, p.patient_bridge), (c, c.clinician_bridge))
    for window, bridge in pages:
        window.call_page.remote_view.set_slot(FrameSlot())
        bridge.on_event(CallStateChanged(CallState.IN_CALL, CallState.RECONNECTING))
    await settle(0.5)
    await s.shot(p, "patient", 5, "call-reconnecting", suffix="f")
    for _window, bridge in pages:
        bridge.on_event(MediaFailed())
    await settle(0.5)
    await s.shot(p, "patient", 5, "call-could-not-restore", suffix="g")
    await s.shot(c, "clinician", 4, "call-could-not-restore", suffix="c")
    for window, bridge in pages:
        bridge.on_event(MediaRestored())
        bridge.on_event(CallStateChanged(CallState.RECONNECTING, CallState.IN_CALL))
        window.call_page.remote_view.set_slot(bridge.remote_video)


async def walk(lang: str, service_url: str, out: Path, versions_urls: tuple[str, str]) -> list[Path]:
    translations = Translations(TRANSLATIONS)
    translations.switch(lang)
    config = SessionConfig(service_url, loopback_only=_is_loopback(service_url))
    # The clinician build's window with its device check (the pattern and tone stand in for devices).
    c, clinician_bridge, clinician_devices = build_clinician_window(
        config, translations, synthetic_media=True
    )
    p, patient_bridge, devices = build_patient_window(config, translations, synthetic_media=True)
    preflight = p.preflight
    assert preflight is not None
    arrange_demo(p, c)
    p.login_page.name.setText(PATIENT_NAME)
    c.login_page.name.setText(CLINICIAN_NAME)
    for window in (c, p):
        set_size(window, SIZE)
        window.show()
    s = Shooter(out)
    second = PatientConsultation(
        config, lambda _event: None, sources_factory=synthetic_factory()
    )  # knocks during the call
    try:
        await unreachable_sign_in(translations, s)
        await version_shots(translations, versions_urls, s)
        await s.shot(p, "patient", 1, "sign-in")
        await s.shot(c, "clinician", 1, "sign-in")
        c.login_page.primary.click()
        p.login_page.primary.click()
        await wait("sign in", lambda: c.current_page() is c.queue_page and p.current_page() is p.code_page)
        assert c.device_check is not None
        await wait("device check", lambda: c.device_check.controller.report is not None)
        await s.shot(c, "clinician", 2, "create-room")
        c.queue_page.primary.click()
        await wait("create room", lambda: bool(p.code_page.code.text()))
        await s.shot(p, "patient", 2, "room-code")
        p.code_page.primary.click()
        await wait("enter code", lambda: p.current_page() is p.ready_page)
        await wait("pre-call check", p.ready_page.primary.isEnabled)
        await s.shot(p, "patient", 3, "ready-precall-check")
        p.ready_page.primary.click()
        await wait("I'm ready", lambda: p.current_page() is p.waiting_page)
        await wait("queue", lambda: c.queue_page.view.row_count() > 0)
        await s.shot(p, "patient", 4, "waiting")
        # What the waiting room says the moment the connection to the service drops (the signal the
        # session sends then; tests/ui/test_outage.py drops a real one), and when it is back.
        p.patient_bridge.connectionChanged.emit(False)
        await s.shot(p, "patient", 4, "waiting-reconnecting")
        p.patient_bridge.connectionChanged.emit(True)
        await s.shot(p, "patient", 4, "waiting-connected-again")
        row = c.queue_page.view.row(0)
        if not row.why.isHidden():
            row.why.click()  # the pre-call findings in words, each under its heading
        await s.shot(c, "clinician", 3, "queue")
        c.queue_page.view.row(0).admit.click()
        await wait("admit", lambda: p.current_page() is p.call_page and c.current_page() is c.call_page)
        await wait(
            "remote video",
            lambda: (
                p.call_page.remote_view.frames_drawn >= MIN_FRAMES
                and c.call_page.remote_view.frames_drawn >= MIN_FRAMES
            ),
        )
        mine, theirs = CHAT[lang]
        p.chat_panel.entry.setText(mine)
        p.chat_panel.send.click()
        await wait("chat", lambda: c.chat_panel.lines.count() >= 1)
        c.chat_panel.entry.setText(theirs)
        c.chat_panel.send.click()
        await wait("chat reply", lambda: p.chat_panel.lines.count() >= 2)
        # A second patient knocks during the call: the clinician's call page shows it (issue 11, finding 4).
        await second.login_test(SECOND_PATIENT)
        assert c.clinician_bridge.room is not None
        await second.open_room(c.clinician_bridge.room.code)
        await second.knock()
        await wait("knock in call", c.knock_banner.isVisible)
        await settle(0.5)
        await call_shots(p, c, s)
        await quality_shots(p, s)
        # Camera off shows initials and words on both sides (finding 8).
        p.call_page.camera.click()
        await wait("camera off seen", lambda: c.call_page.remote_view.camera_off)
        await settle(0.5)
        await s.shot(p, "patient", 5, "call-camera-off", suffix="b")
        await s.shot(c, "clinician", 4, "call-camera-off", suffix="b")
        p.call_page.camera.click()
        await recovery_shots(p, c, s)
        # Hang up asks first, in the page (finding 9).
        p.call_page.hang_up.click()
        await s.shot(p, "patient", 5, "call-leave-confirm", suffix="c")
        p.call_page.confirm.confirm()
        for window in (p, c):
            set_size(window, SIZE)
        await wait("hang up", lambda: p.current_page() is p.ended_page and c.current_page() is c.ended_page)
        await s.shot(p, "patient", 6, "ended")
        await s.shot(c, "clinician", 5, "ended")
        for window, build, number in ((p, "patient", 7), (c, "clinician", 6)):
            window.settings_button.click()
            await wait("settings", lambda w=window: w.current_page() is w.settings_page)
            await s.shot(window, build, number, "settings")
            window.help_button.click()
            await wait("help", lambda w=window: w.current_page() is w.help_page)
            await s.shot(window, build, number + 1, "help")
            window.help_page.primary.click()
    finally:
        await second.close()
        await preflight.close()
        if c.device_check is not None:
            await c.device_check.controller.close()
        for bridge in (patient_bridge, clinician_bridge):
            await bridge.close()
        await devices.aclose()
        if clinician_devices is not None:
            await clinician_devices.aclose()
        for window in (p, c):
            window.close()
            window.deleteLater()
    return s.saved


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="repeatable; default: all three")
    parser.add_argument("--out", type=Path, help="default: docs/screenshots (high contrast: …/high-contrast)")
    parser.add_argument("--high-contrast", action="store_true", help="the high-contrast theme")
    args = parser.parse_args()
    out = args.out or ROOT / "docs" / "screenshots" / ("high-contrast" if args.high_contrast else "")
    langs = args.lang or list(LANGUAGES)
    app = QApplication.instance() or QApplication([sys.argv[0], "-style", "Fusion"])
    assert isinstance(app, QApplication)
    use_fast_h264_preset()
    app.setApplicationName("Samtale")
    app.setQuitOnLastWindowClosed(False)
    apply_theme(app, high_contrast=args.high_contrast)

    from server.client_versions import ClientVersionSettings
    from server.embedded import start_embedded_service
    from server.settings import ServiceSettings

    service = start_embedded_service(ServiceSettings(dev_mode=True))
    # Two deployments for the version notices: a newer version out, and this one no longer supported.
    major, minor, _ = parse_version(CLIENT_VERSION)
    next_version = f"{major}.{minor + 1}.0"
    newer, too_old = (
        start_embedded_service(ServiceSettings(dev_mode=True, client_versions=versions))
        for versions in (
            ClientVersionSettings(CLIENT_VERSION, next_version, "https://samtale.example.org/download"),
            ClientVersionSettings(next_version, next_version, "https://samtale.example.org/download"),
        )
    )
    try:

        async def all_languages() -> None:
            for lang in langs:
                await walk(lang, service.url, out / lang, (newer.url, too_old.url))

        asyncio.run(all_languages(), loop_factory=lambda: qasync.QEventLoop(app))
    finally:
        for each in (service, newer, too_old):
            each.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

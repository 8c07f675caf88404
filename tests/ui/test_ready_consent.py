"""Where the deployment asks for consent, the ready page shows its text in the UI's language and a box
to tick; "I'm ready" without the tick says why in the page and sends nothing; with it, the knock
carries the consent. Where none is asked, nothing is shown and the knock carries none."""

from __future__ import annotations

from app.core.protocol.rest import ConsentInfo
from app.ui.lobby.ready_page import ReadyPage
from tests.ui.fakes import ROOM
from tests.ui.helpers import until
from tests.ui.test_bridge import patient

TEXTS = {
    "nb": "Jeg samtykker til videokonsultasjon.",
    "sv": "Jag samtycker.",
    "en": "I agree to a video call.",
}


def test_consent_is_asked_before_knocking(qtbot, translations, run_async) -> None:
    async def walk() -> None:
        bridge, fake = patient()
        fake.consent = ConsentInfo(True, TEXTS, "v1")
        page = ReadyPage(bridge)
        qtbot.addWidget(page)
        page.show()
        page.set_room(ROOM)
        assert page.consent_box.isVisible() and not page.consent_box.isChecked()
        assert page.consent_text.text() == TEXTS["en"]
        page.primary.click()
        assert page.error.isVisible()
        assert "consent" in page.error.text()
        assert ("knock",) not in [c[:1] for c in fake.calls]
        page.consent_box.setChecked(True)
        page.primary.click()
        await until(lambda: any(c[0] == "knock" for c in fake.calls))
        (knock,) = [c for c in fake.calls if c[0] == "knock"]
        assert ("consent", True) in knock
        translations.switch("nb")
        await until(lambda: page.consent_text.text() == TEXTS["nb"])
        assert page.consent_box.text() == "Jeg har lest dette og samtykker"

    run_async(walk())


def test_no_consent_asked_nothing_shown(qtbot, translations, run_async) -> None:
    async def walk() -> None:
        bridge, fake = patient()
        page = ReadyPage(bridge)
        qtbot.addWidget(page)
        page.show()
        page.set_room(ROOM)
        assert not page.consent_box.isVisible() and not page.consent_text.isVisible()
        page.primary.click()
        await until(lambda: any(c[0] == "knock" for c in fake.calls))
        (knock,) = [c for c in fake.calls if c[0] == "knock"]
        assert ("consent", True) not in knock

    run_async(walk())

"""The emergency notice on the patient's "I'm ready" page (with the pre-call check) and in the
waiting room, in each language, from the deployment's region or its own words."""

from __future__ import annotations

import pytest

from app.core.call_state import CallState
from app.core.emergency import EmergencyNotice
from app.ui.patient_window import PatientWindow
from tests.ui.helpers import until
from tests.ui.test_bridge import patient


def make(qtbot, translations, notice: EmergencyNotice):
    bridge, fake = patient()
    win = PatientWindow(bridge, translations, emergency=notice)
    qtbot.addWidget(win)
    win.show()
    return win, fake


@pytest.mark.parametrize(
    ("language", "region", "words"),
    [
        ("en", "no", "Is it urgent? Call 113, or the out-of-hours service (legevakt) on 116 117."),
        ("nb", "no", "Haster det? Ring 113, eller legevakten på 116 117."),
        ("sv", "se", "Ring 112 vid akut fara, 1177 för sjukvårdsrådgivning."),
        ("en", None, "Samtale is not for emergencies. If a life is in danger, call 112."),
    ],
)
def test_the_notice_before_and_while_waiting(qtbot, translations, run_async, language, region, words):
    translations.switch(language)
    win, fake = make(qtbot, translations, EmergencyNotice(region=region))

    async def walk() -> None:
        qtbot.keyClicks(win.login_page.name, "Ann Olsen")
        win.login_page.primary.click()
        await until(lambda: win.current_page() is win.code_page)
        qtbot.keyClicks(win.code_page.code, "KX7-42Q")
        win.code_page.primary.click()
        await until(lambda: win.current_page() is win.ready_page)
        assert win.ready_emergency.text() == words
        assert win.ready_emergency.isVisible()
        win.ready_page.primary.click()
        await win.bridge.wait_for_actions()
        fake.move(CallState.WAITING)
        assert win.current_page() is win.waiting_page
        assert win.waiting_emergency.text() == words
        assert win.waiting_emergency.isVisible()
        assert win.waiting_emergency.accessibleName() == words

    run_async(walk())


def test_the_deployment_own_words_follow_the_language(qtbot, translations):
    own = {"nb": "Ring legevakten på 116 117.", "sv": "Ring 1177.", "en": "Call 116 117."}
    win, _fake = make(qtbot, translations, EmergencyNotice(texts=own))
    assert win.ready_emergency.text() == "Call 116 117."
    translations.switch("sv")
    assert win.ready_emergency.text() == "Ring 1177."
    assert win.waiting_emergency.text() == "Ring 1177."

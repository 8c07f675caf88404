"""The invitation in the patient's language: the e-mail text with how to prepare and the emergency
notice, a text message under 160 characters, and the clinician's copy and e-mail buttons."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtGui import QGuiApplication

from app.core.emergency import EmergencyNotice
from app.core.protocol import RoomInfo
from app.ui.clinician_window import ClinicianWindow
from app.ui.invitation import SMS_LIMIT, InvitationWriter
from app.ui.queue.queue_model import QueueModel
from tests.ui.conftest import TRANSLATIONS
from tests.ui.test_bridge import clinician

ROOM = RoomInfo(
    room_id="r_1",
    code="K7QM-4XPT",
    title="Video consultation",
    host_name="Dr Lind",
    link="https://video.region.example/join/K7QM-4XPT",
)
WORDS = {
    "nb": ("Videokonsultasjon med Dr Lind", "Slik forbereder du deg:", "Haster det? Ring 113"),
    "sv": ("Videobesök hos Dr Lind", "Så förbereder du dig:", "Är det bråttom? Ring 113"),
    "en": ("Video consultation with Dr Lind", "To prepare:", "Is it urgent? Call 113"),
}


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_the_invitation_in_each_language(qapp, language):
    invitation = InvitationWriter(TRANSLATIONS, EmergencyNotice(region="no")).write(ROOM, language)
    subject, prepare, urgent = WORDS[language]
    assert invitation.subject == subject
    for part in (ROOM.link, ROOM.code, prepare, urgent, "Dr Lind"):
        assert part in invitation.body
    assert invitation.body.count("\n- ") == 4  # quiet place, headset, charge, join early
    assert ROOM.link in invitation.sms and ROOM.code in invitation.sms
    assert len(invitation.sms) < SMS_LIMIT


@pytest.mark.parametrize("language", ["nb", "sv", "en"])
def test_the_text_message_stays_one_message_with_long_names_and_links(qapp, language):
    room = RoomInfo(
        room_id="r_1",
        code="K7QM-4XPT",
        title="",
        host_name="Dr Anna-Karin Bergström-Johansson Lindqvist",
        link="https://videokonsultasjon.helse-sorost.example.no/join/drannakarinbergstrom",
    )
    sms = InvitationWriter(TRANSLATIONS).write(room, language).sms
    assert len(sms) <= SMS_LIMIT
    assert room.link in sms and room.code in sms


def test_the_clinician_copies_and_mails_the_invitation(qtbot, translations, run_async):
    bridge, _fake = clinician()
    opened = []
    win = ClinicianWindow(
        bridge,
        translations,
        QueueModel(lambda: 0.0),
        invitations=InvitationWriter(TRANSLATIONS, EmergencyNotice(region="se")),
    )
    assert win.invite_panel is not None
    win.invite_panel._open_url = opened.append
    qtbot.addWidget(win)
    win.show()

    async def walk() -> None:
        win.bridge.login("Dr. Berg")
        await win.bridge.wait_for_actions()
        win.queue_page.primary.click()
        await win.bridge.wait_for_actions()

    run_async(walk())
    panel = win.invite_panel
    assert panel.isVisible()
    assert panel.copy_invitation.text() == "Copy invitation"
    panel.language.setCurrentIndex(panel.language.findData("sv"))
    panel.copy_sms.click()
    room = win.clinician_bridge.room
    assert room is not None
    assert QGuiApplication.clipboard().text().startswith(f"Videobesök hos {room.host_name}.")
    assert panel.copy_sms.text() == "Text message copied"
    panel.copy_invitation.click()
    assert "Ring 112 vid akut fara, 1177 för sjukvårdsrådgivning." in QGuiApplication.clipboard().text()
    panel.email.click()
    (url,) = opened
    parts = urlsplit(url.toString(url.ComponentFormattingOption.FullyEncoded))
    assert parts.scheme == "mailto"
    fields = parse_qs(parts.query)
    assert fields["subject"] == [f"Videobesök hos {room.host_name}"]
    assert "Så förbereder du dig:" in fields["body"][0]
    translations.switch("nb")
    qtbot.waitUntil(lambda: panel.email.text() == "Åpne i e-post")

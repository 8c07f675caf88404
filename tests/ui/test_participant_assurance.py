"""The participant list says when someone signed in with an e-mail code (the lower level), and only then."""

from __future__ import annotations

from app.core.protocol import Role, Verification
from app.core.protocol.moderation import ParticipantState
from app.ui.call.participants_panel import ParticipantRow


def person(verified_by: Verification | None) -> ParticipantState:
    return ParticipantState("p1", "Kari", Role.PATIENT, False, True, True, verified_by=verified_by)


def test_an_email_sign_in_is_said_in_the_participant_list(qtbot, translations) -> None:
    rows = [
        ParticipantRow(None, person(v), False, False)
        for v in (Verification.EMAIL, Verification.BANKID_SE, None)
    ]  # type: ignore[arg-type]
    for row in rows:
        qtbot.addWidget(row)
    email, bankid, unknown = (row.state.text() for row in rows)
    assert email == "E-mail code only (no e-ID) · microphone on · camera on"
    assert bankid == unknown == "microphone on · camera on"
    assert "E-mail code only" in rows[0].state.accessibleName()

"""The invitation a clinician sends a patient, in the patient's language (nb, sv, en), whatever the
language of the clinician's own window: an e-mail (subject and body, with how to prepare and the
emergency notice) and a text message under 160 characters.

The sentences are marked with ``QT_TRANSLATE_NOOP`` (context ``invitation``) so lupdate collects them,
and are looked up in the chosen language's translation file at the time of writing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from app.core.emergency import EmergencyNotice
from app.core.protocol import RoomInfo
from app.ui.i18n import load_translator

SMS_LIMIT = 160  # one text message; longer ones are split and may arrive out of order

SUBJECT = str(QT_TRANSLATE_NOOP("invitation", "Video consultation with {host}"))
GREETING = str(QT_TRANSLATE_NOOP("invitation", "Hello,"))
WITH_HOST = str(QT_TRANSLATE_NOOP("invitation", "You are invited to a video consultation with {host}."))
JOIN_LINK = str(
    QT_TRANSLATE_NOOP(
        "invitation", "At the agreed time, open this link on your phone, tablet or computer: {link}"
    )
)
JOIN_CODE = str(QT_TRANSLATE_NOOP("invitation", "Or open the Samtale app and type the code {code}."))
PREPARE = str(QT_TRANSLATE_NOOP("invitation", "To prepare:"))
QUIET = str(QT_TRANSLATE_NOOP("invitation", "- Find a quiet place where you can talk freely."))
HEADSET = str(QT_TRANSLATE_NOOP("invitation", "- Use a headset if you have one."))
CHARGE = str(QT_TRANSLATE_NOOP("invitation", "- Charge your phone, or plug in your computer."))
EARLY = str(QT_TRANSLATE_NOOP("invitation", "- Join a few minutes early to check your camera and sound."))
SMS = str(
    QT_TRANSLATE_NOOP(
        "invitation", "Video consultation with {host}. At the agreed time, open {link} (code {code})"
    )
)
# The emergency notice in the patient's language (as app/ui/messages.py words it for the window).
URGENT_NO = str(
    QT_TRANSLATE_NOOP(
        "invitation", "Is it urgent? Call 113, or the out-of-hours service (legevakt) on 116 117."
    )
)
URGENT_SE = str(QT_TRANSLATE_NOOP("invitation", "Call 112 in an emergency, 1177 for health-care advice."))
URGENT = str(
    QT_TRANSLATE_NOOP("invitation", "Samtale is not for emergencies. If a life is in danger, call 112.")
)


@dataclass(frozen=True, slots=True)
class Invitation:
    subject: str
    body: str
    sms: str


class InvitationWriter:
    """Writes invitations in any of the app's languages from the translation files in ``directory``."""

    def __init__(self, directory: Path, emergency: EmergencyNotice | None = None) -> None:
        self._directory = directory
        self._emergency = emergency if emergency is not None else EmergencyNotice()
        self._translators: dict[str, QTranslator | None] = {}

    def _t(self, language: str, source: str) -> str:
        if language == "en":
            return source
        if language not in self._translators:
            self._translators[language] = load_translator(self._directory, language)
        translator = self._translators[language]
        text = translator.translate("invitation", source) if translator is not None else ""
        return text or source

    def _urgent(self, language: str) -> str:
        own = self._emergency.text_for(language)
        if own is not None:
            return own
        source = {"no": URGENT_NO, "se": URGENT_SE}.get(self._emergency.region or "", URGENT)
        return self._t(language, source)

    def write(self, room: RoomInfo, language: str) -> Invitation:
        def t(source: str) -> str:
            return self._t(language, source).format(host=room.host_name, link=room.link, code=room.code)

        body = "\n".join(
            [
                t(GREETING),
                "",
                t(WITH_HOST),
                "",
                t(JOIN_LINK),
                t(JOIN_CODE),
                "",
                t(PREPARE),
                t(QUIET),
                t(HEADSET),
                t(CHARGE),
                t(EARLY),
                "",
                self._urgent(language),
            ]
        )
        sms = t(SMS)
        if len(sms) > SMS_LIMIT:  # a very long name: the link and the code matter most
            sms = self._t(language, SMS).format(
                host=room.host_name[:16] + "…", link=room.link, code=room.code
            )
        if len(sms) > SMS_LIMIT:
            sms = f"{room.link} ({room.code})"
        return Invitation(t(SUBJECT), body, sms)

"""How the call is going with each participant: good, weak or poor, with a symbol and a word (never
colour alone), explained in plain words on demand, and the offer of audio only when the link is too weak.

``QualityIndicator`` sits in the call page's status line: one flat button per remote participant
("Connection with Anna: good" — a filled, half or empty circle and the word). Pressing it opens or
closes ``details`` below the status line: what is wrong in words (from the verdict's reason codes) and
what the app does about it. When the sender's rule offers audio only, ``details`` shows the offer with
*Audio only* and *Keep the picture*; while audio only, *Try the picture again*. The session's
``LinkQuality`` comes through ``SessionBridge.callQuality``.

In a media-server room the verdicts say what they measured (``LinkQuality.measured``): "Your
connection to the media server" (our own publications and the mix coming back) and, for each picture
received, "Picture from Anna" (that picture's way from the media server to us). The words say what
cannot be known there: how the sender's own connection is doing, and the delay of a link that only
receives. A picture no longer received loses its button. The buttons wrap onto further lines.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from app.core.call_quality import Grade, LinkQuality, Measured, Reason
from app.core.link_quality import Level
from app.core.protocol import Participant
from app.ui.bridge import SessionBridge
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.named import named

translate = QCoreApplication.translate
SYMBOL = {Grade.GOOD: "●", Grade.WEAK: "◐", Grade.POOR: "○", Grade.UNKNOWN: "·"}
PRUNE_MS = 1000  # how often pictures no longer received lose their button (a media-server room)


def grade_word(grade: Grade) -> str:
    match grade:
        case Grade.GOOD:
            return translate("quality", "good")
        case Grade.WEAK:
            return translate("quality", "weak")
        case Grade.POOR:
            return translate("quality", "poor")
        case _:
            return translate("quality", "being measured")


def reason_text(reason: Reason) -> str:
    match reason:
        case Reason.LOSS:
            return translate("quality", "Some of the sound and picture is lost on the way.")
        case Reason.DELAY:
            return translate("quality", "Sound takes a long time to arrive, so you may talk over each other.")
        case Reason.JITTER:
            return translate("quality", "Sound arrives unevenly and may stutter.")
        case Reason.FRAME_RATE:
            return translate("quality", "The picture moves in jerks.")
        case Reason.AUDIO_ONLY:
            return translate("quality", "The picture is paused so that the sound stays clear.")


def level_text(level: Level) -> str:
    if level in (Level.REDUCED, Level.LOW, Level.MINIMAL):
        return translate("quality", "Your picture is sent smaller to keep the sound clear.")
    return ""


def explanation(quality: LinkQuality, name: str) -> str:
    verdict = quality.verdict
    match quality.measured:
        case Measured.OWN_LINK:
            if verdict.grade is Grade.UNKNOWN:
                return translate("quality", "Your connection to the media server is still being measured.")
            said = translate("quality", "Your connection to the media server is {grade}.")
        case Measured.FROM_SERVER:
            if verdict.grade is Grade.UNKNOWN:
                return translate("quality", "The picture from {name} is still being measured.").format(
                    name=name
                )
            said = translate(
                "quality", "The picture from {name} reaches you through the media server: {grade}."
            )
        case _:
            if verdict.grade is Grade.UNKNOWN:
                return translate("quality", "The connection with {name} is still being measured.").format(
                    name=name
                )
            said = translate("quality", "The connection with {name} is {grade}.")
    lines = [said.format(name=name, grade=grade_word(verdict.grade))]
    lines += [reason_text(reason) for reason in verdict.reasons]
    if (text := level_text(quality.level)) and Reason.AUDIO_ONLY not in verdict.reasons:
        lines.append(text)
    if verdict.grade is Grade.GOOD and quality.measured is Measured.FROM_SERVER:
        lines.append(translate("quality", "The picture arrives as it should."))
    elif verdict.grade is Grade.GOOD:
        lines.append(translate("quality", "Sound and picture arrive as they should."))
    if quality.measured is Measured.OWN_LINK:
        lines.append(
            translate(
                "quality",
                "This is your own link: your sound and picture to the media server, and the sound of the "
                "room back to you.",
            )
        )
    if quality.measured is Measured.FROM_SERVER:
        lines.append(
            translate(
                "quality",
                "Only the way from the media server to you is measured. How {name}'s own connection is "
                "doing cannot be seen from here, and the delay cannot be measured on a picture that only "
                "comes to you.",
            ).format(name=name)
        )
    return " ".join(lines)


def button_text(quality: LinkQuality, name: str) -> str:
    grade = grade_word(quality.verdict.grade)
    match quality.measured:
        case Measured.OWN_LINK:
            return translate("quality", "Your connection to the media server: {grade}").format(grade=grade)
        case Measured.FROM_SERVER:
            return translate("quality", "Picture from {name}: {grade}").format(name=name, grade=grade)
        case _:
            return translate("quality", "Connection with {name}: {grade}").format(name=name, grade=grade)


def button_label(quality: LinkQuality, name: str) -> str:
    """What the button shows (its accessible name is ``button_text``): short where there may be ten."""
    grade = grade_word(quality.verdict.grade)
    match quality.measured:
        case Measured.OWN_LINK:
            return translate("quality", "Your connection: {grade}").format(grade=grade)
        case Measured.FROM_SERVER:
            return translate("quality", "{name}: {grade}").format(name=name, grade=grade)
        case _:
            return translate("quality", "Connection with {name}: {grade}").format(name=name, grade=grade)


class QualityIndicator(QWidget):
    """One button per remote participant in the status line; ``details`` holds the words and the offer."""

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._names: dict[str, str] = {}
        self._qualities: dict[str, LinkQuality] = {}
        self._buttons: dict[str, QToolButton] = {}
        self._open: str | None = None
        self._row = FlowLayout(self, spacing=8)  # up to ten in a media-server room: they wrap
        self._row.setContentsMargins(0, 0, 0, 0)
        self._prune = QTimer(self, interval=PRUNE_MS)
        self._prune.timeout.connect(self._drop_pictures_gone)
        self.details = named(QWidget(), "qualityDetails")
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(16, 4, 16, 4)
        self.words = named(QLabel(wordWrap=True), "qualityWords")
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.offer = named(QLabel(wordWrap=True), "audioOnlyOffer")
        self.offer.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        self.audio_only = named(QPushButton(), "audioOnlyButton")
        self.keep_video = named(QPushButton(), "keepVideoButton")
        self.video_again = named(QPushButton(), "videoAgainButton")
        for button in (self.audio_only, self.keep_video, self.video_again):
            buttons.addWidget(button)
        buttons.addStretch(1)
        details_layout.addWidget(self.words)
        details_layout.addWidget(self.offer)
        details_layout.addLayout(buttons)
        self._declined = False
        self.audio_only.clicked.connect(lambda: self._choose(True))
        self.keep_video.clicked.connect(self._decline)
        self.video_again.clicked.connect(lambda: self._choose(False))
        bridge.callQuality.connect(self.set_quality)
        bridge.participantsChanged.connect(self._set_participants)
        bridge.callEnded.connect(lambda _reason: self.clear())
        self.retranslate()

    def buttons(self) -> list[QToolButton]:
        return list(self._buttons.values())

    def participant_ids(self) -> list[str]:
        return list(self._buttons)

    def quality_of(self, participant_id: str) -> LinkQuality | None:
        return self._qualities.get(participant_id)

    # -- input -----------------------------------------------------------------------------------
    def set_quality(self, quality: LinkQuality) -> None:
        self._qualities[quality.participant_id] = quality
        if quality.participant_id not in self._buttons:
            button = named(QToolButton(), f"quality-{len(self._buttons)}")
            button.setProperty("quality", True)  # styled for the dark call page (app/ui/theme.py)
            button.setCheckable(True)
            button.clicked.connect(lambda on, pid=quality.participant_id: self._toggle(pid, on))
            self._buttons[quality.participant_id] = button
            self._row.addWidget(button)
        if not quality.audio_only_offered:
            self._declined = False
        if quality.measured is Measured.FROM_SERVER and not self._prune.isActive():
            self._prune.start()
        self.retranslate()

    def _set_participants(self, participants: list[Participant]) -> None:
        self._names = {p.participant_id: p.name for p in participants}
        self._drop([pid for pid in self._buttons if pid not in self._names and not self._own(pid)])

    def _own(self, participant_id: str) -> bool:
        quality = self._qualities.get(participant_id)
        return quality is not None and quality.measured is Measured.OWN_LINK

    def _drop_pictures_gone(self) -> None:
        """A media-server room: a picture no longer received (the last-N choice moved on) loses its button."""
        received = set(self._bridge.remote_slots())
        pictures = [p for p, q in self._qualities.items() if q.measured is Measured.FROM_SERVER]
        if not pictures:
            self._prune.stop()
        self._drop([pid for pid in pictures if pid not in received])

    def _drop(self, gone: list[str]) -> None:
        for pid in gone:
            self._buttons.pop(pid).deleteLater()
            self._qualities.pop(pid, None)
            if self._open == pid:
                self._open = None
        self.retranslate()

    def clear(self) -> None:
        self._drop(list(self._buttons))

    def _toggle(self, participant_id: str, on: bool) -> None:
        self._open = participant_id if on else None
        self.retranslate()

    def _choose(self, audio_only: bool) -> None:
        self._bridge.choose_audio_only(audio_only)

    def _decline(self) -> None:
        self._declined = True
        self.retranslate()

    # -- words -----------------------------------------------------------------------------------
    def _name(self, participant_id: str) -> str:
        return self._names.get(participant_id) or translate("quality", "the other person")

    def retranslate(self) -> None:
        for pid, button in self._buttons.items():
            grade = self._qualities[pid].verdict.grade
            text = button_text(self._qualities[pid], self._name(pid))
            button.setText(f"{SYMBOL[grade]} {button_label(self._qualities[pid], self._name(pid))}")
            button.setToolTip(text)
            button.setAccessibleName(text)
            button.setAccessibleDescription(translate("quality", "Press to hear what this means"))
            button.setChecked(pid == self._open)
        opened = self._qualities.get(self._open) if self._open else None
        self.words.setText(explanation(opened, self._name(opened.participant_id)) if opened else "")
        self.words.setVisible(opened is not None)
        offered = any(q.audio_only_offered for q in self._qualities.values()) and not self._declined
        audio_only = any(q.level is Level.AUDIO_ONLY for q in self._qualities.values())
        self.offer.setText(
            translate("quality", "The picture is paused so that the sound stays clear.")
            if audio_only
            else translate("quality", "The connection is too weak for the picture. Talk with sound only?")
        )
        self.offer.setVisible(offered or audio_only)
        self.audio_only.setText(translate("quality", "Sound only"))
        self.audio_only.setAccessibleName(translate("quality", "Sound only"))
        self.keep_video.setText(translate("quality", "Keep the picture"))
        self.keep_video.setAccessibleName(translate("quality", "Keep the picture"))
        self.video_again.setText(translate("quality", "Try the picture again"))
        self.video_again.setAccessibleName(translate("quality", "Try the picture again"))
        self.audio_only.setVisible(offered and not audio_only)
        self.keep_video.setVisible(offered and not audio_only)
        self.video_again.setVisible(audio_only)
        self.details.setVisible(opened is not None or offered or audio_only)
        self.setVisible(bool(self._buttons))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

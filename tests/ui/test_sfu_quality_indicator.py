"""The call-quality indicator in a media-server room, as the user sees it: "Your connection to the media
server" (our own link) and one "Picture from <name>" per picture received, each with a symbol and a
word, explained on demand — saying honestly what cannot be measured through the media server (the
sender's own connection, the delay of a picture that only comes to us) — in nb, sv and en; the own
link's button stays when the participant list changes; a picture no longer received loses its button;
up to ten buttons wrap rather than widen the window.

Seen before: a media-server room showed no indicator at all (the consultation did not pass the
media-server call's verdicts on); the bridge now takes them from the call (``SfuCallSession.on_quality``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core.call_quality import OWN_LINK_ID, LinkQuality, Measured, QualityReading, grade
from app.core.call_state import CallState
from app.core.link_quality import Level
from app.core.protocol import Participant, Role
from app.core.room_types import MediaRoute
from app.media.frame_slot import FrameSlot
from app.session.events import CallQualityChanged, ParticipantsChanged
from tests.ui.a11y_walk import switch_language
from tests.ui.test_quality_indicator import DOCTOR, call

__all__ = ["call"]  # the fixture

GOOD = QualityReading(loss=0.0, rtt_s=0.04, jitter_s=0.004)
PICTURE_WEAK = QualityReading(loss=0.04, fps=20)
PEOPLE = [Participant(f"p-{i}", f"Deltaker Nummer {i}", Role.PATIENT) for i in range(8)]


@dataclass
class FakeSfuCall:
    """What the bridge reads of a media-server call: its monitor, its pictures and the verdict hook."""

    remote_slots: dict[str, FrameSlot] = field(default_factory=dict)
    monitor: object = None
    focus: str | None = None
    speaker: str | None = None
    on_quality: Any = None


def sfu_call(fake: Any, *pictures: str) -> FakeSfuCall:
    made = fake.call = FakeSfuCall({pid: FrameSlot() for pid in pictures})
    # As the consultation's call factory wires it: the call's verdicts become events.
    made.on_quality = lambda quality: fake.emit(CallQualityChanged(quality))
    fake.media_route = MediaRoute.SFU
    fake.move(CallState.RECONNECTING)
    fake.move(CallState.IN_CALL)
    return made


def own(reading: QualityReading) -> LinkQuality:
    return LinkQuality(OWN_LINK_ID, grade(reading), Level.FULL, False, Measured.OWN_LINK)


def picture(pid: str, reading: QualityReading) -> LinkQuality:
    return LinkQuality(pid, grade(reading), Level.FULL, False, Measured.FROM_SERVER)


def test_own_link_and_each_picture_are_shown_and_explained(call, qtbot) -> None:
    win, fake, _ = call
    made = sfu_call(fake, "c-1")
    indicator = win.call_page.quality
    made.on_quality(own(GOOD))
    made.on_quality(picture("c-1", PICTURE_WEAK))
    names = [b.accessibleName() for b in indicator.buttons()]
    assert names == ["Your connection to the media server: good", "Picture from Dr. Ingrid Berg: weak"]
    assert [b.text()[0] for b in indicator.buttons()] == ["●", "◐"]  # a symbol and a word
    qtbot.mouseClick(indicator._buttons["c-1"], Qt.MouseButton.LeftButton)
    words = indicator.words.text()
    assert words.startswith("The picture from Dr. Ingrid Berg reaches you through the media server: weak.")
    assert "lost on the way" in words
    assert "How Dr. Ingrid Berg's own connection is doing cannot be seen from here" in words
    assert "the delay cannot be measured" in words
    qtbot.mouseClick(indicator._buttons[OWN_LINK_ID], Qt.MouseButton.LeftButton)
    words = indicator.words.text()
    assert words.startswith("Your connection to the media server is good.")
    assert "your sound and picture to the media server" in words
    fake.emit(ParticipantsChanged([DOCTOR]))  # the list changes: our own link is nobody in it, and stays
    assert indicator.participant_ids() == [OWN_LINK_ID, "c-1"]


def test_a_picture_no_longer_received_loses_its_button(call, qtbot) -> None:
    win, fake, _ = call
    made = sfu_call(fake, "c-1")
    indicator = win.call_page.quality
    made.on_quality(own(GOOD))
    made.on_quality(picture("c-1", PICTURE_WEAK))
    del made.remote_slots["c-1"]  # the last-N choice moved on
    qtbot.waitUntil(lambda: indicator.participant_ids() == [OWN_LINK_ID], timeout=3000)


def test_ten_buttons_wrap_inside_the_window(call) -> None:
    win, fake, _ = call
    fake.emit(ParticipantsChanged([DOCTOR, *PEOPLE]))
    made = sfu_call(fake, "c-1", *(p.participant_id for p in PEOPLE))
    win.resize(820, 700)
    made.on_quality(own(GOOD))
    for pid in ["c-1", *(p.participant_id for p in PEOPLE)]:
        made.on_quality(picture(pid, PICTURE_WEAK))
    QApplication.processEvents()
    assert len(win.call_page.quality.buttons()) == 10
    assert win.call_page.quality.parentWidget() is not win.call_page.status_strip  # a row of its own
    assert win.minimumSizeHint().width() <= 820
    right = max(b.mapTo(win, b.rect().topRight()).x() for b in win.call_page.quality.buttons())
    assert right <= win.width()


def test_words_follow_the_language(call, translations) -> None:
    win, fake, _ = call
    made = sfu_call(fake, "c-1")
    indicator = win.call_page.quality
    made.on_quality(own(GOOD))
    made.on_quality(picture("c-1", PICTURE_WEAK))
    try:
        switch_language(translations, "nb")
        names = [b.accessibleName() for b in indicator.buttons()]
        assert names == ["Forbindelsen din med medieserveren: god", "Bilde fra Dr. Ingrid Berg: svak"]
        switch_language(translations, "sv")
        names = [b.accessibleName() for b in indicator.buttons()]
        assert names == ["Din anslutning till medieservern: bra", "Bild från Dr. Ingrid Berg: svag"]
    finally:
        switch_language(translations, "en")

"""Names over the pictures (closing note of session 5): in the gallery every tile carries the person's
name over the picture — with "host", a crossed-out microphone when theirs is off, and "speaking" with a
ring round the tile for the one talking now (when the call knows it) — drawn opaque in the call page's
colours so it reads on any picture; a long name is cut with "…"; the label follows the room state
(renames, joins, leaves) and the language, and hides on a tile too small to carry it.

Seen before: the name was only the tiles' accessible name and the camera-off placeholder; with nine
pictures in a media-server room a sighted clinician could not tell who was who."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from app.core.protocol.moderation import MediaControl
from app.media.frame_slot import FrameSlot
from app.ui.call.gallery import Layout
from app.ui.call.tile_label import TileLabel
from app.ui.palettes import DEFAULT, HIGH_CONTRAST
from app.ui.theme import apply_theme
from tests.ui.a11y_walk import switch_language
from tests.ui.moderation_fakes import person, room
from tests.ui.test_call_layout import in_call
from tests.ui.test_video_view import solid

LONG = "Maria Cristina Fernández de la Torre-Johansen"


@dataclass
class FakeCall:
    """What the call page reads of a call: one slot per picture received, and who speaks now."""

    remote_slots: dict[str, FrameSlot] = field(default_factory=dict)
    speaker: str | None = None
    focus: str | None = None
    monitor: object = None


def gallery_call(qtbot: Any, translations: Any) -> tuple[Any, Any, FakeCall]:
    win, fake = in_call(qtbot, translations, size=(1280, 800))
    call = fake.call = FakeCall({pid: FrameSlot() for pid in ("c-1", "p-2", "p-3")})
    fake.emit(
        room(
            "p-1",
            person("c-1", "Dr. Berg"),  # the host
            person("p-1", "Ann Olsen"),
            person("p-2", "Per Hansen", audio_on=False),
            person("p-3", "Eva Lund", audio_control=MediaControl.HARD_MUTE),
        )
    )
    win.call_page.set_layout(Layout.GALLERY)
    win.call_page.gallery.sync()
    QApplication.processEvents()
    return win, fake, call


def texts(gallery: Any) -> dict[str, str]:
    return {pid: label.text() for pid, label in gallery.labels.items() if label.isVisible()}


def test_every_tile_says_whose_picture_it_is_over_the_picture(qtbot: Any, translations: Any) -> None:
    win, _fake, _call = gallery_call(qtbot, translations)
    gallery = win.call_page.gallery
    assert texts(gallery) == {
        "c-1": "Dr. Berg, host",
        "p-2": "Per Hansen, microphone off",
        "p-3": "Eva Lund, microphone off",  # muted by the host
    }
    for pid, label in gallery.labels.items():
        tile = gallery.tiles[pid]
        assert label.parentWidget() is tile  # over the picture, a widget of its own
        box = label.geometry()
        assert box.left() >= 0 and box.bottom() < tile.height() and box.right() < tile.width()
        assert box.top() > tile.height() / 2  # along the bottom edge, clear of the face
        assert label.accessibleName() == label.text()
    assert gallery.labels["c-1"].shown_text() == "Dr. Berg · host"
    assert gallery.labels["p-2"].shown_text() == "Per Hansen"  # the microphone is a drawn symbol


def test_the_label_follows_renames_joins_and_leaves(qtbot: Any, translations: Any) -> None:
    win, fake, call = gallery_call(qtbot, translations)
    gallery = win.call_page.gallery
    call.remote_slots["p-4"] = FrameSlot()
    fake.emit(
        room(
            "p-1",
            person("c-1", "Dr. Ingrid Berg"),  # renamed
            person("p-1", "Ann Olsen"),
            person("p-2", "Per Hansen"),  # turned the microphone on
            person("p-4", "Tolk Nils Aas", is_host=True),  # joined, made host
        )
    )
    QApplication.processEvents()
    assert texts(gallery) == {
        "c-1": "Dr. Ingrid Berg, host",
        "p-2": "Per Hansen",
        "p-4": "Tolk Nils Aas, host",
    }
    assert "p-3" not in gallery.labels  # left: tile and label gone


def test_a_long_name_is_cut_with_an_ellipsis_inside_its_tile(qtbot: Any, translations: Any) -> None:
    win, fake, _call = gallery_call(qtbot, translations)
    fake.emit(room("p-1", person("c-1", LONG), person("p-1", "Ann Olsen"), person("p-2", "Per Hansen")))
    win.resize(820, 600)
    QApplication.processEvents()
    gallery = win.call_page.gallery
    label, tile = gallery.labels["c-1"], gallery.tiles["c-1"]
    assert label.isVisible()
    assert label.shown_text().endswith("… · host") or label.shown_text().endswith("…")
    assert label.geometry().right() < tile.width()
    assert label.text() == f"{LONG}, host"  # read out whole, and in the tool tip
    assert label.toolTip() == label.text()


def test_the_label_is_opaque_so_it_reads_on_a_white_or_black_picture(qtbot: Any, translations: Any) -> None:
    win, _fake, call = gallery_call(qtbot, translations)
    gallery = win.call_page.gallery
    for theme, palette in ((False, DEFAULT), (True, HIGH_CONTRAST)):
        apply_theme(QApplication.instance(), high_contrast=theme)  # type: ignore[arg-type]
        for rgb in ((255, 255, 255), (0, 0, 0), (200, 30, 40)):
            call.remote_slots["c-1"].put(solid(64, 48, rgb))
            tile = gallery.tiles["c-1"]
            image = tile.grab().toImage()
            box = gallery.labels["c-1"].geometry()
            inside = QColor(image.pixel(box.right() - 2, box.center().y()))  # past the text, in the label
            assert inside.name() == QColor(palette.call_bg).name(), (palette.name, rgb)
    apply_theme(QApplication.instance(), high_contrast=False)  # type: ignore[arg-type]


def test_the_speaker_is_marked_and_ringed_when_the_call_knows_who_speaks(
    qtbot: Any, translations: Any
) -> None:
    win, _fake, call = gallery_call(qtbot, translations)
    gallery = win.call_page.gallery
    assert gallery.speaker_tile() is None  # a peer-to-peer call does not know: nobody is marked
    call.speaker = "p-2"
    gallery.sync()  # the gallery reads it every second while shown
    assert gallery.labels["p-2"].text() == "Per Hansen, microphone off, speaking"
    assert gallery.labels["p-2"].shown_text() == "Per Hansen · speaking"
    assert gallery.speaker_tile() is gallery.tiles["p-2"]
    ring = gallery.grab().toImage()
    edge = gallery.tiles["p-2"].geometry()
    assert QColor(ring.pixel(edge.center().x(), edge.top() - 3)).name() == QColor(DEFAULT.ink).name()
    call.speaker = None
    gallery.sync()
    assert gallery.speaker_tile() is None and not gallery.labels["p-2"].speaking


def test_the_words_follow_the_language(qtbot: Any, translations: Any) -> None:
    win, _fake, call = gallery_call(qtbot, translations)
    gallery = win.call_page.gallery
    call.speaker = "c-1"
    gallery.sync()
    switch_language(translations, "nb")
    assert gallery.labels["c-1"].text() == "Dr. Berg, vert, snakker"
    assert gallery.labels["p-2"].text() == "Per Hansen, mikrofon av"
    switch_language(translations, "sv")
    assert gallery.labels["c-1"].text() == "Dr. Berg, värd, talar"
    assert gallery.labels["p-2"].text() == "Per Hansen, mikrofon av"
    switch_language(translations, "en")


def test_a_tile_too_small_to_carry_it_shows_no_label(qtbot: Any) -> None:
    tile = QWidget()
    qtbot.addWidget(tile)
    tile.resize(320, 240)
    label = TileLabel(tile)
    label.set_person("Dr. Berg", host=True)
    tile.show()
    assert label.isVisible()
    tile.resize(120, 80)
    assert not label.isVisible()
    tile.resize(320, 240)
    assert label.isVisible()

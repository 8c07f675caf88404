"""Rooms beyond four through the media server (issue 14), as the user sees them: one line on the call
page says honestly how the media travels (end to end encrypted, or through the health region's own
media server) in nb, sv and en; the gallery lays out up to nine pictures; the layout and the window's
size tell the session how many pictures to receive; the room picker offers only the types the
service can hold, and says for each how its media travels."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from app.core.call_state import CallState
from app.core.protocol import RoomTypeInfo
from app.core.room_types import ROOM_RULES, MediaRoute, RoomType
from app.media.frame_slot import FrameSlot
from app.ui.call.gallery import SFU_MAX_TILES, Gallery, Layout
from tests.ui.a11y_walk import clinician_window, switch_language
from tests.ui.test_call_layout import in_call

ALL_TYPES = [RoomTypeInfo(t, r.min_participants, r.max_participants, r.media) for t, r in ROOM_RULES.items()]


def test_the_call_page_says_end_to_end_in_a_peer_to_peer_room(qtbot: Any, translations: Any) -> None:
    win, _fake = in_call(qtbot, translations)
    line = win.call_page.encryption
    assert line.isVisible()
    assert line.text() == "End-to-end encrypted: only the people in this call can see and hear it."


def test_the_call_page_says_the_media_server_in_an_sfu_room_in_every_language(
    qtbot: Any, translations: Any
) -> None:
    win, fake = in_call(qtbot, translations)
    fake.media_route = MediaRoute.SFU
    fake.move(CallState.RECONNECTING)
    fake.move(CallState.IN_CALL)
    line = win.call_page.encryption
    assert line.isVisible()
    assert "media server" in line.text() and "not end to end" in line.text()
    assert win.call_page.gallery.max_tiles == SFU_MAX_TILES
    assert line.accessibleName() == line.text()
    switch_language(translations, "nb")
    assert line.text().startswith("Kryptert underveis, ikke ende-til-ende")
    assert "helseregionens egen medieserver" in line.text()
    switch_language(translations, "sv")
    assert line.text().startswith("Krypterat under överföringen, inte end-to-end")
    switch_language(translations, "en")


def test_the_layout_and_size_tell_the_session_how_many_pictures_to_receive(
    qtbot: Any, translations: Any
) -> None:
    win, fake = in_call(qtbot, translations, size=(1280, 800))
    told: list[tuple[int, str | None]] = []
    fake.set_view = lambda shown, pinned=None: told.append((shown, pinned))
    page = win.call_page
    page._view_told = None
    page.set_layout(Layout.GALLERY)
    QApplication.processEvents()
    assert told and told[-1][0] >= 4
    page.set_layout(Layout.SPEAKER)
    assert told[-1] == (1, None)
    page.set_layout(Layout.PINNED, "p-7")
    assert told[-1] == (1, "p-7")  # type: ignore[comparison-overlap]


def test_the_gallery_lays_out_nine_pictures_three_by_three(qtbot: Any) -> None:
    slots = {f"p-{i}": FrameSlot() for i in range(12)}
    gallery = Gallery(lambda: slots)
    qtbot.addWidget(gallery)
    gallery.set_people({pid: pid for pid in slots}, set())
    assert len(gallery.tiles) == 4  # a peer-to-peer room
    gallery.set_max_tiles(SFU_MAX_TILES)  # the call page does so in a media-server room
    cells = {(row, col) for _pid, row, col, _rs, _cs in gallery.arrangement()}
    assert len(gallery.tiles) == 9
    assert cells == {(r, c) for r in range(3) for c in range(3)}


def test_the_room_picker_offers_only_what_the_service_holds(
    qtbot: Any, translations: Any, run_async: Any
) -> None:
    win, fake = clinician_window(translations)
    qtbot.addWidget(win)
    options = win.queue_page.room_options

    def offered() -> list[RoomType]:
        return [options.kind.itemData(i) for i in range(options.kind.count())]

    assert offered() == [RoomType.SENSITIVE, RoomType.PERSONAL]  # before the service has said
    assert options.room_type is RoomType.PERSONAL
    assert options.media_note.text().startswith("End-to-end encrypted")

    async def sign_in(types: list[RoomTypeInfo]) -> None:
        fake.room_type_list = types
        win.clinician_bridge.list_room_types()
        await win.clinician_bridge.wait_for_actions()

    run_async(sign_in(ALL_TYPES))
    assert offered() == list(RoomType)
    assert options.room_type is RoomType.PERSONAL  # the choice stays where it was
    options.kind.setCurrentIndex(offered().index(RoomType.ADMIN_LARGE))
    assert "media server" in options.media_note.text() and "not end to end" in options.media_note.text()
    assert options.chosen()["room_type"] is RoomType.ADMIN_LARGE
    switch_language(translations, "nb")
    assert "helseregionens egen medieserver" in options.media_note.text()
    switch_language(translations, "en")
    run_async(sign_in([t for t in ALL_TYPES if t.media is MediaRoute.P2P]))  # a service without Janus
    assert offered() == [RoomType.SENSITIVE, RoomType.PERSONAL]
    assert options.room_type is RoomType.PERSONAL  # a type no longer offered is not kept

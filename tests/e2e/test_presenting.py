"""End to end against the real service: a patient presents a picture in place of the camera, the
clinician receives it on the same link (no renegotiation) and sees "presenting" in the room state,
and the camera comes back when the presentation stops."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.call_state import CallState
from app.media.frame_slot import FrameSlot
from app.media.stamp import read_stamp
from app.session.consultation import ClinicianConsultation, PatientConsultation, SessionConfig
from tests.e2e.test_moderation import _remember_codes, into_call, party, service  # noqa: F401
from tests.support.recorder import eventually

pytestmark = pytest.mark.e2e


def is_red(rgb: np.ndarray) -> bool:
    h, w = rgb.shape[:2]
    centre = rgb[h // 2 - 20 : h // 2 + 20, w // 2 - 20 : w // 2 + 20].reshape(-1, 3).mean(axis=0)
    return bool(centre[0] > 170 and centre[1] < 80 and centre[2] < 80)


def stamped(slot: FrameSlot) -> bool:
    frame = slot.peek()
    return frame is not None and read_stamp(frame.rgb) is not None


async def test_a_presentation_replaces_the_camera_and_the_room_is_told(service) -> None:  # noqa: F811
    config = SessionConfig(service.url, loopback_only=True)
    doc = party(ClinicianConsultation, config, 660)
    ann = party(PatientConsultation, config, 440)
    try:
        await into_call(doc, ann)
        call = doc.session.call
        await eventually(lambda: ann.pid in call.remote_slots, what="ann's video")
        slot = call.remote_slots[ann.pid]
        await eventually(lambda: stamped(slot), what="camera")
        link = call.links[ann.pid]
        picture = FrameSlot()
        picture.put(np.tile(np.array([220, 30, 30], dtype=np.uint8), (600, 800, 1)))
        await ann.session.start_presenting(picture)
        assert ann.session.presenting
        await eventually(lambda: (f := slot.peek()) is not None and is_red(f.rgb), what="the presentation")
        # A link starts at the rule's `reduced` level and climbs to full after 10 clear seconds
        # (app/core/link_quality.START_LEVEL): the presentation then arrives at its full 1280x720.
        full = lambda: (f := slot.peek()) is not None and f.rgb.shape == (720, 1280, 3)  # noqa: E731
        await eventually(full, timeout=30, what="the presentation at full size")
        me = lambda: doc.session.moderation.participants.get(ann.pid)  # noqa: E731
        await eventually(lambda: me() is not None and me().presenting, what="presenting in room_state")
        assert ann.session.presentation_view.peek() is not None  # ann's self view shows what is sent
        await ann.session.stop_presenting()
        await eventually(lambda: stamped(slot), what="camera")
        await eventually(lambda: not me().presenting, what="presenting cleared")
        assert call.links[ann.pid] is link  # the same peer connection throughout
        assert ann.session.state is CallState.IN_CALL
    finally:
        await ann.session.close()
        await doc.session.close()

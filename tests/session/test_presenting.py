"""Presenting swaps the sent video's source to the presentation and back, and tells the service."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from app.core.errors import ErrorCode
from app.core.protocol.moderation import Present
from app.media.frame_slot import FrameSlot
from app.media.presentation import PresentationTrack
from app.media.switchable import SwitchableTrack
from app.media.synthetic_video import PatternVideoTrack
from app.session.errors import SessionError
from app.session.presenting import Presenter


class Service:
    def __init__(self) -> None:
        self.sent: list[Any] = []
        self.refuse: ErrorCode | None = None

    async def request(self, message: Any) -> None:
        if self.refuse is not None:
            raise SessionError(self.refuse, "refused")
        self.sent.append(message)


def make(room: str | None = "room-1") -> tuple[Presenter, SwitchableTrack, PatternVideoTrack, Service]:
    camera = PatternVideoTrack((320, 240), fps=30)
    video = SwitchableTrack(camera)
    service = Service()
    return Presenter(lambda: video, service.request, lambda: room), video, camera, service


async def test_start_and_stop_swap_the_source_and_tell_the_room() -> None:
    presenter, video, camera, service = make()
    slot = FrameSlot()
    slot.put(np.full((100, 200, 3), 200, dtype=np.uint8))
    await presenter.start(slot)
    assert presenter.presenting and isinstance(video.source, PresentationTrack)
    assert service.sent == [Present(id="", room_id="room-1", presenting=True)]
    frame = await video.recv()
    assert (frame.width, frame.height) == (1280, 720)
    assert presenter.view.peek() is not None  # the self view shows what is sent
    track = video.source
    await presenter.stop()
    assert not presenter.presenting and video.source is camera and camera.readyState == "live"
    assert track.readyState == "ended"
    assert service.sent[-1] == Present(id="", room_id="room-1", presenting=False)
    assert presenter.view.peek() is None
    video.stop()


async def test_a_refused_start_sends_the_camera_again() -> None:
    presenter, video, camera, service = make()
    service.refuse = ErrorCode.FORBIDDEN
    with pytest.raises(SessionError):
        await presenter.start(FrameSlot())
    assert video.source is camera and not presenter.presenting
    video.stop()


async def test_presenting_needs_a_call() -> None:
    presenter, video, camera, _service = make(room=None)
    with pytest.raises(SessionError) as refused:
        await presenter.start(FrameSlot())
    assert refused.value.code is ErrorCode.NOT_ADMITTED and video.source is camera
    video.stop()


async def test_a_camera_switched_meanwhile_stays() -> None:
    presenter, video, camera, service = make()
    await presenter.start(FrameSlot())
    other = PatternVideoTrack((320, 240), fps=30)
    video.replace_source(other)  # the patient chose another camera while presenting
    presenter.reset()
    assert video.source is other
    assert len(service.sent) == 1
    video.stop()
    camera.stop()

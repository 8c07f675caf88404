"""Presenting a screen, a window or a PDF page to the room, in place of the camera.

The call keeps its one sent video ``SwitchableTrack`` (``MediaSources.video``); presenting swaps its
source to a ``PresentationTrack`` (no renegotiation) and tells the service with ``Present``, which
sets ``presenting`` in everyone's ``room_state``. Stopping swaps the camera back (it was never
stopped) and tells the service again. ``view`` holds the letterboxed picture being presented, for
the presenter's self view. No Qt: whoever captures fills the ``FrameSlot`` given to ``start``.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from app.core.errors import ErrorCode
from app.core.protocol import ClientMessage
from app.core.protocol.moderation import Present
from app.media.frame_slot import FrameSlot
from app.media.present_size import PRESENT_FPS
from app.session.errors import SessionError

if TYPE_CHECKING:  # aiortc and PyAV: loaded when presenting starts, not with the window
    from aiortc.mediastreams import MediaStreamTrack

    from app.media.switchable import SwitchableTrack

log = logging.getLogger(__name__)

Request = Callable[[ClientMessage], Awaitable[object]]


class Presenter:
    """One consultation's presenting: swaps the sent video's source and keeps the service informed."""

    def __init__(
        self,
        video: Callable[[], SwitchableTrack | None],
        request: Request,
        room_id: Callable[[], str | None],
    ) -> None:
        self._video = video
        self._request = request
        self._room_id = room_id
        self.view = FrameSlot()  # what is presented, as sent (the presenter's self view)
        self._track: MediaStreamTrack | None = None
        self._camera: MediaStreamTrack | None = None

    @property
    def presenting(self) -> bool:
        """True while the presentation is what the call sends."""
        video = self._video()
        return self._track is not None and video is not None and video.source is self._track

    async def start(self, source: FrameSlot | MediaStreamTrack, *, fps: float = PRESENT_FPS) -> None:
        """Send ``source`` instead of the camera and tell the room; a second start replaces the first."""
        from app.media.presentation import PresentationTrack

        video = self._video()
        room_id = self._room_id()
        if video is None or room_id is None:
            raise SessionError(ErrorCode.NOT_ADMITTED, "presenting needs a call")
        track = (
            PresentationTrack(source, fps=fps, preview=self.view) if isinstance(source, FrameSlot) else source
        )
        if track.kind != "video":
            raise ValueError("only video can be presented")
        previous = video.replace_source(track, stop_old=False)
        if self._track is None:
            self._camera = previous  # the camera keeps running behind the presentation
        elif previous is not self._camera:
            previous.stop()  # the presentation this one replaces
        self._track = track
        try:
            await self._request(Present(id="", room_id=room_id, presenting=True))
        except BaseException:
            self.reset()
            raise

    async def stop(self) -> None:
        """Send the camera again and tell the room (quietly if the call is already gone)."""
        was = self._track is not None
        self.reset()
        room_id = self._room_id()
        if not was or room_id is None:
            return
        try:
            await self._request(Present(id="", room_id=room_id, presenting=False))
        except SessionError as exc:
            log.info("stop presenting not acknowledged: %s", exc.code.value)

    def reset(self) -> None:
        """Stop presenting locally (the call ended, or a request failed): the camera is sent again.

        If something else replaced the sent source meanwhile (the patient switched cameras), that
        source stays; the presentation track is stopped either way.
        """
        track, camera = self._track, self._camera
        self._track = self._camera = None
        self.view.clear()
        if track is None:
            return
        video = self._video()
        if video is not None and video.source is track and camera is not None:
            video.replace_source(camera, stop_old=False)
        track.stop()


__all__ = ["Presenter"]

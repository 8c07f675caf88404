"""What a publication's offer may hold: exactly one media section, of the kind it is published as.

Muting holds in the AudioBridge (the mix) and video-off in the VideoRoom's ``moderate`` of the one
video ``mid``; a video publication that also carried sound, or a second video section, would get past
both. So ``sfu_publish`` takes one ``m=audio`` section for ``audio`` and one ``m=video`` section for
``video``, nothing more (no data channel either), and anything else is ``bad_message``.
"""

from __future__ import annotations

from app.core.errors import ErrorCode
from server.rooms.members import RoomError
from server.sfu.sdp import media_sections


def check_publication(kind: str, sdp: str) -> None:
    """Raise ``bad_message`` unless ``sdp`` is one section of ``kind``."""
    if [section.kind for section in media_sections(sdp)] != [kind]:
        raise RoomError(ErrorCode.BAD_MESSAGE, f"a {kind} publication is exactly one {kind} section")

"""The service's one SDP reader: media sections with their kind and ``mid``, which the publication
check (one section of the kind published) and VideoRoom moderation (the video ``mid``) both use."""

from __future__ import annotations

import pytest

from app.core.errors import ErrorCode
from server.rooms.members import RoomError
from server.sfu.offer_shape import check_publication
from server.sfu.sdp import MediaSection, media_sections, video_mid

SESSION = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0 1\r\n"
AUDIO = "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\na=mid:0\r\na=sendonly\r\n"
VIDEO = "m=video 9 UDP/TLS/RTP/SAVPF 96\r\nc=IN IP4 0.0.0.0\r\na=mid:v1\r\na=sendonly\r\n"
DATA = "m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\na=mid:2\r\n"


def test_sections_in_order_with_their_mids() -> None:
    assert media_sections(SESSION + AUDIO + VIDEO + DATA) == [
        MediaSection("audio", "0"),
        MediaSection("video", "v1"),
        MediaSection("application", "2"),
    ]
    assert media_sections(SESSION) == []
    assert media_sections("m=video 9 RTP/AVP 96\na=sendonly\n") == [MediaSection("video")]  # no mid, \n only


def test_a_session_level_mid_belongs_to_no_section() -> None:
    assert media_sections("v=0\r\na=mid:x\r\n" + VIDEO) == [MediaSection("video", "v1")]


def test_video_mid_is_the_first_video_sections() -> None:
    assert video_mid(SESSION + AUDIO + VIDEO) == "v1"
    assert video_mid(SESSION + AUDIO) is None
    assert video_mid(SESSION + VIDEO.replace("a=mid:v1\r\n", "") + AUDIO) is None  # audio's mid is not it


@pytest.mark.parametrize(
    ("kind", "sdp", "ok"),
    [
        ("video", SESSION + VIDEO, True),
        ("audio", SESSION + AUDIO, True),
        ("video", SESSION + AUDIO + VIDEO, False),  # sound inside a video publication
        ("video", SESSION + VIDEO + VIDEO, False),
        ("audio", SESSION + AUDIO + DATA, False),
        ("video", SESSION, False),
    ],
)
def test_a_publication_is_exactly_one_section_of_its_kind(kind: str, sdp: str, ok: bool) -> None:
    if ok:
        check_publication(kind, sdp)
        return
    with pytest.raises(RoomError) as refused:
        check_publication(kind, sdp)
    assert refused.value.code is ErrorCode.BAD_MESSAGE

"""The call-quality indicator in a media-server room (issue 12, finding 5), against the in-memory media
server of real aiortc peers: our own link to the media server (the audio and video publications,
graded together, with the round trip the media server's receiver reports give) is one verdict; each
picture received gets its own, from that subscription's receive figures (loss, frame rate), with the
round trip left unknown (a receive-only link cannot measure it) rather than invented. A picture that
stops arriving is graded poor for its frame rate while the others keep coming; a picture no longer
received is no longer watched.

Seen before: the consultation made the media-server call's monitor without telling anyone, so a
media-server room showed no indicator at all."""

from __future__ import annotations

from typing import Any

from app.core.call_quality import OWN_LINK_ID, Grade, LinkQuality, Measured, Reason
from app.core.protocol import SfuTalking
from app.session.sfu_call import ROOM_VOICE
from tests.session.test_sfu_call import FEEDS, ROOM, admit, room, until

__all__ = ["room"]  # the fixture


def latest(seen: list[LinkQuality], pid: str) -> LinkQuality | None:
    return next((q for q in reversed(seen) if q.participant_id == pid), None)


def graded(seen: list[LinkQuality], pid: str) -> bool:
    quality = latest(seen, pid)
    return quality is not None and quality.verdict.grade is not Grade.UNKNOWN


async def test_our_own_link_and_each_picture_get_their_own_verdict(room: Any) -> None:
    consultation, _fake, _events, _heard = room
    seen: list[LinkQuality] = []
    call = admit(consultation, shown=2)
    call.on_quality = seen.append  # what the call page's bridge does
    await until(lambda: all(graded(seen, pid) for pid in (OWN_LINK_ID, *FEEDS[:2])), timeout=30)
    own = latest(seen, OWN_LINK_ID)
    assert own is not None and own.measured is Measured.OWN_LINK
    assert {q.participant_id for q in seen} == {OWN_LINK_ID, *FEEDS[:2]}  # never a link's key as a person
    for pid in FEEDS[:2]:
        picture = latest(seen, pid)
        assert picture is not None and picture.measured is Measured.FROM_SERVER
        assert picture.verdict.reading.rtt_s is None  # not measurable on a receive-only link: not invented
        assert picture.verdict.reading.jitter_s is None  # no sound on a picture's link
        assert picture.verdict.reading.fps is not None and picture.verdict.reading.loss is not None
    # our own link: the media server's receiver reports give the round trip, the mix its jitter
    history = call.monitor.history
    await until(lambda: any(s.rtt_s is not None for s in history["audio"]), timeout=30)
    await until(lambda: any(s.rtt_s is not None for s in history["video"]), timeout=30)
    assert any(s.jitter_s is not None and s.loss_in is not None for s in history["audio"])
    assert all(s.rtt_s is None for s in history["p_0"])


async def test_a_picture_that_stops_is_poor_while_the_others_keep_coming(room: Any) -> None:
    consultation, fake, _events, _heard = room
    seen: list[LinkQuality] = []
    call = admit(consultation, shown=2)
    call.on_quality = seen.append
    history = call.monitor.history
    await until(lambda: all(graded(seen, pid) for pid in FEEDS[:2]), timeout=30)
    # (the fake sends 5 pictures a second)
    await until(lambda: all((history[p][-1].fps_in or 0) > 2 for p in FEEDS[:2]), timeout=30)
    sender = fake.subscriptions["p_0"].getTransceivers()[0].sender
    sender.replaceTrack(None)  # the media server stops sending p_0's picture
    await until(lambda: all((s.fps_in or 0) < 1 for s in list(history["p_0"])[-3:]), timeout=30)
    await until(lambda: (q := latest(seen, "p_0")) is not None and q.verdict.grade is Grade.POOR, timeout=5)
    stopped = latest(seen, "p_0")
    assert stopped is not None and stopped.verdict.reasons[0] is Reason.FRAME_RATE
    await until(lambda: (history["p_1"][-1].fps_in or 0) > 2, timeout=10)  # still coming


async def test_a_picture_no_longer_received_is_no_longer_watched(room: Any) -> None:
    consultation, fake, _events, _heard = room
    call = admit(consultation, shown=2)
    await until(lambda: fake.open_subscriptions() == {"p_0", "p_1"})
    await until(lambda: call.monitor.rule("p_1") is not None)
    consultation._handle(SfuTalking(ROOM, "p_9", True))
    await until(lambda: fake.open_subscriptions() == {"p_9", "p_0"})
    await until(lambda: call.monitor.rule("p_9") is not None)
    assert call.monitor.rule("p_1") is None
    assert call.monitor.rule("video") is not None and call.monitor.rule("audio") is not None


async def test_a_subscription_that_offers_sound_is_answered_without_it(room: Any) -> None:
    consultation, fake, _events, heard = room
    fake.feed_audio = True  # a media server slipping a publisher's sound into their picture's offer
    call = admit(consultation, shown=2)
    await until(lambda: all(call.remote_slots.get(p) and call.remote_slots[p].count > 5 for p in FEEDS[:2]))
    for feed in FEEDS[:2]:
        kinds = {t.kind: t.currentDirection for t in fake.subscriptions[feed].getTransceivers()}
        assert kinds == {"video": "sendonly", "audio": "inactive"}  # refused in the answer
    await until(lambda: heard.voices.get(ROOM_VOICE, 0) > 20)
    assert set(heard.voices) == {ROOM_VOICE}  # only the room's mix is played
    assert set(call.received.drains) == {"audio", *FEEDS[:2]}  # nothing kept aside for a feed's sound

"""End to end through a real Janus: an administrative meeting of 12 (issue 14).

Twelve people (the app's own consultations and media-server session, synthetic media kept small:
240×180 at 5 fps) in one room of the real service started with ``--janus``. Two of them talk (tones of
500 and 900 Hz), the others' microphones are off. Checked at the receivers:

- everyone hears the two who talk, in the room's one mixed voice (each talker hears the other);
- everyone receives the last-N of the pictures (N = 4): the host always, the other talker, and
  pictures keep coming from each one shown;
- the host's hard mute of a talker takes effect in Janus: that talker's client is made to send its
  tone again behind the host's back (as a modified client would), and still nobody hears it;
- the host's kick takes that person out: their call ends as kicked, and nobody receives their
  picture any more;
- the host's end for all ends everyone's call, and every media-server link is closed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from app.core.protocol.moderation import MediaControl
from app.core.room_types import RoomType
from app.session.events import CallEnded, EndReason
from tests.session.sfu_people import Person, leave_all, meeting, tone_level, until
from tests.support import janus as janus_support
from tests.support.janus import JanusServer
from tests.support.service import ServiceProcess

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not janus_support.available(), reason="Janus is not installed (scripts/setup)"),
]

PEOPLE = 12
TALKERS = {0: 500.0, 1: 900.0}  # the host and the first guest
HEARD = 0.02  # the tone is sent at about 0.1; the mix passes it at about that
SILENT = 0.005


@pytest.fixture(scope="module")
def service() -> Iterator[ServiceProcess]:
    with (
        JanusServer() as janus,
        ServiceProcess("--janus", janus.url, "--janus-api-secret-file", str(janus.api_secret_file)) as svc,
    ):
        yield svc


@pytest.fixture
async def people(service: ServiceProcess) -> AsyncIterator[list[Person]]:
    everyone = await meeting(
        service.url, RoomType.ADMIN_LARGE, PEOPLE, shown=4, hz=lambda i: TALKERS.get(i, 300.0 + 10 * i)
    )
    for index, each in enumerate(everyone):
        if index not in TALKERS:
            each.consultation.set_microphone_enabled(False)
    try:
        yield everyone
    finally:
        await leave_all(everyone)


def hears(listener: Person, talker: Person) -> bool:
    return tone_level(listener.heard(), talker.hz) > HEARD


async def test_a_meeting_of_twelve_through_janus(people: list[Person]) -> None:
    host, talker = people[0], people[1]
    listeners = people[2:]
    # Everyone hears the two who talk (each talker hears the other: the mix leaves one's own voice out).
    await until(lambda: all(hears(p, host) and hears(p, talker) for p in listeners), "everyone hears both")
    await until(lambda: hears(host, talker) and hears(talker, host), "the talkers hear each other")

    # Everyone receives the last-N: the host always, the one who talks, and N = 4 pictures in all.
    def sees_last_n(viewer: Person) -> bool:
        shown = viewer.call.shown
        must = {p.pid for p in (host, talker) if p is not viewer}
        return len(shown) == 4 and must <= set(shown)

    await until(
        lambda: all(sees_last_n(p) for p in people),
        "everyone receives the last 4",
        detail=lambda: [(p.pid, p.call.shown, p.call.feeds) for p in people if not sees_last_n(p)],
    )
    before = {p.name: p.pictures() for p in people}
    await until(
        lambda: all(
            set(p.pictures()) == set(p.call.shown)
            and all(p.pictures()[pid] > before[p.name].get(pid, 0) + 3 for pid in p.call.shown)
            for p in people
        ),
        "pictures keep coming from everyone shown",
        detail=lambda: [(p.pid, p.call.shown, p.pictures(), before[p.name]) for p in people],
    )
    assert all(len(p.call.links) == 2 + 4 for p in people)  # voice, own picture, 4 received: no more

    # The host's hard mute is enforced in Janus: a modified client that sends anyway is not heard.
    await host.consultation.moderation.moderate(talker.pid, audio=MediaControl.HARD_MUTE)
    await until(lambda: not talker.consultation.microphone_enabled, "the talker's client obeys")
    sources = talker.consultation._media.sources
    assert sources is not None
    sources.set_microphone_enabled(True)  # behind the host's back
    await until(
        lambda: all(tone_level(p.heard(), talker.hz) < SILENT for p in listeners), "nobody hears the muted"
    )
    assert all(hears(p, host) for p in listeners)  # the host still is

    # The host's kick: their call ends; nobody receives their picture any more.
    kicked = people[5]
    gone = kicked.pid
    await host.consultation.moderation.kick(gone)
    await kicked.events.wait_for(CallEnded, lambda e: e.reason is EndReason.KICKED)
    stayed = [p for p in people if p is not kicked]
    await until(
        lambda: all(gone not in p.call.feeds and gone not in p.call.remote_slots for p in stayed),
        "the kicked person's picture is gone everywhere",
    )

    # End for all: every call ends as ended by the host, and every media-server link is closed.
    calls = [p.call for p in stayed]
    await host.consultation.moderation.end_call()
    for each in stayed[1:]:
        await each.events.wait_for(CallEnded, lambda e: e.reason is EndReason.ENDED_BY_HOST)
    await until(lambda: all(c.links == {} for c in calls), "every link closed")

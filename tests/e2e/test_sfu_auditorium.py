"""End to end through a real Janus: an auditorium (issue 14).

A host and three guests (the app's own consultations, small synthetic media, each guest a tone of its
own) in an auditorium of the real service started with ``--janus``. Checked at the clients:

- guests cannot publish: their picture is refused (nobody receives it) and, though their clients
  send their tones, nobody hears them — they arrive muted in Janus;
- guests receive only the host's picture, and hear the host;
- raised hands reach the host;
- once the host lets a guest speak, that guest's picture is published (by itself, without leaving)
  and reaches the host and the other guests, and the guest is heard once they turn the microphone on.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from app.core.protocol.moderation import MediaControl
from app.core.room_types import RoomType
from app.session.moderation_events import RoomStateChanged
from tests.session.sfu_people import Person, leave_all, meeting, tone_level, until
from tests.support import janus as janus_support
from tests.support.janus import JanusServer
from tests.support.service import ServiceProcess

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not janus_support.available(), reason="Janus is not installed (scripts/setup)"),
]

TONES = [500.0, 700.0, 900.0, 1100.0]  # the host, then each guest
HEARD, SILENT = 0.02, 0.005


@pytest.fixture(scope="module")
def service() -> Iterator[ServiceProcess]:
    with (
        JanusServer() as janus,
        ServiceProcess("--janus", janus.url, "--janus-api-secret-file", str(janus.api_secret_file)) as svc,
    ):
        yield svc


@pytest.fixture
async def people(service: ServiceProcess) -> AsyncIterator[list[Person]]:
    everyone = await meeting(service.url, RoomType.AUDITORIUM_SMALL, 4, shown=4, hz=lambda i: TONES[i])
    try:
        yield everyone
    finally:
        await leave_all(everyone)


async def test_guests_are_let_speak_by_the_host(people: list[Person]) -> None:
    host, guests = people[0], people[1:]
    # Guests see and hear only the host; their own picture is refused and their voice muted in Janus.
    await until(lambda: all(tone_level(g.heard(), host.hz) > HEARD for g in guests), "guests hear the host")
    await until(
        lambda: all(g.call.shown == [host.pid] and g.pictures().get(host.pid, 0) > 3 for g in guests),
        "guests receive the host's picture only",
        detail=lambda: [(g.call.feeds, g.call.shown, g.pictures()) for g in guests],
    )
    assert all("video" not in g.call.links for g in guests)
    assert host.call.feeds == []  # nobody else publishes a picture
    assert all(tone_level(host.heard(), g.hz) < SILENT for g in guests)

    # A raised hand reaches the host.
    first = guests[0]
    await first.consultation.moderation.raise_hand(True)
    await host.events.wait_for(
        RoomStateChanged,
        lambda e: any(p.participant_id == first.pid and p.hand_raised for p in e.participants),
    )

    # The host lets the first guest speak: their picture goes out and reaches everyone; their voice too.
    await host.consultation.moderation.moderate(first.pid, audio=MediaControl.ALLOW)
    await until(
        lambda: "video" in first.call.links and first.call.links["video"].connected, "the guest publishes"
    )
    watchers = [host, *guests[1:]]
    await until(
        lambda: all(w.pictures().get(first.pid, 0) > 3 for w in watchers),
        "everyone receives the guest let speak",
        detail=lambda: [(w.call.feeds, w.call.shown, w.pictures()) for w in watchers],
    )
    first.consultation.set_microphone_enabled(True)
    await until(lambda: all(tone_level(w.heard(), first.hz) > HEARD for w in watchers), "the guest is heard")
    assert all(tone_level(host.heard(), g.hz) < SILENT for g in guests[1:])  # the others still are not

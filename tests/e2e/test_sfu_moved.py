"""End to end: the Janus carrying a meeting stops; the app's media-server calls move to the other one
by themselves (issue 14). Three people (the app's own consultations) in a meeting of a service given
two Janus instances; the instance holding their room is killed. The service says ``sfu_moved`` and
each client publishes and subscribes again on the other instance: they hear each other and receive
each other's pictures again, still members of the call (nobody knocked again, nobody was let in
again)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.call_state import CallState
from app.core.room_types import RoomType
from tests.session.sfu_people import leave_all, meeting, tone_level, until
from tests.support import janus as janus_support
from tests.support.janus import JanusServer
from tests.support.service import ServiceProcess

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not janus_support.available(), reason="Janus is not installed (scripts/setup)"),
]

TONES = [500.0, 700.0, 900.0]
HEARD = 0.02


@pytest.fixture
def two_janus() -> Iterator[tuple[JanusServer, JanusServer]]:
    first, second = JanusServer(), JanusServer()
    second.api_secret = first.api_secret  # one deployment, one API secret
    with first, second:
        yield first, second


async def test_a_meeting_moves_to_the_other_janus_by_itself(
    two_janus: tuple[JanusServer, JanusServer],
) -> None:
    urls = ",".join(j.url for j in two_janus)
    with ServiceProcess("--janus", urls, "--janus-api-secret-file", str(two_janus[0].api_secret_file)) as svc:
        people = await meeting(svc.url, RoomType.ADMIN_SMALL, 3, shown=4, hz=lambda i: TONES[i])
        try:

            def all_well() -> bool:
                return all(
                    all(tone_level(p.heard(), o.hz) > HEARD for o in people if o is not p)
                    and set(p.call.shown) == {o.pid for o in people if o is not p}
                    and all(p.pictures().get(o.pid, 0) > 0 for o in people if o is not p)
                    for p in people
                )

            await until(all_well, "everyone hears and sees the others")
            holding = [j for j in two_janus if await j.sessions_of(people[0].pid)]
            assert len(holding) == 1
            links_before = {p.name: dict(p.call.links) for p in people}
            history_before = {p.name: len(p.consultation.history) for p in people}
            holding[0].kill()
            await until(
                lambda: all(
                    all(link is not links_before[p.name].get(key) for key, link in p.call.links.items())
                    and len(p.call.links) == 2 + 2
                    and not p.call.media_down
                    for p in people
                ),
                "every link made again on the other instance",
                timeout=20,  # the service notices within 12 s; aiortc alone would take ~30 s
            )
            before = {p.name: p.pictures() for p in people}
            await until(
                lambda: all(
                    all(
                        p.pictures().get(o.pid, 0) > before[p.name].get(o.pid, 0) + 3
                        for o in people
                        if o is not p
                    )
                    for p in people
                ),
                "pictures come again",
            )
            await until(all_well, "everyone hears and sees the others again")
            for p in people:  # nobody knocked again, nobody was let in again
                assert CallState.WAITING not in p.consultation.history[history_before[p.name] :]
                assert CallState.CONNECTING not in p.consultation.history[history_before[p.name] :]
            assert all(p.consultation.state is CallState.IN_CALL for p in people)
        finally:
            await leave_all(people)

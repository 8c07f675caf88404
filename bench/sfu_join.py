"""Join time in a media-server room: the host admits the N-th person → that person's first picture.

Used by ``bench/sfu_bench.py --join-room N``: a real Janus and the real service with ``--janus``, a
meeting of N - 1 (the app's consultations in this process, 240×180 at 5 fps: ``tests/session/
sfu_people.py``), then a newcomer knocks three times in turn; each time the clock runs from the host's
admit to the newcomer's first decoded picture, and to the first of the room's voice.
"""

from __future__ import annotations

import statistics
import time

from app.core.room_types import RoomType
from app.session.consultation import ClinicianConsultation, PatientConsultation
from tests.session.sfu_people import Person, leave_all, meeting, person, until
from tests.support.janus import JanusServer
from tests.support.service import ServiceProcess

TRIES = 3


async def join_time(people: int) -> list[str]:
    pictures: list[float] = []
    voices: list[float] = []
    with (
        JanusServer() as janus,
        ServiceProcess(
            "--janus", janus.url, "--janus-api-secret-file", str(janus.api_secret_file)
        ) as service,
    ):
        room = await meeting(service.url, RoomType.ADMIN_LARGE, people - 1, shown=4, hz=lambda i: 300.0 + i)
        host = room[0].consultation
        assert isinstance(host, ClinicianConsultation)
        code = (await host.api.list_rooms())[0].room.code
        try:
            for attempt in range(TRIES):
                newcomer = person(service.url, f"Newcomer {attempt}", 1000.0)
                newcomer.consultation.set_view(4)
                await newcomer.consultation.login_test(newcomer.name)
                assert isinstance(newcomer.consultation, PatientConsultation)
                await newcomer.consultation.open_room(code)
                await newcomer.consultation.knock()
                started = time.monotonic()
                await host.admit_all()
                seen: dict[str, float] = {}

                def arrived(
                    n: Person = newcomer, seen: dict[str, float] = seen, started: float = started
                ) -> bool:
                    if n.consultation.call is not None:
                        if "picture" not in seen and any(n.pictures().values()):
                            seen["picture"] = time.monotonic() - started
                        if "sound" not in seen and n.heard().size > 0:
                            seen["sound"] = time.monotonic() - started
                    return len(seen) == 2

                await until(arrived, "the newcomer's first picture and sound", poll=0.01)
                pictures.append(seen["picture"])
                voices.append(seen["sound"])
                await newcomer.consultation.close()
        finally:
            await leave_all(room)
    return [
        f"Join time in a room of {people} (admit → first picture / first sound), {TRIES} newcomers:",
        "",
        "| | median (s) | min (s) | max (s) |",
        "|---|---|---|---|",
        f"| first picture | {statistics.median(pictures):.2f} | {min(pictures):.2f} | {max(pictures):.2f} |",
        f"| first sound | {statistics.median(voices):.2f} | {min(voices):.2f} | {max(voices):.2f} |",
    ]

"""Redis and PostgreSQL both away in the middle of a consultation over two instances (issue 13):
the peer-to-peer media of the call keeps flowing, nobody's call ends and nobody is signed out; once
they are back the service serves new work (a patient's knock reaches the clinician) without a restart."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import httpx
import pytest

from app.core.call_state import CallState
from app.core.protocol import PrecallSummary
from app.session.consultation import ClinicianConsultation, PatientConsultation
from app.session.events import CallEnded, QueueChanged, SessionFailed
from tests.support.deployment import Deployment, needs_postgres_and_redis, two_instances
from tests.support.recorder import eventually
from tests.support.rolling_load import app_with_sound

pytestmark = [pytest.mark.e2e, needs_postgres_and_redis]


@pytest.fixture
async def deployment() -> AsyncIterator[Deployment]:
    async with two_instances() as made:  # its own PostgreSQL: the test stops it
        yield made


async def _ready(url: str) -> int:
    async with httpx.AsyncClient(timeout=10) as http:
        return (await http.get(f"{url}/v1/ready")).status_code


async def test_the_media_of_a_call_flows_while_redis_and_the_database_are_away(
    deployment: Deployment,
) -> None:
    d = deployment
    doc = app_with_sound(ClinicianConsultation, d.b.url, "Dr. Away", 660)
    ann = app_with_sound(PatientConsultation, d.a.url, "Ann Away", 440)
    bo = app_with_sound(PatientConsultation, d.a.url, "Bo Later", 550)
    try:
        await doc.session.login_test(doc.name)
        room = await doc.session.create_room("Outage")
        await ann.session.login_test(ann.name)
        await bo.session.login_test(bo.name)
        await bo.session.open_room(room.code)
        await ann.session.open_room(room.code)
        await ann.session.knock(PrecallSummary())
        queued = await doc.events.wait_for(QueueChanged, lambda e: len(e.entries) == 1, timeout=20)
        await doc.session.admit(queued.entries[0].participant_id)
        await eventually(lambda: ann.session.state is CallState.IN_CALL, what="Ann in the call", timeout=30)
        await eventually(
            lambda: doc.played[0] > 30 and ann.played[0] > 30, what="sound both ways", timeout=30
        )

        await asyncio.to_thread(d.redis.halt)
        await asyncio.to_thread(d.pg.halt)
        try:
            assert await _ready(d.a.url) == 503
            assert await _ready(d.b.url) == 503
            before = (doc.played[0], ann.played[0])
            await asyncio.sleep(3)
            assert doc.played[0] > before[0] + 50, "the clinician stopped hearing Ann"
            assert ann.played[0] > before[1] + 50, "Ann stopped hearing the clinician"
        finally:
            await asyncio.to_thread(d.redis.start)
            await asyncio.to_thread(d.pg.resume)

        deadline = time.monotonic() + 20
        while await _ready(d.a.url) != 200 or await _ready(d.b.url) != 200:
            assert time.monotonic() < deadline, "the service did not recover"
            await asyncio.sleep(0.2)
        await bo.session.knock(PrecallSummary())  # new work, across the instances
        await doc.events.wait_for(
            QueueChanged, lambda e: [x.name for x in e.entries] == [bo.name], timeout=20
        )
        assert (doc.session.state, ann.session.state) == (CallState.IN_CALL, CallState.IN_CALL)
        for app in (doc, ann, bo):
            assert not app.events.of(CallEnded) and not app.events.of(SessionFailed)
    finally:
        for app in (bo, ann, doc):
            await app.session.close()

"""Consent through the real service: the desktop reads the texts (``GET /v1/consent``), a knock without
consent is refused with ``consent_required``, and the accepted one's time is in the exported audit log."""

from __future__ import annotations

import time

from app.core.errors import ErrorCode
from app.core.protocol import Ack, Error, Knock
from app.session.api import ServiceApi
from server.settings import ConsentSettings, ServiceSettings
from tests.server.identity.conftest import running_service
from tests.server.wsclient import WsClient, new_id

TEXTS = (("nb", "Jeg samtykker."), ("sv", "Jag samtycker."), ("en", "I agree."))


async def test_consent_is_read_refused_without_and_audited_with() -> None:
    settings = ServiceSettings(dev_mode=True, consent=ConsentSettings(texts=TEXTS))
    async with running_service(settings) as client:
        base = str(client.base_url).rstrip("/")
        api = ServiceApi(base)
        try:
            consent = await api.consent()
        finally:
            await api.close()
        assert consent.required and consent.texts == dict(TEXTS) and consent.version
        assert (await client.get("/guest/deployment.json")).json()["consent"]["texts"][
            "sv"
        ] == "Jag samtycker."
        doctor = (await client.post("/v1/auth/test", json={"name": "Dr Lie", "role": "clinician"})).json()
        anna = (await client.post("/v1/auth/test", json={"name": "Anna", "role": "patient"})).json()
        bearer = {"Authorization": "Bearer " + doctor["access_token"]}
        room = (await client.post("/v1/rooms", json={}, headers=bearer)).json()
        patient, _ = await WsClient.logged_in(base.replace("http", "ws", 1) + "/v1/ws", anna["access_token"])
        try:
            refused = await patient.request(Knock(id=new_id(), room_id=room["room_id"]))
            assert isinstance(refused, Error) and refused.code is ErrorCode.CONSENT_REQUIRED
            before = time.time()
            accepted = await patient.request(Knock(id=new_id(), room_id=room["room_id"], consent=True))
            assert isinstance(accepted, Ack)
        finally:
            await patient.close()
        log = (await client.get(f"/v1/rooms/{room['room_id']}/audit", headers=bearer)).json()["entries"]
        (entry,) = [e for e in log if e["action"] == "consent"]
        assert entry["actor_user_id"] == anna["user"]["user_id"] and entry["actor_role"] == "patient"
        assert entry["detail"] == f"version={consent.version}"
        assert before - 1 <= entry["at"] <= time.time()


async def test_a_deployment_without_consent_asks_none() -> None:
    async with running_service(ServiceSettings()) as client:
        api = ServiceApi(str(client.base_url).rstrip("/"))
        try:
            assert (await api.consent()).required is False
        finally:
            await api.close()

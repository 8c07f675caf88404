"""REST endpoints: against the real subprocess, plus in-process apps for non-dev and expiry."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from app.core.protocol import ErrorBody, LoginResponse, RoomInfo, from_json
from server.app import create_app
from server.settings import ServiceSettings
from tests.server.conftest import Consultation, person
from tests.support.service import ServiceProcess, login


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def assert_refusal(response: httpx.Response, status: int, code: str, ref: str | None = None) -> None:
    assert response.status_code == status, response.text
    body = from_json(ErrorBody, response.json())
    assert (body.code.value, body.ref, body.type) == (code, ref, "error")


def test_health(service: ServiceProcess) -> None:
    response = httpx.get(f"{service.url}/v1/health")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})


def test_test_login_is_stable_per_name_and_role(service: ServiceProcess) -> None:
    def login_as(name: str, role: str) -> LoginResponse:
        response = httpx.post(f"{service.url}/v1/auth/test", json={"name": name, "role": role})
        assert response.status_code == 200
        return from_json(LoginResponse, response.json())

    first = login_as("Kari Nordmann", "patient")
    again = login_as("  Kari   Nordmann ", "patient")
    as_clinician = login_as("Kari Nordmann", "clinician")
    assert first.user.user_id == again.user.user_id != as_clinician.user.user_id
    assert first.access_token != again.access_token
    assert (first.user.verified_by.value, first.expires_in) == ("test", 900)


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b"{", "bad_json"),
        (b'{"name": "A"}', "bad_message"),
        (b'{"name": "A", "role": "admin"}', "bad_message"),
        (b'{"name": "A", "role": "patient", "extra": 1}', "bad_message"),
        (b'{"name": "' + b"x" * 81 + b'", "role": "patient"}', "bad_message"),
        (b'{"name": "   ", "role": "patient"}', "bad_message"),
        (b"[]", "bad_message"),
    ],
)
def test_login_body_is_validated(service: ServiceProcess, body: bytes, code: str) -> None:
    response = httpx.post(f"{service.url}/v1/auth/test", content=body, headers={"X-Request-Id": "req-1"})
    assert_refusal(response, 400, code, "req-1")


def test_create_and_find_room(service: ServiceProcess) -> None:
    clinician = person(service, "clinician")
    response = httpx.post(
        f"{service.url}/v1/rooms", json={"title": "Mandag"}, headers=bearer(clinician.token)
    )
    assert response.status_code == 201
    room = from_json(RoomInfo, response.json())
    assert (room.title, room.host_name) == ("Mandag", clinician.name)
    assert (len(room.code), room.code[4]) == (9, "-")
    assert room.link == f"samtale://join/{room.code}"
    patient = person(service, "patient")
    for typed in (room.code, room.code.lower(), room.code.replace("-", "")):
        found = httpx.get(f"{service.url}/v1/rooms/{typed}", headers=bearer(patient.token))
        assert found.status_code == 200
        assert from_json(RoomInfo, found.json()) == room


def test_room_refusals(service: ServiceProcess, consultation: Consultation) -> None:
    url = service.url
    patient = bearer(consultation.patient.token)
    assert_refusal(httpx.post(f"{url}/v1/rooms", json={}, headers=patient), 403, "forbidden")
    assert_refusal(httpx.post(f"{url}/v1/rooms", json={}), 401, "unauthenticated")
    assert_refusal(httpx.get(f"{url}/v1/rooms/AAAA-AAAA", headers=patient), 404, "not_found")
    assert_refusal(httpx.get(f"{url}/v1/rooms/nonsense", headers=patient), 404, "not_found")
    assert_refusal(httpx.get(f"{url}/v1/rooms/{consultation.code}"), 401, "unauthenticated")
    bad = {"Authorization": "Bearer nope", "X-Request-Id": "r-7"}
    assert_refusal(httpx.get(f"{url}/v1/rooms/{consultation.code}", headers=bad), 401, "invalid_token", "r-7")
    clinician = bearer(consultation.clinician.token)
    assert_refusal(httpx.post(f"{url}/v1/rooms", content=b"{", headers=clinician), 400, "bad_json")
    assert_refusal(httpx.post(f"{url}/v1/rooms", json={"title": 5}, headers=clinician), 400, "bad_message")
    big = b'{"title": "' + b"x" * 70_000 + b'"}'
    assert_refusal(httpx.post(f"{url}/v1/rooms", content=big, headers=clinician), 413, "too_large")
    assert_refusal(httpx.get(f"{url}/v1/nowhere"), 404, "not_found")


def test_dev_state_is_for_the_owner_only(service: ServiceProcess, consultation: Consultation) -> None:
    path = f"{service.url}/v1/dev/rooms/{consultation.room_id}/state"
    owner = httpx.get(path, headers=bearer(consultation.clinician.token))
    assert (owner.status_code, owner.json()) == (200, {"lobby": 0, "call": 0, "connections": 0})
    assert_refusal(httpx.get(path, headers=bearer(consultation.patient.token)), 403, "forbidden")
    missing = f"{service.url}/v1/dev/rooms/r_missing/state"
    assert_refusal(httpx.get(missing, headers=bearer(consultation.patient.token)), 404, "not_found")


@pytest.fixture
async def prod_client() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(ServiceSettings(dev_mode=False))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        yield client


async def test_test_identity_is_off_outside_dev_mode(prod_client: httpx.AsyncClient) -> None:
    response = await prod_client.post("/v1/auth/test", json={"name": "A", "role": "patient"})
    assert_refusal(response, 403, "dev_mode_only")
    assert_refusal(await prod_client.get("/v1/dev/rooms/r_x/state"), 403, "dev_mode_only")
    assert (await prod_client.get("/v1/health")).status_code == 200


async def test_expired_token_is_refused() -> None:
    app = create_app(ServiceSettings(dev_mode=True, token_ttl_s=0))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        login_response = await client.post("/v1/auth/test", json={"name": "Dr A", "role": "clinician"})
        token = login_response.json()["access_token"]
        response = await client.post("/v1/rooms", json={}, headers=bearer(token))
    assert_refusal(response, 401, "token_expired")
    assert response.headers["www-authenticate"] == "Bearer"


def test_login_helper(service: ServiceProcess) -> None:
    token = login(service.url, "Helper Person", "patient")
    assert token.startswith("v2.")
    assert token.count(".") == 3

"""Roles and the test identity: decided by the service only; the test identity only in dev mode."""

from __future__ import annotations

from app.core.protocol import Role, Verification
from server.identity.people import StaffDirectory, VerifiedPerson, pseudonym
from server.settings import Secret, ServiceSettings
from tests.server.identity.conftest import STAFF_PN, running_service


async def test_the_test_identity_is_refused_outside_dev_mode() -> None:
    async with running_service(ServiceSettings(dev_mode=False)) as client:
        refused = await client.post("/v1/auth/test", json={"name": "Dr Test", "role": "clinician"})
        assert (refused.status_code, refused.json()["code"]) == (403, "dev_mode_only")
        providers = (await client.get("/v1/auth/providers")).json()
        assert providers == {
            "bankid_se": False,
            "oidc": [],
            "test": False,
            "email": False,
            "email_code_ttl_s": None,
        }
        assert (await client.post("/v1/auth/bankid")).json()["code"] == "not_found"
    async with running_service(ServiceSettings(dev_mode=True)) as client:
        assert (await client.get("/v1/auth/providers")).json()["test"] is True


def test_only_staff_or_health_personnel_are_clinicians() -> None:
    staff = StaffDirectory(frozenset({STAFF_PN}))

    def person(pid: str, hpr: str | None = None) -> VerifiedPerson:
        return VerifiedPerson(Secret(pid), "N N", Verification.BANKID_SE, Secret(hpr) if hpr else None)

    assert staff.role_of(person("198112289874")) is Role.PATIENT
    assert staff.role_of(person(STAFF_PN)) is Role.CLINICIAN
    assert staff.role_of(person("198112289874", "9144889")) is Role.CLINICIAN


def test_user_ids_do_not_reveal_the_personal_number() -> None:
    key = Secret("k" * 32)
    a, b = pseudonym(key, Secret("198112289874")), pseudonym(key, Secret("198112289874"))
    assert a == b and "198112289874" not in a and a != pseudonym(Secret("j" * 32), Secret("198112289874"))
    assert "198112289874" not in repr(
        person_repr := VerifiedPerson(Secret("198112289874"), "A", Verification.OIDC)
    )
    assert "Secret" in repr(person_repr)


def test_oidc_providers_must_be_on_https_except_on_loopback() -> None:
    from server.identity.oidc_verify import secure_url

    assert secure_url("https://idporten.no") and secure_url("http://127.0.0.1:4000")
    assert not secure_url("http://idporten.no") and not secure_url("http://127.0.0.1.evil.test")
